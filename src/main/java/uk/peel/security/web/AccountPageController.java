package uk.peel.security.web;

import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.peel.platform.ConflictException;
import uk.peel.platform.FieldProblem;
import uk.peel.platform.InvalidInputException;
import uk.peel.platform.web.NavigationItem;
import uk.peel.security.AccountAdministration;
import uk.peel.security.NewAccount;
import uk.peel.security.Role;
import uk.peel.platform.access.Permission;
import uk.peel.platform.access.RequiresPermission;

@Controller
class AccountPageController {

    private final AccountAdministration administration;
    private final Clock clock;

    AccountPageController(AccountAdministration administration, Clock clock) {
        this.administration = administration;
        this.clock = clock;
    }

    @Bean
    static NavigationItem accountsNavigation() {
        return new NavigationItem("Accounts", "/accounts", Permission.USER_ADMIN, 100,
                "Open accounts for colleagues, give them the roles their jobs need, and lift lock-outs.");
    }

    @GetMapping("/accounts")
    @RequiresPermission(Permission.USER_ADMIN)
    String accounts(Model model) {
        if (!model.containsAttribute("problems")) {
            model.addAttribute("problems", List.of());
        }
        model.addAttribute("accounts", administration.all());
        model.addAttribute("roles", Role.values());
        model.addAttribute("now", clock.instant());
        return "accounts/index";
    }

    @PostMapping("/accounts")
    @RequiresPermission(Permission.USER_ADMIN)
    String open(@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String displayName,
                @RequestParam(defaultValue = "") String password, @RequestParam(required = false) List<String> roles,
                Model model, RedirectAttributes redirect) {
        Set<Role> chosen = EnumSet.noneOf(Role.class);
        for (String name : roles == null ? List.<String>of() : roles) {
            Arrays.stream(Role.values()).filter(role -> role.name().equals(name)).forEach(chosen::add);
        }
        try {
            administration.open(new NewAccount(username.strip(), displayName, password, chosen));
        } catch (InvalidInputException e) {
            return again(model, username, displayName, chosen, e.problems());
        } catch (ConflictException e) {
            return again(model, username, displayName, chosen, List.of(new FieldProblem("username", e.getMessage())));
        }
        redirect.addFlashAttribute("opened", username.strip());
        return "redirect:/accounts";
    }

    @PostMapping("/accounts/{username}/unlock")
    @RequiresPermission(Permission.USER_ADMIN)
    String unlock(@PathVariable String username, RedirectAttributes redirect) {
        administration.unlock(username);
        redirect.addFlashAttribute("unlocked", username);
        return "redirect:/accounts";
    }

    private String again(Model model, String username, String displayName, Set<Role> chosen, List<FieldProblem> problems) {
        model.addAttribute("problems", problems);
        model.addAttribute("username", username);
        model.addAttribute("displayName", displayName);
        model.addAttribute("chosen", chosen);
        return accounts(model);
    }
}
