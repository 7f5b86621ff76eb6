package uk.peel.platform.database;

/**
 * Present in the context only when Peel runs on its embedded PostgreSQL: the marker other modules use to decide
 * things that must never happen against a production database, such as loading demo records.
 */
public record EmbeddedDatabase(int port) {
}
