package uk.peel.search;

import java.util.Arrays;
import java.util.stream.Stream;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code peel reindex [--data-dir D]}: rebuilds the person search index from the database and exits, for after a
 * restore from backup or a change to how names are indexed. Runs Peel without its web server, so with the
 * embedded default Peel must be stopped (the data directory is locked while it runs).
 */
public final class ReindexCommand {

    private ReindexCommand() {
    }

    public static int run(Class<?> application, String[] args) {
        // As command-line arguments, so they outrank application.yml: a reindex must never load demo data.
        String[] options = Stream.concat(Arrays.stream(args).skip(1)
                        .map(arg -> arg.startsWith("--data-dir=") ? "--peel.data-dir=" + arg.substring("--data-dir=".length()) : arg),
                Stream.of("--peel.search.check-on-start=false", "--peel.demo.enabled=false")).toArray(String[]::new);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                .run(options);
        long indexed = context.getBean(PersonSearch.class).rebuildIndex();
        System.out.printf("Search index rebuilt: %d people indexed.%n", indexed);
        return SpringApplication.exit(context);
    }
}
