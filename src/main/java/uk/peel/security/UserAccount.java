package uk.peel.security;

import java.time.Instant;
import java.util.Set;

/** A local account as stored; the password is only ever held as its adaptive hash. */
record UserAccount(String username, String displayName, String passwordHash, Set<Role> roles, boolean enabled,
                   int failedAttempts, Instant lockedUntil) {

    boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
