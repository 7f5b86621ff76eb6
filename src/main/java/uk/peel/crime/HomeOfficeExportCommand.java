package uk.peel.crime;

import java.time.Clock;

import uk.peel.crime.returns.HomeOfficeReturns;
import uk.peel.platform.command.BadUsageException;
import uk.peel.platform.command.CommandArguments;
import uk.peel.platform.command.MonthlyExportRequest;
import uk.peel.platform.command.OfflineApplication;

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
        return run(application, args, Clock.systemUTC());
    }

    static int run(Class<?> application, String[] args, Clock clock) {
        MonthlyExportRequest request;
        try {
            request = MonthlyExportRequest.read(args, clock);
        } catch (BadUsageException e) {
            return CommandArguments.refuse("export home-office", e, USAGE);
        }
        return OfflineApplication.run(application, "export home-office", request.springArguments(), context -> {
            HomeOfficeReturns returns = context.getBean(HomeOfficeReturns.class);
            HomeOfficeReturns.Written written = returns.writeTo(returns.month(request.month().toString(), "--month"), request.directory());
            System.out.println("wrote " + written.crimes());
            System.out.println("wrote " + written.summary());
            System.out.println(written.monthly().describe());
            return 0;
        });
    }
}
