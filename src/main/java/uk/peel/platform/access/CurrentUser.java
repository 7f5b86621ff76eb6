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

    /**
     * Runs work on behalf of a named operator who is not signed in through the web, such as someone running an
     * offline command at a terminal, so that the audit log and record provenance name them rather than "system".
     */
    public static <T> T actingAs(String username, java.util.function.Supplier<T> work) {
        org.springframework.security.core.context.SecurityContext previous = SecurityContextHolder.getContext();
        org.springframework.security.core.context.SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(
                username, null, java.util.List.of()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
