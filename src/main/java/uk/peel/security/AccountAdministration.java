package uk.peel.security;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.peel.platform.ConflictException;
import uk.peel.platform.InputValidation;
import uk.peel.platform.access.CurrentUser;

/**
 * What an administrator does with local accounts: open one with its roles, list them, and lift a lock-out early
 * (after confirming the user's identity). Changes are logged with the administrator's name.
 */
@Service
public class AccountAdministration {

    private static final Logger log = LoggerFactory.getLogger(AccountAdministration.class);

    private final UserAccounts accounts;
    private final InputValidation validation;

    AccountAdministration(UserAccounts accounts, InputValidation validation) {
        this.accounts = accounts;
        this.validation = validation;
    }

    @Transactional
    public AccountSummary open(NewAccount account) {
        validation.check(account);
        if (!accounts.createIfMissing(account.username(), account.displayName().strip(), account.password(), account.roles())) {
            throw new ConflictException("There is already an account with the username " + account.username());
        }
        log.info("Account '{}' opened by '{}' with roles {}", account.username(), CurrentUser.username(), account.roles());
        return accounts.find(account.username()).map(AccountSummary::of).orElseThrow();
    }

    @Transactional(readOnly = true)
    public List<AccountSummary> all() {
        return accounts.all().stream().map(AccountSummary::of).toList();
    }

    @Transactional
    public void unlock(String username) {
        if (!accounts.exists(username)) {
            throw new java.util.NoSuchElementException("There is no account " + username);
        }
        accounts.recordSuccess(username);
        log.info("Account '{}' unlocked by '{}'", username, CurrentUser.username());
    }
}
