package uk.peel.audit;

import uk.peel.support.OnExternalPostgres;

/** The audit suite (append-only guard, hash chain, tamper detection) again, on PostgreSQL 15. */
@OnExternalPostgres
class AuditLogOnExternalPostgresIT extends AuditLogIT {
}
