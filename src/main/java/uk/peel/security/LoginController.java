package uk.peel.security;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import uk.peel.platform.access.PublicEndpoint;

@Controller
class LoginController {

    @GetMapping("/login")
    @PublicEndpoint("Nobody can sign in if the sign-in page needs signing in")
    String login() {
        return "login";
    }
}
