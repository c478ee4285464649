package vn.cadres.infra.mongo;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.ValueComparator;
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
 * count for an index key; {@link #MISSING} for the backend's "no value".
 */
final class BsonValues extends BasicDataType<Object> {

    static final BsonValues INSTANCE = new BsonValues();

    private static final byte KEY = 0x70;
    private static final byte MISSING = 0x71;
    private static final ValueComparator ORDER = ValueComparator.ascWithoutListHandling();
    private static final ThreadLocal<ByteBuf> SCRATCH = ThreadLocal.withInitial(() -> Unpooled.buffer(4096));

    private BsonValues() {
    }

    @Override
    public int compare(Object a, Object b) {
        if (a instanceof KeyValue left && b instanceof KeyValue right) {
            int common = Math.min(left.size(), right.size());
            for (int i = 0; i < common; i++) {
                int c = ORDER.compare(left.get(i), right.get(i));
                if (c != 0) {
                    return c;
                }
            }
            return Integer.compare(left.size(), right.size());
        }
        return ORDER.compare(a, b);
    }

    @Override
    public void write(WriteBuffer out, Object value) {
        ByteBuf scratch = SCRATCH.get().clear();
        encode(value, scratch);
        out.put(scratch.array(), scratch.arrayOffset() + scratch.readerIndex(), scratch.readableBytes());
    }

    @Override
    public Object read(ByteBuffer in) {
        ByteBuf bytes = Unpooled.wrappedBuffer(in.slice());
        Object value = decode(bytes);
        in.position(in.position() + bytes.readerIndex());
        return value;
    }

    private static void encode(Object value, ByteBuf out) {
        if (value instanceof KeyValue key) {
            out.writeByte(KEY);
            out.writeIntLE(key.size());
            for (Object part : key) {
                encode(part, out);
            }
        } else if (value instanceof Missing) {
            out.writeByte(MISSING);
        } else {
            byte type = BsonEncoder.determineType(value);
            out.writeByte(type);
            BsonEncoder.encodeValue(type, value, out);
        }
    }

    private static Object decode(ByteBuf in) {
        byte tag = in.readByte();
        if (tag == KEY) {
            int size = in.readIntLE();
            List<Object> parts = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                parts.add(decode(in));
            }
            return new KeyValue(parts);
        }
        if (tag == MISSING) {
            return Missing.getInstance();
        }
        return BsonDecoder.decodeValue(tag, in);
    }

    /**
     * The size of a decoded value on the heap, for H2's page cache and its commit threshold (H2
     * samples it, so it stays cheap). A document is a LinkedHashMap: about 88 bytes per entry
     * (entry, table slot, key String) besides the key's characters and the value; strings are
     * counted at two bytes a character, as Vietnamese text is.
     */
    @Override
    public int getMemory(Object value) {
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
