package uk.peel.support;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

import uk.peel.security.Role;

/**
 * Calls a service as a named user holding a role's permissions, as a signed-in request would, for tests of rules
 * the services enforce themselves (who may approve what).
 */
public final class Acting {

    private Acting() {
    }

    public static <T> T as(String username, Role role, Supplier<T> work) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name()));
        role.permissions().forEach(p -> authorities.add(new SimpleGrantedAuthority(p.name())));
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null, authorities));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void run(String username, Role role, Runnable work) {
        as(username, role, () -> {
            work.run();
            return null;
        });
    }
}
