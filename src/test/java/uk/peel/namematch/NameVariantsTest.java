package uk.peel.namematch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.peel.namematch.NameVariants.Relation;

class NameVariantsTest {

    private static final NameVariants VARIANTS = NameVariants.standard();

    @ParameterizedTest
    @CsvSource({"Bob, Robert", "Peggy, Margaret", "Bobby, Robert", "Bill, William", "Liz, Elizabeth", "Jim, James"})
    void knowsNicknamesBothWays(String nickname, String name) {
        assertThat(VARIANTS.relation(nickname, name)).isEqualTo(Relation.NICKNAME_OF);
        assertThat(VARIANTS.relation(name, nickname)).isEqualTo(Relation.HAS_NICKNAME);
    }

    @Test
    void knowsSpellingAndAbbreviatedVariants() {
        assertThat(VARIANTS.relation("Robt", "Robert")).isNotNull();
        assertThat(VARIANTS.of("jon")).containsKey("john");
    }

    @Test
    void doesNotRelateUnrelatedNames() {
        assertThat(VARIANTS.relation("Robert", "Margaret")).isNull();
        assertThat(VARIANTS.relation("Zebedee", "Robert")).isNull();
        assertThat(VARIANTS.of("Xqzt")).isEmpty();
    }

    @Test
    void loadsTheShippedLists() {
        assertThat(VARIANTS.size()).isGreaterThan(3_000);
    }
}
