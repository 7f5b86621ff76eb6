package uk.peel.bench;

import java.util.List;

/** One way of finding people, set up over the indexed records and then asked the same queries as the others. */
interface SearchMethod extends AutoCloseable {

    /** Short name used as the key prefix in the summary line: "peel", "soundex", "pg". */
    String key();

    /** What the method is, in a few words, for the report. */
    String description();

    /** The ids of the best {@code limit} records for the query, best first. */
    List<String> search(FebrlRecord query, int limit);

    @Override
    void close();
}
