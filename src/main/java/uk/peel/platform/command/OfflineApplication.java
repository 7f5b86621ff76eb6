package uk.peel.platform.command;

import java.util.ArrayList;
import java.util.List;

import java.util.function.ToIntFunction;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import uk.peel.platform.InvalidInputException;
import uk.peel.platform.access.CurrentUser;

/**
 * Starts Peel for an offline command: no web server, no demo data, and logging at WARN to standard error only. The server's structured JSON
 * log lines belong in a log collector; mixed into a command's standard output they would spoil what an operator
 * pipes into a file or another program, so standard output carries only the command's own lines.
 */
public final class OfflineApplication {

    /** Logback configuration for offline commands: WARN and above, to standard error. */
    static final String LOGGING = "classpath:uk/peel/platform/command/offline-logback.xml";

    private OfflineApplication() {
    }

    /** The Spring options every offline command runs with, after the command's own (which may not undo them). */
    static List<String> settings(List<String> springArguments) {
        List<String> all = new ArrayList<>(springArguments);
        // As command-line arguments, so they outrank application.yml: an offline command never loads demo data.
        all.add("--peel.demo.enabled=false");
        all.add("--logging.config=" + LOGGING);
        return all;
    }

    /** {@link #settings} for a command that reports on the records as they are: no sweeps or index checks first. */
    static List<String> asTheyAre(List<String> springArguments) {
        List<String> all = new ArrayList<>(springArguments);
        all.add("--peel.crime.sweep-at-start=false");
        all.add("--peel.search.check-on-start=false");
        all.add("--peel.investigation.backfill-at-start=false");
        return all;
    }

    /** Runs Peel without its web server for one command; the caller closes it with {@code SpringApplication.exit}. */
    public static ConfigurableApplicationContext start(Class<?> application, List<String> springArguments) {
        return new SpringApplicationBuilder(application).web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false).run(settings(springArguments).toArray(String[]::new));
    }

    /**
     * Runs {@code work} in a Peel started for {@code command}, without start-up sweeps or index checks (the command
     * wants the records as they are) (such as "export police-uk"), acting as the operator
     * at the terminal ({@code cli:<login>}, the name its audit entries carry), and closes Peel after. Returns the
     * work's exit status, or {@link CommandArguments#BAD_USAGE} with the reason on standard error when Peel could
     * not start or the work refused its input or failed.
     */
    public static int run(Class<?> application, String command, List<String> springArguments,
            ToIntFunction<ConfigurableApplicationContext> work) {
        ConfigurableApplicationContext context;
        try {
            context = start(application, asTheyAre(springArguments));
        } catch (RuntimeException e) {
            System.err.println("peel " + command + " could not start: " + e.getMessage());
            return CommandArguments.BAD_USAGE;
        }
        try {
            String operator = "cli:" + System.getProperty("user.name", "operator");
            return CurrentUser.actingAs(operator, () -> work.applyAsInt(context));
        } catch (InvalidInputException e) {
            System.err.println("peel " + command + ": " + e.problems().stream().map(p -> p.field() + ": " + p.message())
                    .reduce((a, b) -> a + "; " + b).orElse(e.getMessage()));
            return CommandArguments.BAD_USAGE;
        } catch (RuntimeException e) {
            System.err.println("peel " + command + " failed: " + e.getMessage());
            return CommandArguments.BAD_USAGE;
        } finally {
            SpringApplication.exit(context);
        }
    }
}
