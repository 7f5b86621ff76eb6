package uk.peel.support;

import java.util.Set;

import uk.peel.security.Role;
import uk.peel.security.UserAccounts;

/** Accounts tests sign in with; one per role, created on demand, all with the same password. */
public final class TestUsers {

    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "test-admin-password";
    public static final String PASSWORD = "correct-horse-battery";

    private TestUsers() {
    }

    /** Creates (once) and names an account holding just this role. */
    public static String withRole(UserAccounts accounts, Role role) {
        String username = "test-" + role.name().toLowerCase().replace('_', '-');
        accounts.createIfMissing(username, "Test " + role.title(), PASSWORD, Set.of(role));
        return username;
    }
}
