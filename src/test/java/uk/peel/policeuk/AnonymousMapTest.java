package uk.peel.policeuk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.peel.gazetteer.Area;
import uk.peel.gazetteer.Coordinates;
import uk.peel.gazetteer.Location;
import uk.peel.gazetteer.Postcode;

/** The anonymous points: never one postcode's own position, always in the LSOA they publish, nearest wins. */
class AnonymousMapTest {

    private static final Area WARD = new Area("E05000001", "Old Trafford");

    private static Location postcode(String postcode, String lsoa, double latitude, double longitude) {
        return new Location(Postcode.parse(postcode), Coordinates.of(latitude, longitude), WARD, new Area(lsoa, "Trafford " + lsoa),
                null, "North", new Area("E08000009", "Trafford"), null);
    }

    private static List<Location> sector(String outward, String lsoa, int count, double latitude, double longitude) {
        List<Location> postcodes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            postcodes.add(postcode(outward + "A" + (char) ('A' + i), lsoa, latitude + i * 0.0001, longitude));
        }
        return postcodes;
    }

    @Test
    void aSectorLargeEnoughIsAPointAtItsCentroidAndCrimesSnapToTheNearestPoint() {
        List<Location> postcodes = new ArrayList<>(sector("M16 0", "E01000001", 5, 53.4600, -2.2900));
        postcodes.addAll(sector("M16 7", "E01000002", 5, 53.4700, -2.2700));
        AnonymousMap map = AnonymousMap.of(postcodes, 5);

        assertThat(map.size()).isEqualTo(2);
        AnonymousMap.Point near = map.snap(Coordinates.of(53.4601, -2.2899)).orElseThrow();
        assertThat(near.lsoaCode()).isEqualTo("E01000001");
        assertThat(near.latitude()).isEqualTo(53.4602);
        assertThat(near.location()).isEqualTo("On or near Old Trafford");
        assertThat(map.snap(Coordinates.of(53.4699, -2.2701)).orElseThrow().lsoaCode()).isEqualTo("E01000002");
    }

    @Test
    void smallSectorsFoldIntoOnePointForTheirLsoaAndAnLsoaTooSmallHasNone() {
        List<Location> postcodes = new ArrayList<>(sector("M16 0", "E01000001", 3, 53.4600, -2.2900));
        postcodes.addAll(sector("M16 9", "E01000001", 3, 53.4610, -2.2910));
        Location alone = postcode("M32 0AA", "E01000003", 53.4500, -2.3000);
        postcodes.add(alone);
        AnonymousMap map = AnonymousMap.of(postcodes, 5);

        assertThat(map.points()).extracting(AnonymousMap.Point::lsoaCode).containsExactly("E01000001");
        assertThat(map.points().getFirst().postcodes()).as("both small sectors, together").isEqualTo(6);
        AnonymousMap.Point snapped = map.snap(alone.coordinates()).orElseThrow();
        assertThat(snapped.lsoaCode()).as("a crime at the lone postcode is published at the nearest point that stands for many")
                .isEqualTo("E01000001");
        assertThat(snapped.coordinates()).isNotEqualTo(alone.coordinates());
    }

    @Test
    void aPlaceFarFromEveryPointIsNotSnapped() {
        AnonymousMap map = AnonymousMap.of(sector("M16 0", "E01000001", 5, 53.4600, -2.2900), 5);
        assertThat(map.snap(Coordinates.of(51.5007, -0.1246))).as("Westminster is not in Trafford").isEmpty();
    }
}
