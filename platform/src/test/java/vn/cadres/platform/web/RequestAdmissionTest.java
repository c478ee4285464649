package vn.cadres.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class RequestAdmissionTest {

    @Test
    void at_the_limit_a_request_is_refused_with_retry_after_and_health_still_gets_in() throws Exception {
        RequestAdmission admission = new RequestAdmission(1, Duration.ofMillis(50));
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread busy = Thread.ofVirtual().start(() -> {
            try {
                admission.doFilter(new MockHttpServletRequest("POST", "/api/cadres"), new MockHttpServletResponse(),
                        (request, response) -> {
                            inside.countDown();
                            awaitQuietly(release);
                        });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        inside.await();

        MockHttpServletResponse refused = new MockHttpServletResponse();
        admission.doFilter(new MockHttpServletRequest("POST", "/api/cadres"), refused, new MockFilterChain());
        MockHttpServletResponse health = new MockHttpServletResponse();
        admission.doFilter(new MockHttpServletRequest("GET", "/actuator/health"), health, new MockFilterChain());
        release.countDown();
        busy.join();
        MockHttpServletResponse later = new MockHttpServletResponse();
        admission.doFilter(new MockHttpServletRequest("POST", "/api/cadres"), later, new MockFilterChain());

        assertThat(refused.getStatus()).isEqualTo(503);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("1");
        assertThat(refused.getContentType()).startsWith("application/problem+json");
        assertThat(health.getStatus()).isEqualTo(200);
        assertThat(later.getStatus()).isEqualTo(200);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
