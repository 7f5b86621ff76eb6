package uk.peel.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class PostcodeFileTest {

    private static List<PostcodeRow> read(String csv) {
        List<PostcodeRow> rows = new ArrayList<>();
        new PostcodeFile(new StringReader(csv)).forEach(rows::add);
        return rows;
    }

    @Test
    void shouldReadTheShippedTraffordColumns() {
        PostcodeRow row = read("""
                postcode,ward_code,ward_name,msoa_code,msoa_hcl_name,lsoa_code,lsoa_name,locality,la_code,la_name,lon,lat
                M15 4AD,E05015253,Old Trafford,E02001259,Old Trafford,E01006112,Trafford 001D,North,E08000009,Trafford,-2.260757,53.464903
                """).getFirst();

        assertThat(row.errors()).isEmpty();
        assertThat(row.line()).isEqualTo(2);
        assertThat(row.location()).isEqualTo(new Location(Postcode.parse("M15 4AD"), Coordinates.of(53.464903, -2.260757),
                new Area("E05015253", "Old Trafford"), new Area("E01006112", "Trafford 001D"),
                new Area("E02001259", "Old Trafford"), "North", new Area("E08000009", "Trafford"), null));
    }

    @Test
    void shouldReadTheOnsPostcodeDirectoryColumnsPreferringTheLatestGeographies() {
        PostcodeRow row = read("""
                \uFEFFpcd,pcd2,pcds,dointr,doterm,oslaua,osward,lad24cd,lad25cd,wd24cd,wd25cd,lsoa11,msoa11,lat,long,lsoa21cd,msoa21cd
                M154AD ,M15  4AD,M15 4AD,198001,202003,E08000001,E05000001,E08000002,E08000009,E05000002,E05015253,E01000001,E02000001,53.464903,-2.260757,E01006112,E02001259
                """).getFirst();

        assertThat(row.errors()).isEmpty();
        Location location = row.location();
        assertThat(location.postcode().value()).isEqualTo("M15 4AD");
        assertThat(location.ward()).isEqualTo(new Area("E05015253", null));
        assertThat(location.localAuthority()).isEqualTo(new Area("E08000009", null));
        assertThat(location.lsoa()).isEqualTo(new Area("E01006112", null));
        assertThat(location.msoa()).isEqualTo(new Area("E02001259", null));
        assertThat(location.terminated()).isEqualTo(YearMonth.of(2020, 3));
        assertThat(location.isLive()).isFalse();
    }

    @Test
    void shouldReadOlderDirectoriesByTheirColumnNames() {
        PostcodeRow row = read("""
                pcd,oslaua,osward,lsoa11,msoa11,lat,long
                M15 4AD,E08000009,E05000829,E01006112,E02001259,53.464903,-2.260757
                """).getFirst();

        assertThat(row.location().ward().code()).isEqualTo("E05000829");
        assertThat(row.location().lsoa().code()).isEqualTo("E01006112");
    }

    @Test
    void shouldKeepAPostcodeTheDirectoryHasNoGridReferenceFor() {
        PostcodeRow row = read("pcds,lat,long\nJE2 3AB,99.999999,0.000000\n").getFirst();

        assertThat(row.errors()).isEmpty();
        assertThat(row.location().hasCoordinates()).isFalse();
    }

    @Test
    void shouldNameEveryProblemInARowByColumn() {
        List<PostcodeRow> rows = read("""
                pcds,lat,long,lsoa21cd,doterm
                M15 4AD,53.4649,-2.2607,E01006112,
                NOT A POSTCODE,north,-2.26,E01006112,
                M15 4AE,-2.2607,53.4649,E01006112,
                ,53.4649,-2.2607,E01 006112,2020-13
                M15 4AF,53.4649,,E01006112,
                M15 4AG,53.4649
                """);

        assertThat(rows).extracting(PostcodeRow::line).containsExactly(2L, 3L, 4L, 5L, 6L, 7L);
        assertThat(rows.get(0).isValid()).isTrue();
        assertThat(rows.get(1).errors()).containsExactly(
                "postcode: 'NOT A POSTCODE' is not a UK postcode: it is too long; a full postcode has 5 to 7 letters and digits, such as M15 4AB",
                "latitude: 'north' is not a number of degrees, such as 53.4656");
        assertThat(rows.get(2).errors()).singleElement().asString()
                .contains("outside the British Isles").contains("swapped");
        assertThat(rows.get(3).errors()).containsExactly("postcode: missing",
                "lsoa_code: 'E01 006112' is not an ONS area code, such as E05015247",
                "terminated: '2020-13' is not a month: use YYYYMM, as the directory does, or YYYY-MM");
        assertThat(rows.get(4).errors()).containsExactly("longitude: missing, though the latitude is given");
        assertThat(rows.get(5).errors()).containsExactly("the row has 2 cells but the header has 5 columns");
    }

    @Test
    void shouldRefuseAFileWithoutAPostcodeOrCoordinatesColumn() {
        assertThatThrownBy(() -> new PostcodeFile(new StringReader("name,lat,long\nx,1,2\n")))
                .isInstanceOf(GazetteerFileException.class).hasMessageContaining("no postcode column (one of pcds, postcode");
        assertThatThrownBy(() -> new PostcodeFile(new StringReader("pcds,lat\nM15 4AD,53\n")))
                .isInstanceOf(GazetteerFileException.class).hasMessageContaining("no longitude column");
    }

    @Test
    void shouldSayWhichFieldsTheFileHas() {
        assertThat(new PostcodeFile(new StringReader("pcds,lat,long,lsoa21cd\n")).columns()).containsExactlyInAnyOrder(
                PostcodeFile.Column.POSTCODE, PostcodeFile.Column.LATITUDE, PostcodeFile.Column.LONGITUDE,
                PostcodeFile.Column.LSOA_CODE);
    }
}
