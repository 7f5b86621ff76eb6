/**
 * Name matching: the Spring-free engine under person search. Turns names as people write them into comparable
 * tokens (case, diacritics, particles, hyphenated and multi-part surnames), knows which forenames are nicknames or
 * variants of each other, reads free-text queries ("bob smyth 12/03/1985", "SMITH, Robert b.1985") or names stated
 * field by field, scores people with weights estimated from labelled data, filters by gender, postcode and birth
 * year, and finds each record's probable duplicates ({@code NameIndex.similarTo}). Has no
 * dependency on the rest of Peel, so it can be tested, benchmarked and reused on its own.
 */
package uk.peel.namematch;
