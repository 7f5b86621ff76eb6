package uk.peel.crime;

import uk.peel.platform.command.BadUsageException;
import uk.peel.platform.command.CommandArguments;
import uk.peel.platform.command.OfflineApplication;

/**
 * {@code peel crime reconcile [--data-dir D]}: the crime recording reconciliation from the command line. Prints
 * each exception, then one summary line; exits 0 when there are no exceptions, 1 when there are, 2 when it could
 * not run. Runs Peel without its web server and without taking pending referrals first, so it reports the records
 * as they are; with the embedded default Peel must be stopped.
 */
public final class ReconcileCommand {

    private static final String USAGE = "Usage: peel crime reconcile [--data-dir D]";

    private ReconcileCommand() {
    }

    /** {@code args} as the jar got them: "crime", "reconcile", then options. */
    public static int run(Class<?> application, String[] args) {
        CommandArguments given;
        try {
            given = CommandArguments.forPeel(args, 2);
        } catch (BadUsageException e) {
            return CommandArguments.refuse("crime reconcile", e, USAGE);
        }
        return OfflineApplication.run(application, "crime reconcile", given.springArguments(), context -> {
            ReconciliationReport report = context.getBean(CrimeReconciliation.class).reconcile();
            for (ReconciliationReport.Finding finding : report.findings()) {
                System.out.println(finding.kind() + " " + finding.reference() + ": " + finding.detail());
            }
            report.counts().forEach((kind, count) -> {
                if (count > CrimeReconciliation.LISTED) {
                    System.out.println(kind + ": " + count + " in all; the first " + CrimeReconciliation.LISTED + " are listed");
                }
            });
            System.out.println(report.summary());
            return report.exceptions() == 0 ? 0 : 1;
        });
    }
}
