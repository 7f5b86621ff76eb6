package uk.peel.security;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import uk.peel.platform.access.RequiresPermission;

/**
 * Turns roles into the authorities Spring Security checks: {@code ROLE_X} for each role (shown in the header)
 * and each permission the roles grant (checked by {@link RequiresPermission}). Local accounts and identity
 * provider tokens go through the same mapping, so a role means the same whichever way a user signed in.
 */
final class Authorities {

    static final String ROLE_PREFIX = "ROLE_";

    private Authorities() {
    }

    static Set<GrantedAuthority> of(Collection<Role> roles) {
        Set<GrantedAuthority> authorities = new LinkedHashSet<>();
        for (Role role : roles) {
            authorities.add(new SimpleGrantedAuthority(ROLE_PREFIX + role.name()));
            role.permissions().forEach(p -> authorities.add(new SimpleGrantedAuthority(p.name())));
        }
        return authorities;
    }
}
