package uk.peel.security;

import java.time.Instant;
import java.util.Set;

/** A local account as administrators see it: never the password hash. */
public record AccountSummary(String username, String displayName, Set<Role> roles, boolean enabled,
                             int failedAttempts, Instant lockedUntil) {

    static AccountSummary of(UserAccount account) {
        return new AccountSummary(account.username(), account.displayName(), account.roles(), account.enabled(),
                account.failedAttempts(), account.lockedUntil());
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
