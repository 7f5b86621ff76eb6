/**
 * Name matching: the Spring-free engine under person search. Turns names as people write them into comparable
 * tokens (case, diacritics, particles, hyphenated and multi-part surnames), knows which forenames are nicknames or
 * variants of each other, and reads free-text queries ("bob smyth 12/03/1985", "SMITH, Robert b.1985"). Has no
 * dependency on the rest of Peel, so it can be tested, benchmarked and reused on its own.
 */
package uk.peel.namematch;
