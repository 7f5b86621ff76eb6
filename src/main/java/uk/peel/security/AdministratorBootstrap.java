package uk.peel.security;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the {@code admin} account on first start, so that a new installation can be administered at all. The
 * password comes from {@code PEEL_ADMIN_PASSWORD}; without it a random one is generated and printed once, never
 * stored in clear or logged.
 */
@Component
@Order(0)
class AdministratorBootstrap implements ApplicationRunner {

    static final String ADMIN = "admin";

    private final UserAccounts accounts;
    private final String configuredPassword;

    AdministratorBootstrap(UserAccounts accounts, @Value("${PEEL_ADMIN_PASSWORD:}") String configuredPassword) {
        this.accounts = accounts;
        this.configuredPassword = configuredPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.exists(ADMIN)) {
            return;
        }
        boolean generated = configuredPassword.isBlank();
        String password = generated ? randomPassword() : configuredPassword;
        accounts.createIfMissing(ADMIN, "Administrator", password, Set.of(Role.ADMINISTRATOR));
        if (generated) {
            System.out.printf("%n  Peel created the administrator account.%n"
                    + "    username: %s%n    password: %s%n"
                    + "  This password is shown only once. Set PEEL_ADMIN_PASSWORD before first start to choose it.%n%n",
                    ADMIN, password);
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
