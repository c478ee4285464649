package vn.cadres.platform.commands;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.cadres.contracts.ProvinceCode;
import vn.cadres.platform.domain.ServiceBusy;
import vn.cadres.platform.eventstore.EnvelopeMessages;
import vn.cadres.platform.security.ActingOffice;
import vn.cadres.platform.security.ProvinceAccess;

/**
 * The one way endpoints send commands: it checks that the acting office may write the province's
 * records, then sends the command with who is acting and the request's correlation id, which the
 * resulting events carry in their envelope.
 */
public class CommandSender {

    /** A caller may pass its own correlation id; otherwise each request gets a new one. */
    public static final String CORRELATION_HEADER = "X-Correlation-Id";
    /** Actors of the system's own decisions start with this; no token may name such a subject. */
    public static final String SYSTEM_ACTOR_PREFIX = ActingOffice.SYSTEM_ACTOR_PREFIX;
    private static final long TIMEOUT_SECONDS = 30;

    private final CommandGateway gateway;
    private final ProvinceAccess access;
    private final Semaphore inFlight;
    private final Duration admissionWait;

    /**
     * @param maxInFlight   commands handled at once; more wait up to {@code admissionWait}, then are
     *                      refused with 503 rather than queueing without bound
     */
    public CommandSender(CommandGateway gateway, ProvinceAccess access, int maxInFlight, Duration admissionWait) {
        this.gateway = gateway;
        this.access = access;
        this.inFlight = new Semaphore(maxInFlight);
        this.admissionWait = admissionWait;
    }

    /** Sends {@code command}, which writes records of {@code province}, and returns its result. */
    public <R> R send(ActingOffice office, ProvinceCode province, Object command) {
        access.requireWrite(office, province);
        return dispatch(province, office.subject(), correlationId(), command);
    }

    /**
     * Sends a command the system decides on its own, such as a scheduled review, for the records of
     * {@code province}. There is no office to check: the events name {@code actor} (a
     * {@code system:} name) and {@code correlationId} ties together every command of one run. Only for
     * the system's own scheduled decisions, never for a request, which must go through
     * {@link #send(ActingOffice, ProvinceCode, Object)} so its office is checked.
     */
    public <R> R sendAsSystem(String actor, String correlationId, ProvinceCode province, Object command) {
        if (!actor.startsWith(SYSTEM_ACTOR_PREFIX)) {
            throw new IllegalArgumentException("a system actor is named system:..., not " + actor);
        }
        return dispatch(province, actor, correlationId, command);
    }

    private <R> R dispatch(ProvinceCode province, String actor, String correlationId, Object command) {
        MetaData who = MetaData.with(EnvelopeMessages.OFFICE, province.value())
                .and(EnvelopeMessages.ACTOR, actor)
                .and(EnvelopeMessages.CORRELATION_ID, correlationId);
        admit();
        try {
            return gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(who),
                    TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } finally {
            inFlight.release();
        }
    }

    private void admit() {
        try {
            if (!inFlight.tryAcquire(admissionWait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new ServiceBusy("too many commands at once; retry shortly", Duration.ofSeconds(1));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceBusy("interrupted while waiting to be admitted", Duration.ofSeconds(1));
        }
    }

    private static String correlationId() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
            String given = request.getRequest().getHeader(CORRELATION_HEADER);
            if (given != null && given.length() <= 100 && !given.isBlank()) {
                return given;
            }
        }
        return UUID.randomUUID().toString();
    }
}
