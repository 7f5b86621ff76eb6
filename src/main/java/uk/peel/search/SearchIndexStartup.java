package uk.peel.search;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On start, checks that the index agrees with the records and rebuilds it in the background if not (a new
 * installation, a lost or copied index directory, a restore of the database from backup, an upgrade that indexes
 * people differently: {@link uk.peel.namematch.NameIndex#LAYOUT}). The rebuild is built
 * beside the index in use, which searches keep using until the new one is complete.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "peel.search.check-on-start", havingValue = "true", matchIfMissing = true)
class SearchIndexStartup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexStartup.class);

    private final SearchIndex index;

    SearchIndexStartup(SearchIndex index) {
        this.index = index;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!index.agreesWithRecords()) {
            log.warn("The person search index does not agree with the records; rebuilding it in the background");
            Thread.ofVirtual().name("search-index-rebuild").start(index::rebuild);
        }
    }
}
