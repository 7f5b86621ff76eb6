package uk.peel.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import uk.peel.support.PeelProcess;

/** `./peel start` on a fresh data directory: demo people and accounts once, and how to sign in printed. */
class DemoDataIT {

    @Test
    void firstStartLoadsDemoPeopleAndAccountsOnceAndSaysHowToSignIn() throws Exception {
        Path dataDir = PeelProcess.newDataDirectory();
        int port = PeelProcess.freePort();

        try (PeelProcess first = PeelProcess.start(dataDir, port, true)) {
            assertThat(first.get("/api/v1/persons?size=1").body()).contains("\"total\":" + DemoData.PEOPLE);
            assertThat(first.get("/api/v1/persons?size=1", "investigator", DemoUsers.PASSWORD).statusCode()).isEqualTo(200);
            assertThat(first.output()).contains("Peel is running at http://localhost:" + port)
                    .contains("investigator").contains(DemoUsers.PASSWORD);
            // Some demo people were recorded twice, so the sergeant's duplicates list has work in it.
            String duplicates = "[]";
            for (int i = 0; i < 100 && duplicates.equals("[]"); i++) {
                Thread.sleep(200);
                duplicates = first.get("/api/v1/persons/duplicates", "sergeant", DemoUsers.PASSWORD).body();
            }
            assertThat(duplicates).contains("\"evidence\"");
        }
        try (PeelProcess second = PeelProcess.start(dataDir, port, true)) {
            assertThat(second.get("/api/v1/persons?size=1").body()).contains("\"total\":" + DemoData.PEOPLE);
        }
    }
}
