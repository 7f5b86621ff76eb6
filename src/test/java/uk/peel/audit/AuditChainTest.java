package uk.peel.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class AuditChainTest {

    private static final Instant AT = Instant.parse("2026-11-24T10:15:30.123456Z");

    private static String hash(String username, String detail, List<String> ids, String previous) {
        return AuditChain.hash(1, AT, username, AuditAction.CONSULTATION, "person", ids, null, null, detail, "req-1", previous);
    }

    @Test
    void theSameEntryAlwaysHashesTheSame() {
        assertThat(hash("pc123", "viewed", List.of("a"), AuditChain.GENESIS))
                .isEqualTo(hash("pc123", "viewed", List.of("a"), AuditChain.GENESIS))
                .hasSize(64);
    }

    @Test
    void everyFieldAndThePreviousHashIsSealed() {
        String original = hash("pc123", "viewed", List.of("a"), AuditChain.GENESIS);

        assertThat(hash("pc124", "viewed", List.of("a"), AuditChain.GENESIS)).isNotEqualTo(original);
        assertThat(hash("pc123", "viewed!", List.of("a"), AuditChain.GENESIS)).isNotEqualTo(original);
        assertThat(hash("pc123", "viewed", List.of("b"), AuditChain.GENESIS)).isNotEqualTo(original);
        assertThat(hash("pc123", "viewed", List.of("a"), "1".repeat(64))).isNotEqualTo(original);
    }

    @Test
    void textCannotBeMovedAcrossAFieldBoundaryUnnoticed() {
        assertThat(hash("pc12", "3viewed", List.of("a"), AuditChain.GENESIS))
                .isNotEqualTo(hash("pc123", "viewed", List.of("a"), AuditChain.GENESIS));
        assertThat(hash("pc123", "viewed", List.of("a", "b"), AuditChain.GENESIS))
                .isNotEqualTo(hash("pc123", "viewed", List.of("a,b"), AuditChain.GENESIS));
        assertThat(hash("pc123", null, List.of("a"), AuditChain.GENESIS))
                .isNotEqualTo(hash("pc123", "", List.of("a"), AuditChain.GENESIS));
    }
}
