package uk.peel.security;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import uk.peel.platform.access.Usernames;

/**
 * Local user accounts: created, looked up, and their failed sign-ins counted for lock-out. Also the answer to whether a
 * username typed into a form is someone's ({@link Usernames}).
 */
@Repository
public class UserAccounts implements Usernames {

    private final JdbcClient jdbc;
    private final PasswordEncoder passwordEncoder;

    UserAccounts(JdbcClient jdbc, PasswordEncoder passwordEncoder) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
    }

    /** Creates the account unless one with that username exists; answers whether it was created. */
    @Transactional
    public boolean createIfMissing(String username, String displayName, String rawPassword, Set<Role> roles) {
        return jdbc.sql("""
                        insert into user_account (username, display_name, password_hash, roles)
                        values (:username, :displayName, :hash, :roles)
                        on conflict (username) do nothing""")
                .param("username", username)
                .param("displayName", displayName)
                .param("hash", passwordEncoder.encode(rawPassword))
                .param("roles", roles.stream().map(Role::name).toArray(String[]::new))
                .update() == 1;
    }

    @Override
    public boolean exists(String username) {
        return jdbc.sql("select count(*) from user_account where username = :username")
                .param("username", username).query(Long.class).single() > 0;
    }

    Optional<UserAccount> find(String username) {
        return jdbc.sql("select * from user_account where username = :username")
                .param("username", username)
                .query(UserAccounts::map)
                .optional();
    }

    List<UserAccount> all() {
        return jdbc.sql("select * from user_account order by username").query(UserAccounts::map).list();
    }

    /** Counts a failed sign-in, locking the account until {@code lockUntil} when the limit is reached. */
    @Transactional
    void recordFailure(String username, int maxAttempts, Instant lockUntil) {
        jdbc.sql("""
                        update user_account
                           set failed_attempts = failed_attempts + 1,
                               locked_until = case when failed_attempts + 1 >= :max then :lockUntil else locked_until end
                         where username = :username""")
                .param("username", username)
                .param("max", maxAttempts)
                .param("lockUntil", java.sql.Timestamp.from(lockUntil))
                .update();
    }

    @Transactional
    void recordSuccess(String username) {
        jdbc.sql("update user_account set failed_attempts = 0, locked_until = null where username = :username and failed_attempts > 0")
                .param("username", username)
                .update();
    }

    private static UserAccount map(ResultSet rs, int row) throws SQLException {
        Array roles = rs.getArray("roles");
        Set<Role> granted = EnumSet.noneOf(Role.class);
        Arrays.stream((String[]) roles.getArray()).map(Role::valueOf).forEach(granted::add);
        var lockedUntil = rs.getTimestamp("locked_until");
        return new UserAccount(rs.getString("username"), rs.getString("display_name"), rs.getString("password_hash"),
                granted, rs.getBoolean("enabled"), rs.getInt("failed_attempts"),
                lockedUntil == null ? null : lockedUntil.toInstant());
    }
}
