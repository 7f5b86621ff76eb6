/**
 * Search: finds people however their names are spelt. Keeps an in-process Lucene index derived from the person
 * records (fed by their events, rebuildable at any time) and answers searches with scored, explained results.
 */
package uk.peel.search;
