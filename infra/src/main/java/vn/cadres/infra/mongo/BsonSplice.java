package vn.cadres.infra.mongo;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;

/**
 * Sets a field of a document in its BSON bytes: the field's element is added at the end of the
 * document that holds it (creating the documents on its path that are missing, as a {@code $set}
 * does) and the lengths of the documents around it grow by its size. Nothing else of the document
 * is decoded or encoded again, where setting it in the decoded document costs a decoding and an
 * encoding of the whole, for a document that grows with every event (a career timeline), the larger
 * part of the wire server's work on it.
 */
final class BsonSplice {

    private static final byte EMBEDDED_DOCUMENT = 0x03;
    private static final int MISSING = -1;
    private static final int UNREADABLE = -2;

    private BsonSplice() {
    }

    /**
     * The bytes of {@code document} with the field at {@code path} set to {@code value}: a new array
     * when the field was missing, the same array when it holds that value already, byte for byte.
     *
     * @return null when the path meets a value that is not a document, or a field holding another
     *         value (whether that is a change is for the general update to say), or bytes it cannot read
     */
    static byte[] set(byte[] document, String[] path, Object value) {
        int[] enclosing = new int[path.length];
        int start = 0;
        for (int depth = 0; depth < path.length; depth++) {
            enclosing[depth] = start;
            int element = find(document, start, path[depth]);
            boolean last = depth == path.length - 1;
            if (element == MISSING) {
                int end = start + readInt(document, start) - 1; // the document's terminating zero
                return insert(document, enclosing, depth, end, element(path[depth], last ? value : nested(path, depth + 1, value)));
            }
            if (element == UNREADABLE) {
                return null;
            }
            int valueAt = valueOffset(document, element);
            if (last) {
                byte[] wanted = element(path[depth], value);
                int size = valueAt - element + valueSize(document, document[element], valueAt);
                return Arrays.equals(document, element, element + size, wanted, 0, wanted.length) ? document : null;
            }
            if (document[element] != EMBEDDED_DOCUMENT) {
                return null;
            }
            start = valueAt;
        }
        throw new IllegalArgumentException("an empty path");
    }

    /**
     * Where the element named {@code name} of the document at {@code start} begins, {@link #MISSING},
     * or {@link #UNREADABLE} when an element before it has a type this does not know.
     */
    private static int find(byte[] bson, int start, String name) {
        byte[] wanted = name.getBytes(StandardCharsets.UTF_8);
        int end = start + readInt(bson, start) - 1;
        int at = start + 4;
        while (at < end) {
            int nameAt = at + 1;
            int nameEnd = nameAt;
            while (bson[nameEnd] != 0) {
                nameEnd++;
            }
            if (Arrays.equals(bson, nameAt, nameEnd, wanted, 0, wanted.length)) {
                return at;
            }
            int size = valueSize(bson, bson[at], nameEnd + 1);
            if (size < 0) {
                return UNREADABLE;
            }
            at = nameEnd + 1 + size;
        }
        return MISSING;
    }

    private static int valueOffset(byte[] bson, int element) {
        int at = element + 1;
        while (bson[at] != 0) {
            at++;
        }
        return at + 1;
    }

    /** The size of the value of BSON type {@code type} at {@code at}, or -1 for a type this does not know. */
    private static int valueSize(byte[] bson, byte type, int at) {
        return switch (type) {
            case 0x01, 0x09, 0x11, 0x12 -> 8; // double, date, timestamp, int64
            case 0x02, 0x0D, 0x0E -> 4 + readInt(bson, at); // string, code, symbol
            case 0x03, 0x04, 0x0F -> readInt(bson, at); // document, array, code with scope
            case 0x05 -> 5 + readInt(bson, at); // binary: length, subtype, bytes
            case 0x06, 0x0A, 0x7F, (byte) 0xFF -> 0; // undefined, null, max key, min key
            case 0x07 -> 12; // object id
            case 0x08 -> 1; // boolean
            case 0x0B -> { // regular expression: two C strings
                int end = at;
                for (int strings = 0; strings < 2; strings++) {
                    while (bson[end] != 0) {
                        end++;
                    }
                    end++;
                }
                yield end - at;
            }
            case 0x0C -> 4 + readInt(bson, at) + 12; // DB pointer
            case 0x10 -> 4; // int32
            case 0x13 -> 16; // decimal128
            default -> -1;
        };
    }

    /** {@code element} put at {@code at}, and every document enclosing it, to {@code depth}, longer by its size. */
    private static byte[] insert(byte[] bson, int[] enclosing, int depth, int at, byte[] element) {
        byte[] result = new byte[bson.length + element.length];
        System.arraycopy(bson, 0, result, 0, at);
        System.arraycopy(element, 0, result, at, element.length);
        System.arraycopy(bson, at, result, at + element.length, bson.length - at);
        for (int d = 0; d <= depth; d++) {
            writeInt(result, enclosing[d], readInt(result, enclosing[d]) + element.length);
        }
        return result;
    }

    /** The value at the end of {@code path}, from {@code from} on, in the documents that hold it. */
    private static Object nested(String[] path, int from, Object value) {
        Object nested = value;
        for (int i = path.length - 1; i >= from; i--) {
            nested = new Document(path[i], nested);
        }
        return nested;
    }

    /** One element's bytes (type, name, value), as the wire server encodes them in a document. */
    private static byte[] element(String name, Object value) {
        ByteBuf scratch = EncodedDocument.scratch();
        BsonEncoder.encodeDocument(new Document(name, value), scratch);
        byte[] element = new byte[scratch.readableBytes() - 5]; // without the length and the terminating zero
        scratch.getBytes(4, element);
        return element;
    }

    private static int readInt(byte[] bson, int at) {
        return (bson[at] & 0xFF) | (bson[at + 1] & 0xFF) << 8 | (bson[at + 2] & 0xFF) << 16 | (bson[at + 3] & 0xFF) << 24;
    }

    private static void writeInt(byte[] bson, int at, int value) {
        bson[at] = (byte) value;
        bson[at + 1] = (byte) (value >>> 8);
        bson[at + 2] = (byte) (value >>> 16);
        bson[at + 3] = (byte) (value >>> 24);
    }
}
