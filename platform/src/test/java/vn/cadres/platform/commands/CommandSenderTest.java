package vn.cadres.platform.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import vn.cadres.contracts.ProvinceCode;
import vn.cadres.platform.domain.ServiceBusy;
import vn.cadres.platform.eventstore.EnvelopeMessages;
import vn.cadres.platform.security.ActingOffice;
import vn.cadres.platform.security.OfficesProperties;
import vn.cadres.platform.security.ProvinceAccess;
import vn.cadres.platform.security.Role;

class CommandSenderTest {

    private static final ProvinceCode HA_NOI = ProvinceCode.of("HN");
    private static final ActingOffice OFFICE = new ActingOffice("office-hn", Set.of(Role.OFFICE), HA_NOI);

    record Slow(String id) {
    }

    @Test
    void beyond_the_commands_in_flight_a_command_is_refused_as_busy_and_never_handled() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger handled = new AtomicInteger();
        SimpleCommandBus bus = SimpleCommandBus.builder().build();
        bus.subscribe(Slow.class.getName(), command -> {
            handled.incrementAndGet();
            release.await();
            return "done";
        });
        CommandSender sender = new CommandSender(DefaultCommandGateway.builder().commandBus(bus).build(),
                new ProvinceAccess(new OfficesProperties(List.of(OfficesProperties.ALL))), 1, Duration.ofMillis(50));
        Thread busy = Thread.ofVirtual().start(() -> sender.send(OFFICE, HA_NOI, new Slow("first")));
        while (handled.get() == 0) {
            Thread.sleep(5);
        }

        assertThatThrownBy(() -> sender.send(OFFICE, HA_NOI, new Slow("second")))
                .isInstanceOf(ServiceBusy.class)
                .satisfies(e -> assertThat(((ServiceBusy) e).retryAfter()).isPositive());
        release.countDown();
        busy.join();
        assertThat(handled).hasValue(1);
        assertThat((String) sender.send(OFFICE, HA_NOI, new Slow("third"))).isEqualTo("done");
    }

    @Test
    void a_system_decision_names_the_system_and_its_run_and_needs_no_office() {
        SimpleCommandBus bus = SimpleCommandBus.builder().build();
        bus.subscribe(Slow.class.getName(), command -> command.getMetaData());
        CommandSender sender = new CommandSender(DefaultCommandGateway.builder().commandBus(bus).build(),
                new ProvinceAccess(new OfficesProperties(List.of())), 1, Duration.ofMillis(50));

        MetaData sent = sender.sendAsSystem("system:review", "run-1", HA_NOI, new Slow("review"));

        assertThat(sent).containsEntry(EnvelopeMessages.ACTOR, "system:review")
                .containsEntry(EnvelopeMessages.OFFICE, "HN").containsEntry(EnvelopeMessages.CORRELATION_ID, "run-1");
        assertThatThrownBy(() -> sender.sendAsSystem("office-hn", "run-1", HA_NOI, new Slow("request")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
