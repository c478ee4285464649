package vn.cadres.platform.history;

import java.util.List;
import java.util.function.Function;
import vn.cadres.contracts.EventEnvelope;
import vn.cadres.contracts.ProvinceCode;
import vn.cadres.platform.commands.CommandSender;
import vn.cadres.platform.domain.NotFoundException;
import vn.cadres.platform.security.ActingOffice;

/**
 * The records of one kind in this service's store (rotations, evaluations): a record's state rebuilt
 * from its own events, never from a read model, so a command sent right after another sees it, and
 * the commands about it, sent on behalf of the office of the province the record belongs to.
 *
 * @param <S> the state the service's fold gives
 */
public class Records<S> {

    private final RecordHistory history;
    private final CommandSender commands;
    private final String type;
    private final Function<List<Object>, S> fold;
    private final Function<S, ProvinceCode> province;

    /**
     * @param type     what kind of record, in the domain's words, named in a 404
     * @param fold     the state of a record after its events
     * @param province the province a state belongs to
     */
    protected Records(RecordHistory history, CommandSender commands, String type, Function<List<Object>, S> fold,
                      Function<S, ProvinceCode> province) {
        this.history = history;
        this.commands = commands;
        this.type = type;
        this.fold = fold;
        this.province = province;
    }

    /** @throws NotFoundException (404) when no record of this kind has this id */
    public S get(String id) {
        return fold.apply(history.payloads(history.of(type, id)));
    }

    /** The record's events as it stood {@code when}; 404 when it did not exist then. */
    public List<EventEnvelope> events(String id, AsOf when) {
        return history.of(type, id, when);
    }

    /** The state after {@code events}. */
    public S stateAfter(List<EventEnvelope> events) {
        return fold.apply(history.payloads(events));
    }

    /** Sends {@code command} about {@code record} if {@code office} may write its province's records. */
    public <R> R send(ActingOffice office, S record, Object command) {
        return commands.send(office, province.apply(record), command);
    }
}
