package uk.peel.person;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import uk.peel.platform.database.EmbeddedDatabase;
import uk.peel.support.OnExternalPostgres;

/** The whole person API suite again, on PostgreSQL 15 as production runs it. */
@OnExternalPostgres
class PersonApiOnExternalPostgresIT extends PersonApiIT {

    @Autowired
    ApplicationContext context;

    @Test
    void usesTheExternalDatabaseAndNeverLoadsDemoData() {
        assertThat(context.getBeanNamesForType(EmbeddedDatabase.class)).isEmpty();
        assertThat(jdbc.sql("select current_setting('server_version_num')::int").query(Integer.class).single())
                .isBetween(150000, 159999);
        assertThat(jdbc.sql("select count(*) from user_account where username = 'handler'").query(Long.class).single()).isZero();
    }
}
