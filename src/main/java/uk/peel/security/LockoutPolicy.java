package uk.peel.security;

import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Locks an account after repeated failed sign-ins, so that a password cannot be guessed by trying many; a
 * successful sign-in resets the count. The lock expires by itself after the configured time.
 */
@Component
class LockoutPolicy {

    private static final Logger log = LoggerFactory.getLogger(LockoutPolicy.class);

    private final UserAccounts accounts;
    private final Clock clock;
    private final int maxFailedAttempts;
    private final Duration lockDuration;

    LockoutPolicy(UserAccounts accounts, Clock clock,
                  @Value("${peel.security.lockout.max-failed-attempts:5}") int maxFailedAttempts,
                  @Value("${peel.security.lockout.duration:15m}") Duration lockDuration) {
        this.accounts = accounts;
        this.clock = clock;
        this.maxFailedAttempts = maxFailedAttempts;
        this.lockDuration = lockDuration;
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String username = event.getAuthentication().getName();
        log.warn("Failed sign-in for account '{}'", username);
        accounts.recordFailure(username, maxFailedAttempts, clock.instant().plus(lockDuration));
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        // Only a password checked against a local account can have failed before; a bearer token from the identity
        // provider has no local count to reset, and skipping it spares every token request a database round trip.
        if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken) {
            accounts.recordSuccess(event.getAuthentication().getName());
        }
    }
}
