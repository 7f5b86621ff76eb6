package uk.peel.policeuk;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import uk.peel.platform.InvalidInputException;
import uk.peel.platform.access.CurrentUser;

/**
 * {@code peel export police-uk --month YYYY-MM --out DIR [--data-dir D]}: writes the month's data.police.uk
 * street-level and outcomes files into DIR, audited as a disclosure by the operator running it. Exits 0 when
 * written, 2 on bad arguments or when it could not run. The month and directory are checked before Peel starts, so a
 * typing mistake is answered at once.
 */
public final class ExportCommand {

    static final String USAGE = "Usage: peel export police-uk --month YYYY-MM --out DIR [--data-dir D]";

    private ExportCommand() {
    }

    /** {@code args} as the jar got them: "export", "police-uk", then options (--name=value or --name value). */
    public static int run(Class<?> application, String[] args) {
        String month = null;
        String out = null;
        List<String> spring = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            String arg = args[i];
            String value = i + 1 < args.length ? args[i + 1] : null;
            if (arg.equals("--month") || arg.equals("--out")) {
                if (value == null || value.startsWith("--")) {
                    System.err.println("peel export police-uk: " + arg + " needs a value\n" + USAGE);
                    return 2;
                }
                if (arg.equals("--month")) {
                    month = value;
                } else {
                    out = value;
                }
                i++;
            } else if (arg.startsWith("--month=")) {
                month = arg.substring("--month=".length());
            } else if (arg.startsWith("--out=")) {
                out = arg.substring("--out=".length());
            } else if (arg.startsWith("--data-dir=")) {
                spring.add("--peel.data-dir=" + arg.substring("--data-dir=".length()));
            } else if (arg.startsWith("--")) {
                spring.add(arg);
            } else {
                System.err.println("peel export police-uk: unexpected '" + arg + "'\n" + USAGE);
                return 2;
            }
        }
        if (month == null || !month.strip().matches("\\d{4}-\\d{2}")) {
            System.err.println("peel export police-uk: " + (month == null ? "--month is required" : "--month '" + month
                    + "' is not a month: give it as YYYY-MM, such as 2026-10") + "\n" + USAGE);
            return 2;
        }
        if (out == null || out.isBlank()) {
            System.err.println("peel export police-uk: --out DIR is required\n" + USAGE);
            return 2;
        }
        spring.add("--peel.demo.enabled=false");
        spring.add("--peel.crime.sweep-at-start=false");
        spring.add("--peel.search.check-on-start=false");
        ConfigurableApplicationContext context;
        try {
            context = new SpringApplicationBuilder(application).web(WebApplicationType.NONE).run(spring.toArray(String[]::new));
        } catch (RuntimeException e) {
            System.err.println("peel export police-uk could not start: " + e.getMessage());
            return 2;
        }
        String chosenMonth = month.strip();
        Path directory = Path.of(out);
        try {
            String operator = System.getProperty("user.name", "operator");
            PoliceUkExport export = context.getBean(PoliceUkExport.class);
            PoliceUkExport.Written written = CurrentUser.actingAs("cli:" + operator,
                    () -> export.write(export.month(chosenMonth), directory));
            System.out.println(written.summary());
            return 0;
        } catch (InvalidInputException e) {
            System.err.println("peel export police-uk: " + e.getMessage());
            return 2;
        } catch (RuntimeException e) {
            System.err.println("peel export police-uk failed: " + e.getMessage());
            return 2;
        } finally {
            SpringApplication.exit(context);
        }
    }
}
