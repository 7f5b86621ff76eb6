package uk.peel.controlroom.web;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import uk.peel.security.Role;

/** The roles of the user at a board, which decide the escalations they are shown (an administrator sees all). */
final class BoardRoles {

    private BoardRoles() {
    }

    static Set<Role> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return Set.of();
        }
        Set<String> authorities = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        if (authorities.contains("ROLE_" + Role.ADMINISTRATOR.name())) {
            return EnumSet.allOf(Role.class);
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (authorities.contains("ROLE_" + role.name())) {
                roles.add(role);
            }
        }
        return roles;
    }

    static Set<String> names() {
        return current().stream().map(Role::name).collect(Collectors.toSet());
    }
}
