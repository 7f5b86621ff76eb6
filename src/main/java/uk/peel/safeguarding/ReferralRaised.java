package uk.peel.safeguarding;

import java.time.Instant;

/** A notice was referred to a partner agency (the disclosure is already in the audit log, in the same transaction). */
public record ReferralRaised(PpnId ppnId, String reference, PartnerAgency agency, boolean automatic, Instant at) {
}
