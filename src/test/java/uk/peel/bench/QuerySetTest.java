package uk.peel.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.peel.namematch.NameVariants;

class QuerySetTest {

    private static FebrlRecord record(String id, String given, String surname) {
        return new FebrlRecord(id, given, surname, Optional.empty());
    }

    private final List<FebrlRecord> originals = List.of(record("rec-1-org", "robert", "bailey"),
            record("rec-2-org", "xanthe", "quorn"), record("rec-3-org", "ann", "smith"));
    private final List<FebrlRecord> duplicates = List.of(record("rec-2-dup-0", "xanthe", "qorn"),
            record("rec-9-dup-0", "nobody", "atall"), record("rec-1-dup-0", "rboert", "bailey"));

    @Test
    void pairsEachDuplicateWithItsOriginalInFileOrderUpToTheLimit() {
        QuerySet all = QuerySet.febrl(originals, duplicates, Integer.MAX_VALUE);

        assertThat(all.probes()).extracting(probe -> probe.query().id() + ">" + probe.truth().id())
                .containsExactly("rec-2-dup-0>rec-2-org", "rec-1-dup-0>rec-1-org");
        assertThat(QuerySet.febrl(originals, duplicates, 1).people()).containsExactly("rec-2");
    }

    @Test
    void asksWithANicknameOfTheTrueGivenNameKeepingTheRestOfTheDuplicate() {
        QuerySet nicknames = QuerySet.nicknames(QuerySet.febrl(originals, duplicates, 10), NameVariants.standard());

        assertThat(nicknames.people()).containsExactly("rec-1");
        FebrlRecord query = nicknames.probes().getFirst().query();
        assertThat(NameVariants.standard().relation(query.givenName(), "robert")).isEqualTo(NameVariants.Relation.NICKNAME_OF);
        assertThat(query.surname()).isEqualTo("bailey");
    }

    @Test
    void asksWithASurnameVariantFromTheList(@TempDir Path dir) throws IOException {
        Path list = Files.writeString(dir.resolve("variants.csv"), "lastname1,lastname2,freq\nbailey,bayley,1\n");

        QuerySet variants = QuerySet.surnameVariants(QuerySet.febrl(originals, duplicates, 10), list);

        assertThat(variants.probes()).extracting(probe -> probe.query().givenName() + " " + probe.query().surname())
                .containsExactly("rboert bayley");
    }
}
