package uk.peel.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import uk.peel.support.PeelIntegrationTest;

/**
 * Importing postcode files: rejected rows named, good rows kept, a re-run changing nothing. The postcodes are in
 * area ZE (Shetland) with made-up districts, so they meet no other test's Trafford postcodes.
 */
@PeelIntegrationTest
class GazetteerImportIT {

    @Autowired
    GazetteerImport importer;
    @Autowired
    Gazetteer gazetteer;

    private GazetteerImport.Totals importing(String csv, List<GazetteerImport.Rejected> rejected) {
        return importer.importFile(new StringReader(csv), rejected::add);
    }

    @Test
    void shouldNameRejectedRowsKeepTheGoodOnesAndChangeNothingWhenRunAgain() {
        String file = """
                pcds,lat,long,wd25cd,lad25cd,lsoa21cd,msoa21cd,doterm
                ZE91 1AA,60.15,-1.15,S13002781,S12000027,S01012345,S02002345,
                ZE91 1AB,sixty,-1.15,S13002781,S12000027,S01012345,S02002345,
                ZE91 1AD,60.16,-1.16,S13002781,S12000027,S01012346,S02002345,201911
                ZE91 AEX,60.17,-1.17,S13002781,S12000027,S01012346,S02002345,
                ZE91 1AF,-1.17,60.17,S13002781,S12000027,S01012346,S02002345,
                """;
        List<GazetteerImport.Rejected> rejected = new ArrayList<>();

        GazetteerImport.Totals first = importing(file, rejected);

        assertThat(first).isEqualTo(new GazetteerImport.Totals(2, 0, 0, 3, null));
        assertThat(rejected).extracting(GazetteerImport.Rejected::line).containsExactly(3L, 5L, 6L);
        assertThat(rejected.get(0).errors()).containsExactly("latitude: 'sixty' is not a number of degrees, such as 53.4656");
        assertThat(rejected.get(1).toString()).startsWith("line 5: postcode: 'ZE91 AEX' is not a UK postcode");
        assertThat(rejected.get(2).errors()).singleElement().asString().contains("swapped");
        Location kept = gazetteer.lookup("ZE91 1AD").orElseThrow();
        assertThat(kept.lsoa()).isEqualTo(new Area("S01012346", null));
        assertThat(kept.terminated()).hasToString("2019-11");

        List<GazetteerImport.Rejected> again = new ArrayList<>();
        assertThat(importing(file, again)).isEqualTo(new GazetteerImport.Totals(0, 0, 2, 3, null));
        assertThat(again).extracting(GazetteerImport.Rejected::line).containsExactly(3L, 5L, 6L);
    }

    @Test
    void shouldUpdateWhatMovedAndKeepNamesOnlyWhileTheirCodeIsUnchanged() {
        importing("""
                postcode,ward_code,ward_name,lsoa_code,lsoa_name,locality,lat,lon
                ZE92 1AA,S13000001,Lerwick North,S01000001,Lerwick 01,North Isles,60.20,-1.20
                ZE92 1AB,S13000001,Lerwick North,S01000001,Lerwick 01,North Isles,60.21,-1.21
                """, new ArrayList<>());

        // A national directory: codes but no names, no locality; one postcode moved to another LSOA.
        GazetteerImport.Totals totals = importing("""
                pcds,lat,long,osward,lsoa21cd
                ZE92 1AA,60.20,-1.20,S13000001,S01000001
                ZE92 1AB,60.21,-1.21,S13000001,S01000002
                """, new ArrayList<>());

        assertThat(totals).isEqualTo(new GazetteerImport.Totals(0, 1, 1, 0, null));
        Location same = gazetteer.lookup("ZE92 1AA").orElseThrow();
        assertThat(same.ward()).isEqualTo(new Area("S13000001", "Lerwick North"));
        assertThat(same.lsoa()).isEqualTo(new Area("S01000001", "Lerwick 01"));
        assertThat(same.locality()).isEqualTo("North Isles");
        Location moved = gazetteer.lookup("ZE92 1AB").orElseThrow();
        assertThat(moved.lsoa()).as("an old name never goes with a new code").isEqualTo(new Area("S01000002", null));
        assertThat(moved.ward()).isEqualTo(new Area("S13000001", "Lerwick North"));
    }

    @Test
    void shouldTakeTheLaterRowWhenAFileHasAPostcodeTwice() {
        GazetteerImport.Totals totals = importing("""
                pcds,lat,long,lsoa21cd
                ZE93 1AA,60.30,-1.30,S01000001
                ze931aa,60.31,-1.31,S01000003
                """, new ArrayList<>());

        assertThat(totals.rejected()).isZero();
        assertThat(totals.accepted()).isEqualTo(2);
        assertThat(gazetteer.lookup("ZE93 1AA").orElseThrow().lsoa().code()).isEqualTo("S01000003");
    }

    @Test
    void shouldReportAFileItCannotReadAndStoreNothing() {
        GazetteerImport.Totals totals = importing("code,lat,long\nZE94 1AA,60.4,-1.4\n", new ArrayList<>());

        assertThat(totals.problem()).contains("no postcode column");
        assertThat(totals.accepted()).isZero();
        assertThat(gazetteer.lookup("ZE94 1AA")).isEmpty();
    }

    @Test
    void shouldKeepAPostcodeWithoutAGridReferenceOutOfNearestSearches() {
        importing("pcds,lat,long,lsoa21cd\nZE95 1AA,99.999999,0.000000,S01000009\n", new ArrayList<>());

        Location location = gazetteer.lookup("ZE95 1AA").orElseThrow();
        assertThat(location.hasCoordinates()).isFalse();
        assertThat(location.lsoa().code()).isEqualTo("S01000009");
    }
}
