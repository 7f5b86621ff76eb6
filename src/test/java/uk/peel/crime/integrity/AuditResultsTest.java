package uk.peel.crime.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import uk.peel.incident.IncidentId;

/** How judgements become the recording rate: what counts in the numerator and the denominator, and by group. */
class AuditResultsTest {

    private static final Function<String, String> CATEGORIES = Map.of("8N", "Violence against the person",
            "19C", "Sexual offences", "28E", "Theft offences")::get;
    private final UUID sample = UUID.randomUUID();
    private final List<Judgement> judged = new ArrayList<>();

    private void judge(Outcome outcome, String offence) {
        judged.add(new Judgement(sample, new IncidentId(UUID.randomUUID()), 1, 1, outcome, offence, null, "", Instant.EPOCH, "auditor"));
    }

    @Test
    void aCrimeNotRecordedLowersTheRate() {
        for (int i = 0; i < 9; i++) {
            judge(Outcome.RECORDED, "8N");
        }
        AuditResults before = IntegrityAudits.results(10, judged, CATEGORIES);

        judge(Outcome.NOT_RECORDED, "8N");
        AuditResults after = IntegrityAudits.results(10, judged, CATEGORIES);

        assertThat(before.overall().rate()).isEqualTo(1.0);
        assertThat(after.overall().rate()).isEqualTo(0.9);
        assertThat(after.overall().upper()).isLessThan(before.overall().upper());
        assertThat(after.of(OffenceGroup.VIOLENCE).rate()).isEqualTo(0.9);
    }

    @Test
    void lateRecordingCountsAsRecordedAndNotACrimeOrWithdrawnCountsNowhere() {
        judge(Outcome.RECORDED, "8N");
        judge(Outcome.RECORDED_LATE, "19C");
        judge(Outcome.NOT_RECORDED, "28E");
        judge(Outcome.NOT_A_CRIME, null);
        judge(Outcome.WITHDRAWN, null);

        AuditResults results = IntegrityAudits.results(5, judged, CATEGORIES);

        assertThat(results.overall().recorded()).isEqualTo(2);
        assertThat(results.overall().shouldHaveBeen()).isEqualTo(3);
        assertThat(results.of(OffenceGroup.VIOLENCE).shouldHaveBeen()).isEqualTo(1);
        assertThat(results.of(OffenceGroup.SEXUAL_OFFENCES).recorded()).isEqualTo(1);
        assertThat(results.of(OffenceGroup.OTHER).recorded()).isZero();
        assertThat(results.of(OffenceGroup.OTHER).shouldHaveBeen()).isEqualTo(1);
        assertThat(results.count(Outcome.NOT_A_CRIME)).isEqualTo(1);
        assertThat(results.reviewed()).isEqualTo(5);
    }
}
