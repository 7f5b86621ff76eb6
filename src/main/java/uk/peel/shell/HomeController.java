package uk.peel.shell;

import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import uk.peel.platform.access.Permission;
import uk.peel.platform.web.NavigationItem;
import uk.peel.platform.access.RequiresPermission;

/** The page everyone lands on after signing in: where to go next, from what they may do. */
@Controller
class HomeController {

    @Bean
    static NavigationItem homeNavigation() {
        return new NavigationItem("Home", "/", Permission.USE_PEEL, 0, null);
    }

    @GetMapping("/")
    @RequiresPermission(Permission.USE_PEEL)
    String home() {
        return "home";
    }
}
