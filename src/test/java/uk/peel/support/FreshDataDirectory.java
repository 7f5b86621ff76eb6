package uk.peel.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Gives each test application context its own empty data directory, so test runs never see each other's data. */
public class FreshDataDirectory implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        try {
            Path root = Path.of("target", "test-data");
            Files.createDirectories(root);
            Path dir = Files.createTempDirectory(root.toAbsolutePath(), "peel-");
            context.getEnvironment().getPropertySources()
                    .addFirst(new MapPropertySource("freshDataDirectory", Map.of("peel.data-dir", dir.toString())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
