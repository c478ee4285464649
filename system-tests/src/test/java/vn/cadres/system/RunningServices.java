package vn.cadres.system;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import vn.cadres.platform.testing.Http;
import vn.cadres.platform.testing.KafkaBroker;
import vn.cadres.platform.testing.MongoWire;
import vn.cadres.platform.testing.TestTokens;

/**
 * Services started side by side in this JVM, each with its own database on the shared
 * MongoDB-wire server and the shared Kafka broker, on random loopback ports.
 */
public final class RunningServices implements AutoCloseable {

    private final List<ConfigurableApplicationContext> started = new ArrayList<>();
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String tokenVerification;

    /** Services that accept the tests' local tokens ({@link TestTokens}). */
    public RunningServices() {
        this.tokenVerification = "--spring.security.oauth2.resourceserver.jwt.public-key-location=file:"
                + TestTokens.publicKeyFile();
    }

    private RunningServices(String tokenVerification) {
        this.tokenVerification = tokenVerification;
    }

    /**
     * Services that accept the tokens of an identity provider only, configured as in production:
     * {@code CADRES_ISSUER_URI} (here its property, {@code cadres.security.issuer-uri}).
     */
    public static RunningServices withIssuer(String issuerUri) {
        return new RunningServices("--cadres.security.issuer-uri=" + issuerUri);
    }

    /** Starts a service's application class under its own configuration name. */
    public Http start(Class<?> application, String configName) {
        String name = configName.substring(configName.indexOf('=') + 1);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .properties(configName)
                .run("--server.port=0",
                        "--cadres.mongodb.uri=" + MongoWire.shared().uri(),
                        "--cadres.mongodb.database=" + name + "-" + run,
                        "--cadres.kafka.bootstrap-servers=" + KafkaBroker.shared().bootstrapServers(),
                        tokenVerification,
                        "--cadres.audit.key-dir=" + TestTokens.publicKeyFile().getParent());
        started.add(context);
        return Http.local(((WebServerApplicationContext) context).getWebServer().getPort());
    }

    @Override
    public void close() {
        started.reversed().forEach(ConfigurableApplicationContext::close);
    }
}
