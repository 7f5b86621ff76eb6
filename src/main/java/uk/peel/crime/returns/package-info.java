/**
 * The Home Office monthly recorded-crime return: a record-level file of the crimes counted, reclassified and
 * cancelled in a month, and a summary of counts by Home Office offence code (decision 0013). Internal to the crime
 * module; produced by {@code ./peel export home-office} and by the returns page and API in {@code uk.peel.crime.web}.
 */
package uk.peel.crime.returns;
