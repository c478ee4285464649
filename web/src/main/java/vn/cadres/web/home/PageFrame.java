package vn.cadres.web.home;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.cadres.web.signin.SignedInUser;

/**
 * What every page's frame needs: who is signed in (null on the pages before sign-in), and this very
 * page in the other language, its filters kept. Pages rendered for an error get the same frame.
 */
@ControllerAdvice
class PageFrame {

    @ModelAttribute
    void frame(Model model) {
        add(model);
    }

    static void add(Model model) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        String other = "en".equals(LocaleContextHolder.getLocale().getLanguage()) ? "vi" : "en";
        model.addAttribute("user", authentication != null && authentication.getPrincipal() instanceof OidcUser
                ? SignedInUser.of(authentication) : null);
        model.addAttribute("otherLanguage", other);
        model.addAttribute("otherLanguageUrl", ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam("lang", other).build().toUriString());
    }
}
