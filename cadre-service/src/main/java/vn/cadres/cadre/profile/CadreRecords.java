package vn.cadres.cadre.profile;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.cadres.contracts.cadre.CadreRegistered;
import vn.cadres.platform.commands.CommandSender;
import vn.cadres.platform.domain.NotFoundException;
import vn.cadres.platform.history.RecordHistory;
import vn.cadres.platform.history.Records;
import vn.cadres.platform.security.ActingOffice;

/**
 * Sends a command about an existing cadre on behalf of the office of the province that manages
 * them. The request names only the cadre, so the province the access check needs comes from the
 * cadre's own events in the store, not from the profiles read model: a client that has just
 * registered a cadre may appoint them at once, before the read model has caught up.
 */
@Component
public class CadreRecords extends Records<CadreProfile> {

    CadreRecords(RecordHistory history, CommandSender commands) {
        super(history, commands, "cadre", CadreRecords::profileAfter, CadreProfile::managingProvince);
    }

    /** @throws NotFoundException (404) when no cadre has this id */
    @Override
    public CadreProfile get(String cadreId) {
        CadreProfile profile = super.get(cadreId);
        if (profile == null) {
            throw new NotFoundException("cadre", cadreId);
        }
        return profile;
    }

    /** @throws NotFoundException (404) when no cadre has this id */
    public void send(ActingOffice office, String cadreId, Object command) {
        send(office, get(cadreId), command);
    }

    /** Null for another record's id, such as a unit's, which names no cadre. */
    private static CadreProfile profileAfter(List<Object> events) {
        return events.getFirst() instanceof CadreRegistered ? CadreProfile.replay(events) : null;
    }
}
