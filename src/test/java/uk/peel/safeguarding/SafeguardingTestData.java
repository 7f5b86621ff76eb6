package uk.peel.safeguarding;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import uk.peel.incident.CallReport;
import uk.peel.incident.Caller;
import uk.peel.incident.Incident;
import uk.peel.incident.IncidentLocation;
import uk.peel.incident.Incidents;
import uk.peel.incident.SafeguardingFlag;
import uk.peel.person.PersonId;
import uk.peel.platform.access.CurrentUser;

/** Small builders for safeguarding tests. */
final class SafeguardingTestData {

    private SafeguardingTestData() {
    }

    static Incident domesticCall(Incidents incidents, String grade, SafeguardingFlag... flags) {
        return CurrentUser.actingAs("sg-test-handler", () -> incidents.open(new CallReport(null,
                new Caller("Jane Doe", "07700 900123", "victim"), new IncidentLocation("M32 0JG", "12 Acacia Avenue", null, null),
                "PS_DOMESTIC", grade, null, Set.of(flags), "Caller says her partner is shouting and has hit her", null)));
    }

    static NewPpn domesticAbuse(PersonId victim, PersonId perpetrator) {
        return new NewPpn("DOMESTIC_ABUSE", List.of(new PpnPerson(victim, "Jane Doe", PersonRole.VICTIM),
                new PpnPerson(perpetrator, "John Doe", PersonRole.PERPETRATOR)), "Argument at home; victim injured", Risk.MEDIUM, null);
    }

    /** Every question answered: the first {@code yes} with yes, the rest no. */
    static Map<Integer, DashAnswer> answers(int yes) {
        Map<Integer, DashAnswer> answers = new HashMap<>();
        for (int q = 1; q <= DashChecklist.SIZE; q++) {
            answers.put(q, q <= yes ? DashAnswer.YES : DashAnswer.NO);
        }
        return answers;
    }
}
