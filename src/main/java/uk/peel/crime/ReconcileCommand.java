package uk.peel.crime;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import uk.peel.platform.access.CurrentUser;

/**
 * {@code peel crime reconcile [--data-dir D]}: the crime recording reconciliation from the command line. Prints
 * each exception, then one summary line; exits 0 when there are no exceptions, 1 when there are, 2 when it could
 * not run. Runs Peel without its web server and without taking pending referrals first, so it reports the records
 * as they are; with the embedded default Peel must be stopped.
 */
public final class ReconcileCommand {

    private ReconcileCommand() {
    }

    /** {@code args} as the jar got them: "crime", "reconcile", then options. */
    public static int run(Class<?> application, String[] args) {
        List<String> spring = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            String arg = args[i];
            if (arg.startsWith("--data-dir=")) {
                spring.add("--peel.data-dir=" + arg.substring("--data-dir=".length()));
            } else if (arg.startsWith("--")) {
                spring.add(arg);
            } else {
                System.err.println("peel crime reconcile: unexpected '" + arg + "'\nUsage: peel crime reconcile [--data-dir D]");
                return 2;
            }
        }
        spring.add("--peel.demo.enabled=false");
        spring.add("--peel.crime.sweep-at-start=false");
        spring.add("--peel.search.check-on-start=false");
        ConfigurableApplicationContext context;
        try {
            context = new SpringApplicationBuilder(application).web(WebApplicationType.NONE).run(spring.toArray(String[]::new));
        } catch (RuntimeException e) {
            System.err.println("peel crime reconcile could not start: " + e.getMessage());
            return 2;
        }
        try {
            String operator = System.getProperty("user.name", "operator");
            ReconciliationReport report = CurrentUser.actingAs("cli:" + operator,
                    () -> context.getBean(CrimeReconciliation.class).reconcile());
            for (ReconciliationReport.Finding finding : report.findings()) {
                System.out.println(finding.kind() + " " + finding.reference() + ": " + finding.detail());
            }
            report.counts().forEach((kind, count) -> {
                if (count > CrimeReconciliation.LISTED) {
                    System.out.println(kind + ": " + count + " in all; the first " + CrimeReconciliation.LISTED + " are listed");
                }
            });
            System.out.println(report.summary());
            SpringApplication.exit(context);
            return report.exceptions() == 0 ? 0 : 1;
        } catch (RuntimeException e) {
            System.err.println("peel crime reconcile failed: " + e.getMessage());
            SpringApplication.exit(context);
            return 2;
        }
    }
}
