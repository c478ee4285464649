package vn.cadres.platform.testing;

import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Points a service under test at real parts running in the test JVM: the MongoDB-wire server (a
 * fresh database per test class), the KRaft Kafka broker, and the test token key.
 * Use from a {@code @DynamicPropertySource} method.
 */
public final class EmbeddedParts {

    private EmbeddedParts() {
    }

    public static void register(DynamicPropertyRegistry registry) {
        String database = "svc-" + UUID.randomUUID().toString().substring(0, 8);
        registry.add("cadres.mongodb.uri", () -> MongoWire.shared().uri());
        registry.add("cadres.mongodb.database", () -> database);
        registry.add("cadres.kafka.bootstrap-servers", () -> KafkaBroker.shared().bootstrapServers());
        TestTokens.register(registry);
        registry.add("cadres.audit.key-dir", () -> TestTokens.publicKeyFile().getParent().toString());
    }
}
