package uk.peel.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Objects;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Runs a test against an external PostgreSQL (production's path) instead of the embedded one: by default the
 * machine's Debian PostgreSQL 15 at localhost:5432, database peel_test, user and password peel (CI creates them;
 * override with PEEL_TEST_EXTERNAL_DB_URL/_USER/_PASSWORD). The schema is emptied first, so Flyway builds it
 * from nothing as it would on a new production database.
 *
 * <p>Where no such database is reachable the tests are skipped, unless PEEL_REQUIRE_EXTERNAL_PG=1 (set by CI), in
 * which case they fail: CI must prove both paths.
 */
public class ExternalPostgres implements ApplicationContextInitializer<ConfigurableApplicationContext>, ExecutionCondition {

    static final String URL = env("PEEL_TEST_EXTERNAL_DB_URL", "jdbc:postgresql://localhost:5432/peel_test");
    static final String USER = env("PEEL_TEST_EXTERNAL_DB_USER", "peel");
    static final String PASSWORD = env("PEEL_TEST_EXTERNAL_DB_PASSWORD", "peel");
    static final boolean REQUIRED = "1".equals(System.getenv("PEEL_REQUIRE_EXTERNAL_PG"));

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        try (Connection ignored = connect()) {
            return ConditionEvaluationResult.enabled("external PostgreSQL reachable at " + URL);
        } catch (SQLException e) {
            if (REQUIRED) {
                throw new IllegalStateException("PEEL_REQUIRE_EXTERNAL_PG=1 but " + URL + " is not reachable as " + USER, e);
            }
            return ConditionEvaluationResult.disabled("no external PostgreSQL at " + URL + " (" + e.getMessage() + ")");
        }
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        try (Connection connection = connect(); var statement = connection.createStatement()) {
            statement.execute("drop schema if exists public cascade");
            statement.execute("create schema public");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not reset the external test database " + URL, e);
        }
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("externalPostgres", Map.of(
                "spring.datasource.url", URL,
                "spring.datasource.username", USER,
                "spring.datasource.password", PASSWORD,
                // Asked for, to prove that demo data is never loaded into an external (production) database.
                "peel.demo.enabled", "true")));
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(URL, USER, PASSWORD);
    }

    private static String env(String name, String fallback) {
        return Objects.requireNonNullElse(System.getenv(name), fallback);
    }
}
