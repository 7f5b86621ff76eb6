package uk.peel.platform.access;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in user for the current request, as named in audit entries and record provenance. */
public final class CurrentUser {

    /** Work done by Peel itself (demo data, bootstrap), not on behalf of a person. */
    public static final String SYSTEM = "system";

    private CurrentUser() {
    }

    public static String username() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || !authentication.isAuthenticated() ? SYSTEM : authentication.getName();
    }

    public static boolean has(Permission permission) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(granted -> granted.getAuthority().equals(permission.name()));
    }
}
