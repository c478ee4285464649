package vn.cadres.web.home;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import vn.cadres.web.signin.SignedInUser;
import vn.cadres.web.signin.WebRole;

/**
 * Where each person lands after signing in: an office on its province's programme, the Standing
 * Committee on the programme, an auditor on the history, operations on the processors.
 */
@Controller
class HomeController {

    @GetMapping("/")
    String landing(SignedInUser user) {
        if (user.has(WebRole.OFFICE)) {
            return "redirect:/programme?province=" + user.province();
        }
        if (user.has(WebRole.VIEWER)) {
            return "redirect:/programme";
        }
        if (user.has(WebRole.AUDITOR)) {
            return "redirect:/history";
        }
        if (user.has(WebRole.ADMIN)) {
            return "redirect:/operations";
        }
        return "not-allowed";
    }

    @GetMapping("/not-allowed")
    String notAllowed() {
        return "not-allowed";
    }

    @GetMapping("/signed-out")
    String signedOut() {
        return "signed-out";
    }
}
