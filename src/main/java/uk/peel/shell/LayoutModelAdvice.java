package uk.peel.shell;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import uk.peel.platform.ForceTime;
import uk.peel.platform.access.Permission;
import uk.peel.platform.web.NavigationItem;
import uk.peel.platform.web.RequestIdFilter;
import uk.peel.security.Role;

/**
 * What every page's layout needs: who is signed in (name, roles, what they may do), the navigation entries their
 * permissions open, dates shown the way people in a UK force read them, and the request id to quote when
 * something goes wrong.
 */
@ControllerAdvice
public class LayoutModelAdvice {

    /** Officers work to UK local time whatever the server's clock says. */
    static final ZoneId ZONE = ForceTime.ZONE;

    private final List<NavigationItem> navigation;
    private final Clock clock;

    LayoutModelAdvice(ObjectProvider<NavigationItem> navigation, Clock clock) {
        this.navigation = navigation.stream().sorted(Comparator.comparingInt(NavigationItem::order)).toList();
        this.clock = clock;
    }

    /** The signed-in user as the layout shows them; {@code can("PERSON_CREATE")} decides which links appear. */
    public record SignedInUser(String username, List<String> roles, Set<String> permissions) {
        public boolean can(String permission) {
            return permissions.contains(permission);
        }

        public String roleTitles() {
            return String.join(", ", roles);
        }
    }

    /** A navigation entry for this request: {@code current} marks the section the page belongs to. */
    public record NavigationLink(String label, String path, String description, boolean current) {
    }

    /** Formats dates and times for people, in UK local time. */
    public record Display(Clock clock) {
        private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
        private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mma", Locale.UK);

        public String date(LocalDate date) {
            return date == null ? "" : DATE.format(date);
        }

        /** "3 December 2026 at 2:05pm", as GOV.UK writes times. */
        public String dateTime(Instant instant) {
            if (instant == null) {
                return "";
            }
            var local = instant.atZone(ZONE);
            return DATE.format(local) + " at " + TIME.format(local).toLowerCase(Locale.UK);
        }

        /** "45 s", "12 min", "2 h 5 min": how long something took or has been open. */
        public String duration(java.time.Duration duration) {
            if (duration == null) {
                return "";
            }
            long seconds = Math.max(0, duration.toSeconds());
            if (seconds < 60) {
                return seconds + " s";
            }
            long minutes = seconds / 60;
            return minutes < 60 ? minutes + " min" : (minutes / 60) + " h " + (minutes % 60) + " min";
        }

        /** Machine-readable form for a {@code <time datetime>} attribute. */
        public String iso(Instant instant) {
            return instant == null ? "" : instant.toString();
        }

        public LocalDate today() {
            return LocalDate.ofInstant(clock.instant(), ZONE);
        }
    }

    @ModelAttribute("user")
    SignedInUser user() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated() || authentication instanceof AnonymousAuthenticationToken) {
            return null;
        }
        Set<String> authorities = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(Collectors.toUnmodifiableSet());
        List<String> roles = java.util.Arrays.stream(Role.values())
                .filter(role -> authorities.contains("ROLE_" + role.name())).map(Role::title).toList();
        Set<String> permissions = java.util.Arrays.stream(Permission.values()).map(Permission::name)
                .filter(authorities::contains).collect(Collectors.toUnmodifiableSet());
        return new SignedInUser(authentication.getName(), roles, permissions);
    }

    @ModelAttribute("navigation")
    List<NavigationLink> navigation(HttpServletRequest request) {
        SignedInUser user = user();
        if (user == null) {
            return List.of();
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return navigation.stream().filter(item -> user.can(item.permission().name()))
                .map(item -> new NavigationLink(item.label(), item.path(), item.description(), item.isCurrentFor(path)))
                .toList();
    }

    @ModelAttribute("display")
    Display display() {
        return new Display(clock);
    }

    /** A form came back without a valid CSRF token: usually the session ended while it was open. */
    @ModelAttribute("csrfFailure")
    boolean csrfFailure(HttpServletRequest request) {
        return request.getAttribute(WebAttributes.ACCESS_DENIED_403) instanceof CsrfException;
    }

    @ModelAttribute("requestId")
    String requestId(HttpServletResponse response) {
        return response.getHeader(RequestIdFilter.HEADER);
    }
}
