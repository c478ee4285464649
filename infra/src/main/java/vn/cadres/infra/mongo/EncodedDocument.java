package vn.cadres.infra.mongo;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

/** A stored document as its BSON bytes (see {@link CompactH2Collection}). */
record EncodedDocument(byte[] bson) {

    private static final ThreadLocal<ByteBuf> SCRATCH = ThreadLocal.withInitial(() -> Unpooled.buffer(4096));

    /** A cleared buffer of this thread's to encode into, shared with {@link BsonValues}. */
    static ByteBuf scratch() {
        return SCRATCH.get().clear();
    }

    static EncodedDocument of(Document document) {
        ByteBuf scratch = scratch();
        BsonEncoder.encodeDocument(document, scratch);
        byte[] bson = new byte[scratch.readableBytes()];
        scratch.readBytes(bson);
        return new EncodedDocument(bson);
    }

    /** The document a map value holds: encoded by this backend, or decoded by its earlier version. */
    static Document decode(Object stored) {
        return switch (stored) {
            case null -> null;
            case EncodedDocument encoded -> BsonDecoder.decodeBson(Unpooled.wrappedBuffer(encoded.bson));
            case Document document -> document;
            default -> throw new IllegalStateException("not a stored document: " + stored.getClass());
        };
    }

    /** The encoded size of a stored value, for the collection's data size. */
    static int sizeOf(Object stored) {
        return switch (stored) {
            case null -> 0;
            case EncodedDocument encoded -> encoded.size();
            case Document document -> of(document).size();
            default -> throw new IllegalStateException("not a stored document: " + stored.getClass());
        };
    }

    int size() {
        return bson.length;
    }
}
