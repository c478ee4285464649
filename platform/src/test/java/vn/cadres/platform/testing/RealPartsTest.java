package vn.cadres.platform.testing;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of a service's HTTP tests: the service runs on a random port against the real parts of
 * {@link EmbeddedParts}. A subclass adds
 * {@code @SpringBootTest(webEnvironment = RANDOM_PORT, properties = XxxApplication.CONFIG_NAME)}.
 */
public abstract class RealPartsTest {

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void realParts(DynamicPropertyRegistry registry) {
        EmbeddedParts.register(registry);
    }

    /** HTTP calls to the service under test. */
    protected Http http() {
        return Http.local(port);
    }
}
