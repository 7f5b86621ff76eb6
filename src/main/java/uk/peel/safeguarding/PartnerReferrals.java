package uk.peel.safeguarding;

import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores referrals; an automatic referral is made at most once per notice and agency. */
@Repository
class PartnerReferrals {

    private final JdbcClient jdbc;

    PartnerReferrals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean insert(PartnerReferral referral) {
        return jdbc.sql("""
                        insert into partner_referral (id, ppn_id, agency, shared, reason, automatic, referred_at, referred_by)
                        values (:id, :ppn, :agency, :shared::text[], :reason, :automatic, :at, :by)
                        on conflict (ppn_id, agency) where automatic do nothing""")
                .param("id", referral.id()).param("ppn", referral.ppnId().value()).param("agency", referral.agency().name())
                // Enum names need no quoting in an array literal.
                .param("shared", "{" + String.join(",", referral.shared().stream().map(Enum::name).toList()) + "}")
                .param("reason", referral.reason()).param("automatic", referral.automatic())
                .param("at", Timestamp.from(referral.referredAt())).param("by", referral.referredBy()).update() == 1;
    }

    List<PartnerReferral> of(PpnId ppn) {
        return jdbc.sql("select * from partner_referral where ppn_id = :ppn order by referred_at, agency")
                .param("ppn", ppn.value())
                .query((rs, row) -> new PartnerReferral(rs.getObject("id", UUID.class), ppn,
                        PartnerAgency.valueOf(rs.getString("agency")),
                        Arrays.stream((String[]) rs.getArray("shared").getArray()).map(SharedInformation::valueOf).toList(),
                        rs.getString("reason"), rs.getBoolean("automatic"),
                        PpnStore.instant(rs, "referred_at"), rs.getString("referred_by")))
                .list();
    }
}
