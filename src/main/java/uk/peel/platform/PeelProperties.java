package uk.peel.platform;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Peel's own settings ({@code peel.*}). Spring's standard properties still configure everything else.
 *
 * @param dataDir where the embedded PostgreSQL (and later the search index) keeps its files
 * @param demo whether the embedded default loads demo users and records on its first start
 */
@ConfigurationProperties("peel")
public record PeelProperties(@DefaultValue("./peel-data") Path dataDir, @DefaultValue Demo demo) {

    public record Demo(@DefaultValue("true") boolean enabled) {
    }
}
