package uk.peel.crime;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import uk.peel.crime.returns.HomeOfficeReturns;
import uk.peel.platform.InvalidInputException;
import uk.peel.platform.access.CurrentUser;

/**
 * {@code peel export home-office --month YYYY-MM --out DIR [--data-dir D]}: writes the month's Home Office return
 * (record-level and summary CSV) into DIR and records the disclosure. The month and directory are checked before
 * Peel starts, so a mistyped argument costs nothing. Exits 0 when written, 2 when it could not be.
 */
public final class HomeOfficeExportCommand {

    private static final String USAGE = "Usage: peel export home-office --month YYYY-MM --out DIR [--data-dir D]";

    private HomeOfficeExportCommand() {
    }

    /** {@code args} as the jar got them: "export", "home-office", then options. */
    public static int run(Class<?> application, String[] args) {
        String monthText = null;
        String out = null;
        List<String> spring = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--month") || arg.equals("--out")) {
                if (i + 1 >= args.length) {
                    return fail(arg + " needs a value");
                }
                if (arg.equals("--month")) {
                    monthText = args[++i];
                } else {
                    out = args[++i];
                }
            } else if (arg.startsWith("--month=")) {
                monthText = arg.substring("--month=".length());
            } else if (arg.startsWith("--out=")) {
                out = arg.substring("--out=".length());
            } else if (arg.startsWith("--data-dir=")) {
                spring.add("--peel.data-dir=" + arg.substring("--data-dir=".length()));
            } else if (arg.startsWith("--") && arg.contains("=")) {
                spring.add(arg);
            } else {
                return fail("unexpected '" + arg + "'");
            }
        }
        if (monthText == null) {
            return fail("--month is needed: the month to return, as YYYY-MM");
        }
        YearMonth month;
        try {
            month = HomeOfficeReturns.parseMonth(monthText);
        } catch (IllegalArgumentException e) {
            return fail("--month: " + e.getMessage());
        }
        if (out == null || out.isBlank()) {
            return fail("--out is needed: the directory to write the two files into");
        }
        Path directory;
        try {
            directory = Path.of(out).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            return fail("--out: '" + out + "' is not a path: " + e.getMessage());
        }
        String problem = unwritable(directory);
        if (problem != null) {
            return fail("--out: " + problem);
        }

        spring.add("--peel.demo.enabled=false");
        spring.add("--peel.crime.sweep-at-start=false");
        spring.add("--peel.search.check-on-start=false");
        ConfigurableApplicationContext context;
        try {
            context = new SpringApplicationBuilder(application).web(WebApplicationType.NONE).run(spring.toArray(String[]::new));
        } catch (RuntimeException e) {
            System.err.println("peel export home-office could not start: " + e.getMessage());
            return 2;
        }
        try {
            String operator = System.getProperty("user.name", "operator");
            HomeOfficeReturns returns = context.getBean(HomeOfficeReturns.class);
            HomeOfficeReturns.Written written = CurrentUser.actingAs("cli:" + operator, () -> {
                YearMonth checked = returns.month(month.toString(), "--month");
                return returns.writeTo(checked, directory);
            });
            System.out.println("wrote " + written.crimes());
            System.out.println("wrote " + written.summary());
            System.out.println(written.monthly().describe());
            return 0;
        } catch (InvalidInputException e) {
            System.err.println("peel export home-office: " + e.problems().stream().map(p -> p.field() + ": " + p.message())
                    .reduce((a, b) -> a + "; " + b).orElse(e.getMessage()));
            return 2;
        } catch (RuntimeException e) {
            System.err.println("peel export home-office failed: " + e.getMessage());
            return 2;
        } finally {
            SpringApplication.exit(context);
        }
    }

    /** Why the return cannot be written into {@code directory}, or null: it is created if missing. */
    static String unwritable(Path directory) {
        if (Files.exists(directory) && !Files.isDirectory(directory)) {
            return directory + " is a file, not a directory";
        }
        if (!Files.exists(directory)) {
            try {
                Files.createDirectories(directory);
            } catch (Exception e) {
                return "cannot create the directory " + directory + " (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")";
            }
        }
        if (!Files.isWritable(directory)) {
            return "cannot write into " + directory + " (permission denied)";
        }
        return null;
    }

    private static int fail(String message) {
        System.err.println("peel export home-office: " + message + "\n" + USAGE);
        return 2;
    }
}
