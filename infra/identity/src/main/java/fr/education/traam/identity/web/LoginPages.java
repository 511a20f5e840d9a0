package fr.education.traam.identity.web;

import fr.education.traam.identity.account.DemoAccount;
import fr.education.traam.identity.account.DemoAccounts;
import fr.education.traam.reference.Academy;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Arrays;
import java.util.List;

/**
 * The login form, which Spring Security checks on {@code POST /login}, and the list of the demo accounts it links to.
 * Both link the platform's one stylesheet and read as plain HTML without it.
 */
@Controller
class LoginPages {

    /** One académie's line in the demo accounts' table. */
    record AcademyLine(String label, String code, String slug, String domain) {
    }

    private final DemoAccounts accounts;

    LoginPages(DemoAccounts accounts) {
        this.accounts = accounts;
    }

    /**
     * The provider has no home page of its own: whoever opens it, or logs in without coming from the platform, is
     * sent to the platform's.
     */
    @GetMapping("/")
    String home(@ModelAttribute("home") String home) {
        return "redirect:" + home;
    }

    @GetMapping("/login")
    String login(@RequestParam(name = "error", required = false) String error, Model model) {
        model.addAttribute("failed", error != null);
        model.addAttribute("demo", !accounts.isEmpty());
        return "login";
    }

    @GetMapping("/comptes-de-demonstration")
    String demoAccounts(Model model) {
        boolean enabled = !accounts.isEmpty();
        model.addAttribute("enabled", enabled);
        model.addAttribute("national", enabled ? DemoAccounts.national() : List.<DemoAccount>of());
        model.addAttribute("teachers", DemoAccounts.TEACHERS_PER_ACADEMY);
        model.addAttribute("academies", enabled
                ? Arrays.stream(Academy.values())
                        .map(academy -> new AcademyLine(academy.label(), academy.code(), DemoAccounts.slug(academy), academy.domain()))
                        .toList()
                : List.<AcademyLine>of());
        return "demo-accounts";
    }
}
