package vn.cadres.platform.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * How long after it was recorded an event is handled by each event processor: for projections fed
 * from Kafka this is the delay from command to read model.
 */
public class ProcessingLatency implements MessageHandlerInterceptor<EventMessage<?>> {

    private final Timer timer;
    private final Clock clock;

    public ProcessingLatency(MeterRegistry meters, String processor, Clock clock) {
        this.clock = clock;
        this.timer = Timer.builder("cadres.events.processing.latency")
                .description("time from an event's recording to its handling")
                .tag("processor", processor).publishPercentiles(0.5, 0.99).register(meters);
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        Object result = chain.proceed();
        timer.record(Duration.between(unitOfWork.getMessage().getTimestamp(), clock.instant()));
        return result;
    }
}
