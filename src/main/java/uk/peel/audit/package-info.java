/**
 * Audit: the Data Protection Act 2018 s.62 log of every collection, alteration, consultation, disclosure,
 * combination and erasure of personal data — append-only, hash-chained and verifiable offline — and the
 * auditor's questions over it ("who looked at this person", "what did this user look at").
 */
package uk.peel.audit;
