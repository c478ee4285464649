package vn.cadres.platform.eventstore;

import com.mongodb.DocumentToDBRefTransformer;
import com.mongodb.MongoClientSettings;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Date;
import java.util.Map;
import org.bson.BsonReader;
import org.bson.BsonValue;
import org.bson.BsonWriter;
import org.bson.Document;
import org.bson.UuidRepresentation;
import org.bson.codecs.Codec;
import org.bson.codecs.CollectibleCodec;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.DocumentCodec;
import org.bson.codecs.DocumentCodecProvider;
import org.bson.codecs.EncoderContext;
import org.bson.codecs.OverridableUuidRepresentationCodec;
import org.bson.codecs.configuration.CodecProvider;
import org.bson.codecs.configuration.CodecRegistries;
import org.bson.codecs.configuration.CodecRegistry;
import org.bson.types.Decimal128;

/**
 * The driver's {@link DocumentCodec}, except that a document's strings, numbers (decimals included),
 * booleans, dates, nested documents, maps and lists are written straight to the BSON writer. The driver looks up a
 * codec for every value through a registry that watches for cycles, and for every nested document
 * builds a lazy codec that looks itself up again: writing a batch of read-model documents (career
 * timeline entries nest four deep) spent more time there than in writing bytes, a fifth of
 * reporting-service's work in a rebuild. The bytes written are the same; any other value is written
 * by the registry's codec for it as before; reading, ids and UUID handling are the driver's.
 */
public final class DirectDocumentCodec implements CollectibleCodec<Document>, OverridableUuidRepresentationCodec<Document> {

    /** Gives this codec for {@link Document}. */
    private static final CodecProvider PROVIDER = new CodecProvider() {
        @Override
        @SuppressWarnings("unchecked")
        public <T> Codec<T> get(Class<T> clazz, CodecRegistry registry) {
            if (clazz != Document.class) {
                return null;
            }
            Codec<Document> standard = new DocumentCodecProvider(new DocumentToDBRefTransformer()).get(Document.class, registry);
            return (Codec<T>) new DirectDocumentCodec((DocumentCodec) standard, registry);
        }
    };

    private static final String ID = "_id";

    /** The driver's default codecs, with this one for {@link Document}. */
    public static CodecRegistry registry() {
        return CodecRegistries.fromRegistries(CodecRegistries.fromProviders(PROVIDER),
                MongoClientSettings.getDefaultCodecRegistry());
    }

    private final DocumentCodec standard;
    private final CodecRegistry registry;

    private DirectDocumentCodec(DocumentCodec standard, CodecRegistry registry) {
        this.standard = standard;
        this.registry = registry;
    }

    @Override
    public void encode(BsonWriter writer, Document document, EncoderContext context) {
        writer.writeStartDocument();
        boolean collectible = context.isEncodingCollectibleDocument();
        if (collectible && document.containsKey(ID)) {
            writer.writeName(ID);
            writeValue(writer, document.get(ID), context);
        }
        for (Map.Entry<String, Object> field : document.entrySet()) {
            if (!(collectible && field.getKey().equals(ID))) {
                writer.writeName(field.getKey());
                writeValue(writer, field.getValue(), context);
            }
        }
        writer.writeEndDocument();
    }

    private void writeValue(BsonWriter writer, Object value, EncoderContext context) {
        switch (value) {
            case null -> writer.writeNull();
            case String text -> writer.writeString(text);
            case Integer number -> writer.writeInt32(number);
            case Long number -> writer.writeInt64(number);
            case Double number -> writer.writeDouble(number);
            case Boolean flag -> writer.writeBoolean(flag);
            case Date date -> writer.writeDateTime(date.getTime());
            case BigDecimal number -> writer.writeDecimal128(new Decimal128(number));
            case Map<?, ?> map -> {
                writer.writeStartDocument();
                for (Map.Entry<?, ?> field : map.entrySet()) {
                    writer.writeName((String) field.getKey());
                    writeValue(writer, field.getValue(), context);
                }
                writer.writeEndDocument();
            }
            case Collection<?> values -> {
                writer.writeStartArray();
                for (Object element : values) {
                    writeValue(writer, element, context);
                }
                writer.writeEndArray();
            }
            default -> writeWithRegistry(writer, value, context);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void writeWithRegistry(BsonWriter writer, Object value, EncoderContext context) {
        Codec codec = registry.get(value.getClass());
        context.encodeWithChildContext(codec, writer, value);
    }

    @Override
    public Document decode(BsonReader reader, DecoderContext context) {
        return standard.decode(reader, context);
    }

    @Override
    public Class<Document> getEncoderClass() {
        return Document.class;
    }

    @Override
    public Document generateIdIfAbsentFromDocument(Document document) {
        return standard.generateIdIfAbsentFromDocument(document);
    }

    @Override
    public boolean documentHasId(Document document) {
        return standard.documentHasId(document);
    }

    @Override
    public BsonValue getDocumentId(Document document) {
        return standard.getDocumentId(document);
    }

    @Override
    public Codec<Document> withUuidRepresentation(UuidRepresentation uuidRepresentation) {
        Codec<Document> overridden = standard.withUuidRepresentation(uuidRepresentation);
        return overridden == standard ? this : new DirectDocumentCodec((DocumentCodec) overridden, registry);
    }
}
