package uk.peel.safeguarding;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.peel.audit.AuditLog;
import uk.peel.platform.ConflictException;
import uk.peel.platform.FieldProblem;
import uk.peel.platform.InvalidInputException;
import uk.peel.platform.access.CurrentUser;

/**
 * Referrals of notices to partner agencies. A referral gives a partner personal data, so each one is written to the
 * s.62 log as a disclosure naming the partner as recipient, with what was shared and why, in the same transaction
 * as the referral: no referral without its disclosure entry, and no entry for a referral that did not happen.
 */
@Service
public class Referrals {

    private final Ppns ppns;
    private final PartnerReferrals store;
    private final PpnStore notices;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    Referrals(Ppns ppns, PartnerReferrals store, PpnStore notices, AuditLog audit, ApplicationEventPublisher events) {
        this.ppns = ppns;
        this.store = store;
        this.notices = notices;
        this.audit = audit;
        this.events = events;
    }

    /** What an officer decides to share with which partner, and why. */
    public record ReferralRequest(PartnerAgency agency, List<SharedInformation> shared, String reason) {
    }

    @Transactional
    public PartnerReferral refer(PpnId id, ReferralRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        if (request.agency() == null) {
            problems.add(new FieldProblem("agency", "Choose the partner agency"));
        }
        if (request.shared() == null || request.shared().isEmpty()) {
            problems.add(new FieldProblem("shared", "Choose what may be shared"));
        }
        if (request.reason() == null || request.reason().isBlank()) {
            problems.add(new FieldProblem("reason", "Say why the partner needs this information"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Ppn ppn = ppns.lock(id);
        if (ppn.isClosed()) {
            throw new ConflictException(ppn.reference() + " is closed: a further referral needs a new notice");
        }
        Instant now = ppns.now();
        PartnerReferral referral = new PartnerReferral(UUID.randomUUID(), id, request.agency(),
                request.shared().stream().distinct().toList(), request.reason().strip(), false, now, CurrentUser.username());
        store.insert(referral);
        notices.update(ppn.touched(now));
        disclosed(ppn, referral);
        return referral;
    }

    /** A referral a rule makes (a high-risk DASH to MARAC): once per notice and agency, however often it is asked. */
    void referAutomatically(Ppn ppn, PartnerAgency agency, List<SharedInformation> shared, String reason, Instant now) {
        PartnerReferral referral = new PartnerReferral(UUID.randomUUID(), ppn.id(), agency, shared, reason, true, now,
                CurrentUser.username());
        if (store.insert(referral)) {
            disclosed(ppn, referral);
        }
    }

    private void disclosed(Ppn ppn, PartnerReferral referral) {
        String shared = String.join(", ", referral.shared().stream().map(s -> s.label().toLowerCase(java.util.Locale.UK)).toList());
        notices.appendLog(ppn.id(), referral.referredAt(), referral.referredBy(), "Referred to " + referral.agency().label()
                + (referral.automatic() ? " automatically" : "") + ". Shared: " + shared + ". Why: " + referral.reason());
        audit.record(AuditLog.Access.disclosure(Ppns.RECORD_TYPE, Ppns.ids(ppn), referral.agency().label(),
                "referral of " + ppn.reference() + "; shared: " + shared + "; why: " + referral.reason()));
        events.publishEvent(new ReferralRaised(ppn.id(), ppn.reference(), referral.agency(), referral.automatic(), referral.referredAt()));
    }

    @Transactional(readOnly = true)
    public List<PartnerReferral> of(PpnId id) {
        return store.of(id);
    }
}
