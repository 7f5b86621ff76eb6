/**
 * Benchmarks: the measured evidence the issues ask for, run from the command line ({@code ./peel bench ...}) on
 * data kept in the repository or generated, each figure side by side with its baseline in the same run. Accuracy
 * uses Peel's engines directly (no Spring, no server), so it measures the engine rather than the plumbing around
 * it; speed at scale ({@code search-latency}) runs the built jar as a server in its own process and measures the
 * API as users get it, audit logging and all.
 */
package uk.peel.bench;
