package vn.cadres.reporting.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A table of a report as it is exported: a title, headers and rows of text or numbers, written as
 * CSV (UTF-8 with a byte-order mark, so Excel shows Vietnamese letters) or as an Excel workbook.
 *
 * <p>Text is only ever text: a value a spreadsheet would take for a formula (a cadre named
 * {@code =HYPERLINK(...)}) is neutralised as OWASP's CSV injection advice says, with a leading
 * apostrophe in CSV, and as a text cell, marked as text, in Excel.
 */
public record Table(String title, List<String> headers, List<List<Object>> rows) {

    public void writeCsv(OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        writer.write(line(headers.stream().map(h -> (Object) h).toList()));
        for (List<Object> row : rows) {
            writer.write(line(row));
        }
        writer.flush();
    }

    public void writeXlsx(OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(sheetName());
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            text.setQuotePrefixed(true);
            Row header = sheet.createRow(0);
            for (int c = 0; c < headers.size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(headers.get(c));
                cell.setCellStyle(bold);
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<Object> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    Object value = values.get(c);
                    if (value instanceof Number number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    } else {
                        Cell cell = row.createCell(c);
                        cell.setCellValue(value == null ? "" : value.toString());
                        cell.setCellStyle(text);
                    }
                }
            }
            for (int c = 0; c < headers.size(); c++) {
                sheet.setColumnWidth(c, 28 * 256);
            }
            workbook.write(out);
        }
    }

    /** Excel limits sheet names to 31 characters without some punctuation. */
    private String sheetName() {
        String name = title.replaceAll("[\\\\/?*\\[\\]:]", " ");
        return name.length() > 31 ? name.substring(0, 31) : name;
    }

    private static String line(List<Object> values) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            String text = values.get(i) == null ? "" : values.get(i).toString();
            if (!(values.get(i) instanceof Number) && looksLikeAFormula(text)) {
                text = "'" + text;
            }
            line.append(text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")
                    ? "\"" + text.replace("\"", "\"\"") + "\"" : text);
        }
        return line.append("\r\n").toString();
    }

    /** What Excel, LibreOffice and Google Sheets start a formula with (OWASP, CSV injection). */
    static boolean looksLikeAFormula(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
    }
}
