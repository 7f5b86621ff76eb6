package uk.peel.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;

import org.junit.jupiter.api.Test;

import uk.peel.platform.database.EmbeddedPostgresServer;
import uk.peel.support.PeelProcess;

/** {@code peel audit verify} on a stopped embedded default, as an operator runs it. */
class AuditVerifyCommandIT {

    @Test
    void reportsTheChainIntactThenNamesTheFirstAlteredEntry() throws Exception {
        Path dataDir = PeelProcess.newDataDirectory();
        try (PeelProcess peel = PeelProcess.start(dataDir, PeelProcess.freePort())) {
            String id = peel.createPerson("{\"surname\":\"Turing\",\"forenames\":\"Alan\"}");
            peel.get("/api/v1/persons/" + id);
            peel.createPerson("{\"surname\":\"Franklin\",\"forenames\":\"Rosalind\"}");
        }

        Verdict intact = verify(dataDir);
        assertThat(intact.exitCode()).isZero();
        assertThat(intact.output()).contains("intact").contains("3 entries");

        long altered;
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir);
             Connection connection = DriverManager.getConnection(server.jdbcUrl(), server.username(), "");
             var statement = connection.createStatement()) {
            var rs = statement.executeQuery("select seq from audit_entry where action = 'CONSULTATION'");
            rs.next();
            altered = rs.getLong(1);
            statement.execute("alter table audit_entry disable trigger audit_entry_append_only");
            statement.execute("update audit_entry set justification = 'added afterwards' where seq = " + altered);
        }

        Verdict broken = verify(dataDir);
        assertThat(broken.exitCode()).isEqualTo(1);
        assertThat(broken.output()).contains("BROKEN at entry " + altered).contains("altered");
    }

    @Test
    void refusesToCheckADirectoryWithNoPeelDatabaseAndCreatesNothing() throws Exception {
        Path empty = PeelProcess.newDataDirectory().resolve("never-started");

        Verdict verdict = verify(empty);

        assertThat(verdict.exitCode()).isEqualTo(2);
        assertThat(empty).doesNotExist();
    }

    private record Verdict(int exitCode, String output) {
    }

    private static Verdict verify(Path dataDir) {
        PrintStream originalOut = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true));
        try {
            int code = AuditVerifyCommand.run(new String[] {"audit", "verify", "--data-dir", dataDir.toString()});
            return new Verdict(code, captured.toString());
        } finally {
            System.setOut(originalOut);
        }
    }
}
