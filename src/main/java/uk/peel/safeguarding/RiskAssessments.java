package uk.peel.safeguarding;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.peel.audit.AuditAction;
import uk.peel.audit.AuditLog;
import uk.peel.person.PersonId;
import uk.peel.platform.ConflictException;
import uk.peel.platform.access.CurrentUser;

/**
 * The DASH risk assessment of a domestic-abuse notice. Completing it grades the risk, routes the notice to its
 * specialist team at that grade (the triage clock now runs to it), flags repeat victims and perpetrators from the
 * records, and, at high risk or on potential escalation, refers the notice to MARAC in the same transaction: a
 * high-risk victim can never be left without the referral.
 */
@Service
public class RiskAssessments {

    /** What the officer submits: the victim's answers by question number, and any professional judgement. */
    public record DashSubmission(Map<Integer, DashAnswer> answers, Risk judgement, String judgementReason) {
        public DashSubmission {
            answers = answers == null ? Map.of() : new HashMap<>(answers);
        }
    }

    static final List<SharedInformation> MARAC_SHARES = List.of(SharedInformation.IDENTITIES, SharedInformation.CIRCUMSTANCES,
            SharedInformation.RISK_ASSESSMENT, SharedInformation.HISTORY);

    private final Ppns ppns;
    private final PpnStore store;
    private final Referrals referrals;
    private final AuditLog audit;

    RiskAssessments(Ppns ppns, PpnStore store, Referrals referrals, AuditLog audit) {
        this.ppns = ppns;
        this.store = store;
        this.referrals = referrals;
        this.audit = audit;
    }

    @Transactional
    public Ppn complete(PpnId id, DashSubmission submission) {
        Ppn ppn = ppns.lock(id);
        SafeguardingPolicy policy = ppns.policy();
        SafeguardingPolicy.PpnType type = policy.type(ppn.type())
                .orElseThrow(() -> new ConflictException(ppn.reference() + " has type " + ppn.type() + ", which the force no longer uses"));
        DashGrading.Result result = DashGrading.grade(submission.answers(), submission.judgement(), submission.judgementReason(), policy.dash());
        Instant now = ppns.now();
        RepeatFlags repeat = repeatFlags(ppn);
        boolean escalation = repeat.victimNotices() >= policy.dash().escalationNotices();
        List<String> reasons = new ArrayList<>(result.reasons());
        reasons.addAll(repeat.reasons());
        if (escalation) {
            reasons.add("potential escalation: " + repeat.victimNotices() + " domestic-abuse notices about the victim within "
                    + policy.repeatWindow().toDays() + " days (MARAC at " + policy.dash().escalationNotices() + ")");
        }
        DashAssessment assessment = new DashAssessment(submission.answers(), submission.judgement(),
                submission.judgementReason() == null || submission.judgementReason().isBlank() ? null : submission.judgementReason().strip(),
                result.grade(), result.yesCount(), result.declinedCount(), reasons, repeat.repeatVictim(),
                repeat.repeatPerpetrator(), escalation, now, CurrentUser.username());
        Ppn next = ppn.assess(assessment, type, ppns.calendar());
        store.update(next);
        String by = CurrentUser.username();
        store.appendLog(id, now, by, "DASH completed: " + result.grade().label().toLowerCase(Locale.UK) + " risk ("
                + String.join("; ", reasons) + ")" + (next.clockAt(now).assessmentBreached() ? ". Completed after its service level." : "."));
        store.appendLog(id, now, by, "Referred to " + policy.teamName(next.team()) + " (specialist team) at "
                + result.grade().label().toLowerCase(Locale.UK) + " risk; triage due by " + Ppns.display(next.triageDueAt()));
        ppns.acknowledgeInTransaction(id, PpnAlert.Kind.ASSESSMENT_OVERDUE, now, "risk assessment completed");
        audit.record(AuditAction.ALTERATION, Ppns.RECORD_TYPE, Ppns.ids(next), "DASH risk assessment on " + ppn.reference());
        if (assessment.refersToMarac()) {
            referrals.referAutomatically(next, PartnerAgency.MARAC, MARAC_SHARES, result.grade() == Risk.HIGH
                    ? "High-risk DASH (" + result.yesCount() + " of " + DashChecklist.SIZE + " factors"
                    + (submission.judgement() == Risk.HIGH ? ", professional judgement" : "") + "): referred to MARAC automatically"
                    : "Potential escalation (" + repeat.victimNotices() + " notices in " + policy.repeatWindow().toDays()
                    + " days): referred to MARAC automatically", now);
        }
        return next;
    }

    /** Whether the victims and perpetrators on the notice were on earlier domestic-abuse notices in the window. */
    @Transactional(readOnly = true)
    public RepeatFlags repeatFlags(Ppn ppn) {
        SafeguardingPolicy policy = ppns.policy();
        List<String> types = policy.types().stream().filter(SafeguardingPolicy.PpnType::dash).map(SafeguardingPolicy.PpnType::code).toList();
        Instant since = ppn.raisedAt().minus(policy.repeatWindow());
        List<String> reasons = new ArrayList<>();
        int victim = 0;
        int perpetrator = 0;
        if (!types.isEmpty()) {
            for (PpnPerson person : ppn.people()) {
                PersonId record = person.personId();
                if (record == null || (person.role() != PersonRole.VICTIM && person.role() != PersonRole.PERPETRATOR)) {
                    continue;
                }
                int earlier = store.earlierNotices(record, person.role(), types, ppn.id(), since, ppn.raisedAt());
                if (earlier > 0) {
                    reasons.add((person.role() == PersonRole.VICTIM ? "repeat victim: " : "repeat perpetrator: ") + person.name()
                            + " was on " + earlier + (earlier == 1 ? " earlier notice" : " earlier notices") + " in "
                            + policy.repeatWindow().toDays() + " days");
                }
                if (person.role() == PersonRole.VICTIM) {
                    victim = Math.max(victim, earlier);
                } else {
                    perpetrator = Math.max(perpetrator, earlier);
                }
            }
        }
        if (ppn.flaggedRepeatVictim() && victim == 0) {
            reasons.add("repeat victim: flagged by the call handler");
        }
        return new RepeatFlags(victim > 0 || ppn.flaggedRepeatVictim(), victim + 1, perpetrator > 0, perpetrator + 1, reasons);
    }
}
