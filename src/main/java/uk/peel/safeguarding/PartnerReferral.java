package uk.peel.safeguarding;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A notice referred to a partner agency, with what was shared and why.
 *
 * @param automatic made by a rule (a high-risk DASH to MARAC), not chosen by an officer
 */
public record PartnerReferral(UUID id, PpnId ppnId, PartnerAgency agency, List<SharedInformation> shared, String reason,
                              boolean automatic, Instant referredAt, String referredBy) {

    public PartnerReferral {
        shared = List.copyOf(shared);
    }
}
