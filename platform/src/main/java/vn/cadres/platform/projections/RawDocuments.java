package vn.cadres.platform.projections;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.Map;
import org.bson.RawBsonDocument;
import org.bson.codecs.Codec;
import org.bson.types.Decimal128;
import org.bson.Document;
import vn.cadres.platform.eventstore.DirectDocumentCodec;

/**
 * Read-model documents encoded to BSON bytes here, which the driver then sends as they are. Through
 * a codec, the driver's output writes every name and string a character at a time: the larger part
 * of what writing a batch of career-timeline entries cost reporting-service in a rebuild. Strings
 * (well-formed text), numbers (decimals as Decimal128, as the driver writes them), booleans, dates,
 * documents, maps and lists are written here; a document holding any other value is encoded by the
 * driver's codec, as before.
 * <p>
 * Why not {@code new RawBsonDocument(document, codec)} with {@link DirectDocumentCodec}, which writes
 * the same types: its {@code BsonBinaryWriter} also writes strings a character at a time, and measured
 * so (JFR of all four read models rebuilt) the timeline's flush took 14.7% of reporting's samples,
 * against 13.8% through the driver and 10.1% here. The codec stays for everything written through
 * the driver's own writers (inserts and replaces, whose ids the driver must see).
 */
final class RawDocuments {

    private static final Codec<Document> CODEC = DirectDocumentCodec.registry().get(Document.class);
    private static final ThreadLocal<Output> OUTPUT = ThreadLocal.withInitial(Output::new);

    private RawDocuments() {
    }

    static RawBsonDocument of(Document document) {
        Output output = OUTPUT.get();
        output.size = 0;
        return output.document(document) ? new RawBsonDocument(Arrays.copyOf(output.bytes, output.size))
                : new RawBsonDocument(document, CODEC);
    }

    /** A growing buffer; each method says false when it meets a value it does not write. */
    private static final class Output {

        private byte[] bytes = new byte[8192];
        private int size;

        boolean document(Map<?, ?> document) {
            int start = reserveLength();
            for (Map.Entry<?, ?> field : document.entrySet()) {
                if (!(field.getKey() instanceof String name) || !element(name, field.getValue())) {
                    return false;
                }
            }
            return end(start);
        }

        private boolean array(Collection<?> values) {
            int start = reserveLength();
            int index = 0;
            for (Object value : values) {
                if (!element(Integer.toString(index++), value)) {
                    return false;
                }
            }
            return end(start);
        }

        private boolean element(String name, Object value) {
            int type = size;
            put(0);
            if (name.indexOf('\0') >= 0) {
                return false;
            }
            text(name);
            put(0);
            switch (value) {
                case null -> bytes[type] = 0x0A;
                case String text -> {
                    bytes[type] = 0x02;
                    int length = reserveLength();
                    text(text);
                    put(0);
                    int32(length, size - length - 4);
                }
                case Integer number -> {
                    bytes[type] = 0x10;
                    int32(reserve(4), number);
                }
                case Long number -> {
                    bytes[type] = 0x12;
                    int64(number);
                }
                case Double number -> {
                    bytes[type] = 0x01;
                    int64(Double.doubleToRawLongBits(number));
                }
                case Boolean flag -> {
                    bytes[type] = 0x08;
                    put(flag ? 1 : 0);
                }
                case Date date -> {
                    bytes[type] = 0x09;
                    int64(date.getTime());
                }
                case BigDecimal number -> {
                    bytes[type] = 0x13;
                    Decimal128 decimal = new Decimal128(number);
                    int64(decimal.getLow());
                    int64(decimal.getHigh());
                }
                case Map<?, ?> map -> {
                    bytes[type] = 0x03;
                    return document(map);
                }
                case Collection<?> values -> {
                    bytes[type] = 0x04;
                    return array(values);
                }
                default -> {
                    return false;
                }
            }
            return true;
        }

        private int reserveLength() {
            return reserve(4);
        }

        private boolean end(int start) {
            put(0);
            int32(start, size - start);
            return true;
        }

        // reserve first, then name the buffer: it may be a new one (written bytes[reserve(1)], Java
        // takes the old array before reserve replaces it, and the write misses the end of the buffer)
        private void text(String text) {
            byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
            int at = reserve(utf8.length);
            System.arraycopy(utf8, 0, bytes, at, utf8.length);
        }

        private void put(int value) {
            int at = reserve(1);
            bytes[at] = (byte) value;
        }

        private void int64(long value) {
            int at = reserve(8);
            for (int i = 0; i < 8; i++) {
                bytes[at + i] = (byte) (value >>> (8 * i));
            }
        }

        private void int32(int at, int value) {
            bytes[at] = (byte) value;
            bytes[at + 1] = (byte) (value >>> 8);
            bytes[at + 2] = (byte) (value >>> 16);
            bytes[at + 3] = (byte) (value >>> 24);
        }

        /** Makes room for {@code count} bytes at the end and gives where they begin. */
        private int reserve(int count) {
            if (size + count > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + count));
            }
            int at = size;
            size += count;
            return at;
        }
    }
}
