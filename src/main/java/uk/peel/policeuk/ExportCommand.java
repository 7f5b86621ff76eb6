package uk.peel.policeuk;

import java.time.Clock;

import uk.peel.platform.command.BadUsageException;
import uk.peel.platform.command.CommandArguments;
import uk.peel.platform.command.MonthlyExportRequest;
import uk.peel.platform.command.OfflineApplication;

/**
 * {@code peel export police-uk --month YYYY-MM --out DIR [--data-dir D]}: writes the month's data.police.uk
 * street-level and outcomes files into DIR, audited as a disclosure by the operator running it. Exits 0 when
 * written, 2 on bad arguments or when it could not run. The month (a real one, already begun) and the directory
 * (made, writable) are checked before Peel starts, so a typing mistake is answered at once.
 */
public final class ExportCommand {

    static final String USAGE = "Usage: peel export police-uk --month YYYY-MM --out DIR [--data-dir D]";

    private ExportCommand() {
    }

    /** {@code args} as the jar got them: "export", "police-uk", then options (--name=value or --name value). */
    public static int run(Class<?> application, String[] args) {
        return run(application, args, Clock.systemUTC());
    }

    static int run(Class<?> application, String[] args, Clock clock) {
        MonthlyExportRequest request;
        try {
            request = MonthlyExportRequest.read(args, clock);
        } catch (BadUsageException e) {
            return CommandArguments.refuse("export police-uk", e, USAGE);
        }
        return OfflineApplication.run(application, "export police-uk", request.springArguments(), context -> {
            PoliceUkExport export = context.getBean(PoliceUkExport.class);
            PoliceUkExport.Written written = export.write(export.month(request.month().toString()), request.directory());
            System.out.println(written.summary());
            return 0;
        });
    }
}
