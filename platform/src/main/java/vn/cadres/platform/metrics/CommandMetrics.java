package vn.cadres.platform.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.ConcurrencyException;
import vn.cadres.platform.domain.RuleViolation;

/**
 * Times every command by its type and outcome: {@code accepted}, {@code rejected} (a broken rule
 * or a concurrent change: the user's to fix) or {@code failed} (ours).
 */
public class CommandMetrics implements MessageHandlerInterceptor<CommandMessage<?>> {

    private final MeterRegistry meters;

    public CommandMetrics(MeterRegistry meters) {
        this.meters = meters;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        String command = unitOfWork.getMessage().getPayloadType().getSimpleName();
        Timer.Sample sample = Timer.start(meters);
        String outcome = "accepted";
        try {
            return chain.proceed();
        } catch (RuleViolation | ConcurrencyException | IllegalArgumentException e) {
            outcome = "rejected";
            throw e;
        } catch (Exception | Error e) {
            outcome = "failed";
            throw e;
        } finally {
            sample.stop(Timer.builder("cadres.commands").description("commands handled")
                    .tag("command", command).tag("outcome", outcome).register(meters));
        }
    }
}
