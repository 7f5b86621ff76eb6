package uk.peel.audit;

import java.time.Instant;
import java.util.List;

/**
 * One line of the s.62 log as stored. {@code hash} seals every other field together with the previous entry's
 * hash, so changing any entry, or removing one, breaks the chain from that point on.
 */
public record AuditEntry(long seq, Instant occurredAt, String username, AuditAction action, String recordType,
                         List<String> recordIds, String justification, String recipient, String detail,
                         String requestId, String previousHash, String hash) {
}
