package uk.peel;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

import uk.peel.audit.AuditVerifyCommand;
import uk.peel.gazetteer.GazetteerImportCommand;
import uk.peel.person.ImportCommand;
import uk.peel.search.ReindexCommand;

/**
 * Peel: command and control plus records management for a UK police force.
 *
 * <p>The jar serves two purposes: with no arguments (or Spring options only) it runs the server; with a
 * command word first ({@code audit verify}, {@code reindex}, {@code import persons}, {@code import gazetteer}, {@code crime reconcile}, {@code export home-office}, {@code export police-uk}) it runs that offline command against the same database and exits
 * with a status code, so operators can check the audit chain while the server is stopped.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@EnableAsync
public class PeelApplication {

    public static void main(String[] args) {
        if (args.length >= 2 && args[0].equals("audit") && args[1].equals("verify")) {
            System.exit(AuditVerifyCommand.run(args));
        }
        if (args.length >= 2 && args[0].equals("bench") && args[1].equals("crime-year")) {
            System.exit(uk.peel.bench.Benchmarks.crimeYear(PeelApplication.class, args));
        }
        if (args.length >= 1 && args[0].equals("bench")) System.exit(uk.peel.bench.Benchmarks.run(args));
        if (args.length >= 2 && args[0].equals("import") && args[1].equals("gazetteer")) {
            System.exit(GazetteerImportCommand.run(PeelApplication.class, args));
        }
        if (args.length >= 1 && args[0].equals("import")) {
            System.exit(ImportCommand.run(PeelApplication.class, args));
        }
        if (args.length >= 2 && args[0].equals("crime") && args[1].equals("reconcile")) {
            System.exit(uk.peel.crime.ReconcileCommand.run(PeelApplication.class, args));
        }
        if (args.length >= 2 && args[0].equals("export") && args[1].equals("home-office")) {
            System.exit(uk.peel.crime.HomeOfficeExportCommand.run(PeelApplication.class, args));
        }
        if (args.length >= 2 && args[0].equals("export") && args[1].equals("police-uk")) {
            System.exit(uk.peel.policeuk.ExportCommand.run(PeelApplication.class, args));
        }
        if (args.length >= 1 && args[0].equals("reindex")) {
            System.exit(ReindexCommand.run(PeelApplication.class, args));
        }
        SpringApplication.run(PeelApplication.class, args);
    }
}
