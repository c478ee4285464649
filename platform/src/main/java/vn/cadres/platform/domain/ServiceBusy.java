package vn.cadres.platform.domain;

import java.time.Duration;

/**
 * The service is at the limit of the work it takes on at once: the request is refused, nothing is
 * stored, and the caller may retry after the given time. Shedding load this way keeps a burst
 * from queueing without bound and taking the service down.
 */
public final class ServiceBusy extends Refusal {

    private final Duration retryAfter;

    public ServiceBusy(String detail, Duration retryAfter) {
        super(detail);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
