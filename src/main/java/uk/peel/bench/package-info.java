/**
 * Benchmarks: the measured evidence the issues ask for, run from the command line ({@code ./peel bench ...}) on
 * data kept in the repository, each figure side by side with its baseline in the same run. Uses Peel's engines
 * directly (no Spring, no server), so a figure measures the engine rather than the plumbing around it.
 */
package uk.peel.bench;
