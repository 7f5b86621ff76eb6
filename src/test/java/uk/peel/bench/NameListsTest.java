package uk.peel.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NameListsTest {

    @Test
    void readsQuotedValuesWithCommasInThem() {
        assertThat(NameLists.split(" faaiq,0.002,male,\"Middle-Eastern, Arabic\"")).containsExactly(" faaiq", "0.002", "male",
                "Middle-Eastern, Arabic");
        assertThat(NameLists.split("a,\"say \"\"hi\"\"\",")).containsExactly("a", "say \"hi\"", "");
    }

    @Test
    void keepsOnlyEntriesThatAreNames() {
        assertThat(NameLists.name(" Faaiq")).isEqualTo("faaiq");
        assertThat(NameLists.name("o'brien")).isEqualTo("o'brien");
        assertThat(NameLists.name("mary ann")).isEqualTo("mary ann");
        assertThat(NameLists.name("j.")).isNull();
        assertThat(NameLists.name("andr`e")).isNull();
        assertThat(NameLists.name("TRUE")).isNull();
        assertThat(NameLists.name("a")).isNull();
    }

    @Test
    void withoutTheSharedListsUsesWhatPeelShips(@TempDir Path empty) {
        NameLists names = NameLists.load(empty);

        assertThat(names.traditions()).containsExactly(NameLists.Tradition.BRITISH);
        assertThat(names.description()).contains("shipped");
        assertThat(names.nicknames("robert")).contains("bob");
        assertThat(names.surnameVariants("bailey")).isEmpty();
        assertThat(Addresses.town(names.postcode(0.0))).isNotBlank();
    }

    @Test
    void withTheSharedListsDrawsEachTraditionFromItsOwnNames(@TempDir Path shared) throws IOException {
        Path ons = Files.createDirectories(shared.resolve("ons-variants"));
        Files.writeString(ons.resolve("firstname_us.csv"), """
                firstname,freq,sex,race
                robert,0.5,male,White (not Hispanic)
                mary,0.5,female,White (not Hispanic)
                mohammed,0.9,male,"Middle-Eastern, Arabic"
                aisha,0.1,female,"Middle-Eastern, Arabic"
                """);
        Files.writeString(ons.resolve("lastname_uk.csv"), "surname,freq\nsmith,0.75\njones,0.25\n");
        Files.writeString(ons.resolve("lastname_us.csv"), "lastname,freq,race\nkhan,1,\"Middle-Eastern, Arabic\"\nsmith,1,White (not Hispanic)\n");
        Files.writeString(ons.resolve("lastname_uk_variant.csv"), "lastname1,lastname2,freq\nbailey,bayley,1\n");

        NameLists names = NameLists.load(shared);

        assertThat(names.traditions()).containsExactlyInAnyOrder(NameLists.Tradition.BRITISH, NameLists.Tradition.ARABIC_SOUTH_ASIAN);
        assertThat(names.surname(NameLists.Tradition.ARABIC_SOUTH_ASIAN, 0.5)).isEqualTo("khan");
        assertThat(names.forename(NameLists.Tradition.ARABIC_SOUTH_ASIAN, true, 0.5)).isEqualTo("mohammed");
        assertThat(names.forename(NameLists.Tradition.BRITISH, false, 0.5)).isEqualTo("mary");
        assertThat(names.surname(NameLists.Tradition.BRITISH, 0.7)).isEqualTo("smith");
        assertThat(names.surname(NameLists.Tradition.BRITISH, 0.8)).isEqualTo("jones");
        assertThat(names.surnameVariants("bailey")).containsExactly("bayley");
    }

    @Test
    void drawsInProportionToTheWeights() {
        WeightedNames names = new WeightedNames.Builder().add("a", 1).add("b", 3).add("zero", 0).build();

        assertThat(names.size()).isEqualTo(2);
        assertThat(names.draw(0.0)).isEqualTo("a");
        assertThat(names.draw(0.2499)).isEqualTo("a");
        assertThat(names.draw(0.25)).isEqualTo("b");
        assertThat(names.draw(0.9999)).isEqualTo("b");
        assertThat(names.share("b")).isCloseTo(0.75, within(1e-12));
    }
}
