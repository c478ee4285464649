package vn.cadres.cadre.profile;

import org.springframework.stereotype.Component;
import vn.cadres.cadre.profile.view.CadreProfiles;
import vn.cadres.platform.commands.CommandSender;
import vn.cadres.platform.security.ActingOffice;
import vn.cadres.platform.web.NotFoundException;

/**
 * Sends a command about an existing cadre on behalf of the office of the province that manages
 * them: the request names only the cadre, so the province the access check needs comes from the
 * current profiles, and an unknown cadre is a 404 before anything is sent.
 */
@Component
public class CadreRecords {

    private final CadreProfiles profiles;
    private final CommandSender commands;

    CadreRecords(CadreProfiles profiles, CommandSender commands) {
        this.profiles = profiles;
        this.commands = commands;
    }

    public void send(ActingOffice office, String cadreId, Object command) {
        CadreProfile profile = profiles.find(cadreId).orElseThrow(() -> new NotFoundException("cadre", cadreId));
        commands.send(office, profile.managingProvince(), command);
    }
}
