package uk.peel.platform.database;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.peel.platform.PeelProperties;

/**
 * Peel's default database: when no external database is configured ({@code PEEL_DB_URL} or
 * {@code spring.datasource.url}), start the embedded PostgreSQL in the data directory.
 *
 * <p>The pool is built from the server bean, so Spring closes the pool before it stops the server; the other
 * way round the event publication log would fail mid-shutdown.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isBlank()")
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedPostgresServer embeddedPostgresServer(PeelProperties properties) {
        return EmbeddedPostgresServer.start(properties.dataDir());
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgresServer server) {
        HikariDataSource pool = new HikariDataSource();
        pool.setPoolName("peel-embedded");
        pool.setJdbcUrl(server.jdbcUrl());
        pool.setUsername(server.username());
        pool.setMaximumPoolSize(20);
        return pool;
    }

    @Bean
    EmbeddedDatabase embeddedDatabase(EmbeddedPostgresServer server) {
        return new EmbeddedDatabase(server.port());
    }
}
