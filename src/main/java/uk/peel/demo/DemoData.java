package uk.peel.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import uk.peel.person.PersonDetails;
import uk.peel.person.PersonRecords;
import uk.peel.platform.database.EmbeddedDatabase;
import uk.peel.security.UserAccounts;

/**
 * Loads demo users and people on the embedded default's first start, then tells the user how to sign in. The
 * first-start test is the presence of the demo accounts, so a restart never loads the people twice.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "peel.demo.enabled", havingValue = "true", matchIfMissing = true)
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    static final int PEOPLE = 250;

    private final UserAccounts accounts;
    private final PersonRecords persons;
    private final Environment environment;
    private final ObjectProvider<EmbeddedDatabase> embedded;

    DemoData(UserAccounts accounts, PersonRecords persons, Environment environment, ObjectProvider<EmbeddedDatabase> embedded) {
        this.accounts = accounts;
        this.persons = persons;
        this.environment = environment;
        this.embedded = embedded;
    }

    // Decided at run time, not with @ConditionalOnBean: that condition is unreliable on scanned components, and
    // "never into an external database" must not depend on bean registration order.
    private boolean onEmbeddedDatabase() {
        return embedded.getIfAvailable() != null;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!onEmbeddedDatabase() || accounts.exists(DemoUsers.ACCOUNTS.keySet().iterator().next())) {
            return;
        }
        log.info("First start of the embedded database: loading demo users and {} demo people", PEOPLE);
        DemoUsers.ACCOUNTS.forEach((username, role) ->
                accounts.createIfMissing(username, "Demo " + role.title(), DemoUsers.PASSWORD, DemoUsers.rolesOf(username)));
        for (PersonDetails person : new DemoPopulation().people(PEOPLE)) {
            persons.record(person);
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void printHowToSignIn() {
        if (!onEmbeddedDatabase()) {
            return;
        }
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        StringBuilder out = new StringBuilder();
        out.append("%n  Peel is running at http://localhost:%s/%n".formatted(port));
        out.append("  Demo accounts (password '%s'):%n".formatted(DemoUsers.PASSWORD));
        DemoUsers.ACCOUNTS.forEach((username, role) -> out.append("    %-13s %s%n".formatted(username, role.title())));
        out.append("  Administrator: admin (password from PEEL_ADMIN_PASSWORD, or as printed on first start)%n".formatted());
        out.append("  API description: http://localhost:%s/swagger-ui.html%n%n".formatted(port));
        System.out.print(out);
    }
}
