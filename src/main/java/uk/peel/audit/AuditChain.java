package uk.peel.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/**
 * How an entry's hash is computed: SHA-256 over every field and the previous entry's hash. Each field is written
 * with its length first, so no choice of text in one field can imitate another field boundary, and a missing
 * value is distinct from an empty one.
 */
final class AuditChain {

    /** The "previous hash" of the very first entry. */
    static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    static String hash(long seq, Instant occurredAt, String username, AuditAction action, String recordType,
                       List<String> recordIds, String justification, String recipient, String detail,
                       String requestId, String previousHash) {
        StringBuilder canonical = new StringBuilder(256);
        field(canonical, Long.toString(seq));
        field(canonical, occurredAt.toString());
        field(canonical, username);
        field(canonical, action.name());
        field(canonical, recordType);
        field(canonical, Integer.toString(recordIds.size()));
        recordIds.forEach(id -> field(canonical, id));
        field(canonical, justification);
        field(canonical, recipient);
        field(canonical, detail);
        field(canonical, requestId);
        field(canonical, previousHash);
        return sha256(canonical.toString());
    }

    static String hash(AuditEntry e) {
        return hash(e.seq(), e.occurredAt(), e.username(), e.action(), e.recordType(), e.recordIds(),
                e.justification(), e.recipient(), e.detail(), e.requestId(), e.previousHash());
    }

    private static void field(StringBuilder out, String value) {
        if (value == null) {
            out.append("-;");
        } else {
            out.append(value.length()).append(':').append(value).append(';');
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime must provide SHA-256", e);
        }
    }
}
