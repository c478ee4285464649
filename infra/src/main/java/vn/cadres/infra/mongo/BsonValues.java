package vn.cadres.infra.mongo;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.wire.BsonConstants;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;

/**
 * How the wire server keeps keys and values in its H2 file: as BSON (the wire's own encoding,
 * through mongo-java-server's encoder), ordered as MongoDB orders values.
 * <p>
 * The stock H2 backend leaves both to H2's {@code ObjectDataType}, which writes every document
 * with Java serialization and, for index keys it does not know, serializes both sides of every
 * comparison of a B-tree search. Profiled during a replay, those two took about 80% of the wire
 * server's CPU.
 * <p>
 * A value is one tag byte and its bytes: a BSON type byte and the BSON value; {@link #KEY} and a
 * count for an index key; {@link #MISSING} for the backend's "no value"; {@link #ENCODED} and the
 * BSON of a stored document, written as it was encoded when stored.
 */
final class BsonValues extends BasicDataType<Object> {

    static final BsonValues INSTANCE = new BsonValues();

    private static final byte KEY = 0x70;
    private static final byte MISSING = 0x71;
    private static final byte ENCODED = 0x72;
    private static final ValueComparator ORDER = ValueComparator.ascWithoutListHandling();

    private BsonValues() {
    }

    @Override
    public int compare(Object a, Object b) {
        if (a instanceof KeyValue left && b instanceof KeyValue right) {
            int common = Math.min(left.size(), right.size());
            for (int i = 0; i < common; i++) {
                int c = compareValues(left.get(i), right.get(i));
                if (c != 0) {
                    return c;
                }
            }
            return Integer.compare(left.size(), right.size());
        }
        return compareValues(a, b);
    }

    /** Strings, the ids and keys of almost every map, are compared directly; the rest as MongoDB does. */
    private static int compareValues(Object a, Object b) {
        if (a instanceof String left && b instanceof String right) {
            return left.compareTo(right);
        }
        return ORDER.compare(a, b);
    }

    /**
     * Writes stored documents, strings and keys made of them straight into H2's buffer (a page write
     * writes every key and value of the page again); other values go through the BSON encoder.
     */
    @Override
    public void write(WriteBuffer out, Object value) {
        switch (value) {
            case EncodedDocument document -> out.put(ENCODED).put(document.bson());
            case String text -> {
                byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
                out.put(BsonConstants.TYPE_UTF8_STRING).putInt(Integer.reverseBytes(utf8.length + 1)).put(utf8)
                        .put((byte) 0);
            }
            case KeyValue key -> {
                out.put(KEY).putInt(Integer.reverseBytes(key.size()));
                for (Object part : key) {
                    write(out, part);
                }
            }
            // null too: an index key of a field stored as null (BSON null)
            case null, default -> {
                ByteBuf scratch = EncodedDocument.scratch();
                encode(value, scratch);
                out.put(scratch.array(), scratch.arrayOffset() + scratch.readerIndex(), scratch.readableBytes());
            }
        }
    }

    @Override
    public Object read(ByteBuffer in) {
        byte tag = in.get(in.position());
        if (tag == BsonConstants.TYPE_UTF8_STRING) {
            in.get();
            byte[] utf8 = new byte[Integer.reverseBytes(in.getInt()) - 1];
            in.get(utf8).get(); // and the terminating zero
            return new String(utf8, StandardCharsets.UTF_8);
        }
        if (tag == KEY) {
            in.get();
            int size = Integer.reverseBytes(in.getInt());
            List<Object> parts = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                parts.add(read(in));
            }
            return new KeyValue(parts);
        }
        if (tag == ENCODED) {
            in.get();
            byte[] bson = new byte[Integer.reverseBytes(in.getInt(in.position()))];
            in.get(bson);
            return new EncodedDocument(bson);
        }
        ByteBuf bytes = Unpooled.wrappedBuffer(in.slice());
        Object value = decode(bytes);
        in.position(in.position() + bytes.readerIndex());
        return value;
    }

    /** Any other value: its BSON type byte and BSON value, or {@link #MISSING}. */
    private static void encode(Object value, ByteBuf out) {
        if (value instanceof Missing) {
            out.writeByte(MISSING);
        } else {
            byte type = BsonEncoder.determineType(value);
            out.writeByte(type);
            BsonEncoder.encodeValue(type, value, out);
        }
    }

    private static Object decode(ByteBuf in) {
        byte tag = in.readByte();
        return tag == MISSING ? Missing.getInstance() : BsonDecoder.decodeValue(tag, in);
    }

    /**
     * The size of a decoded value on the heap, for H2's page cache and its commit threshold (H2
     * samples it, so it stays cheap). A document is a LinkedHashMap: about 88 bytes per entry
     * (entry, table slot, key String) besides the key's characters and the value; strings are
     * counted at two bytes a character, as Vietnamese text is.
     */
    @Override
    public int getMemory(Object value) {
        if (value instanceof EncodedDocument document) {
            return 32 + document.size();
        }
        if (value instanceof Map<?, ?> document) {
            int size = 96;
            for (Map.Entry<?, ?> entry : document.entrySet()) {
                size += 88 + ((String) entry.getKey()).length() + getMemory(entry.getValue());
            }
            return size;
        }
        if (value instanceof Collection<?> values) {
            int size = 40;
            for (Object element : values) {
                size += 12 + getMemory(element);
            }
            return size;
        }
        if (value instanceof KeyValue key) {
            int size = 56;
            for (Object part : key) {
                size += 12 + getMemory(part);
            }
            return size;
        }
        if (value instanceof String text) {
            return 48 + 2 * text.length();
        }
        return 24;
    }

    @Override
    public Object[] createStorage(int size) {
        return new Object[size];
    }
}
