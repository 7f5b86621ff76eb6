package uk.peel.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.peel.support.PeelIntegrationTest;

/** The gazetteer on the shipped Trafford postcodes, which the application loaded on start because it was empty. */
@PeelIntegrationTest
class GazetteerIT {

    @Autowired
    Gazetteer gazetteer;
    @Autowired
    JdbcClient jdbc;

    @Test
    void shouldHaveLoadedTheShippedTraffordPostcodesOnStart() {
        assertThat(gazetteer.size()).isGreaterThanOrEqualTo(11_264);
        assertThat(jdbc.sql("select count(*) from gazetteer_postcode where local_authority_code = 'E08000009'")
                .query(Long.class).single()).isEqualTo(11_264);
    }

    @Test
    void shouldLookUpAPostcodeHoweverItWasTyped() {
        Location location = gazetteer.lookup("m154ad").orElseThrow();

        assertThat(location.postcode().value()).isEqualTo("M15 4AD");
        assertThat(location.coordinates()).isEqualTo(Coordinates.of(53.464903, -2.260757));
        assertThat(location.ward()).isEqualTo(new Area("E05015253", "Old Trafford"));
        assertThat(location.lsoa()).isEqualTo(new Area("E01006112", "Trafford 001D"));
        assertThat(location.msoa()).isEqualTo(new Area("E02001259", "Old Trafford"));
        assertThat(location.locality()).isEqualTo("North");
        assertThat(location.localAuthority()).isEqualTo(new Area("E08000009", "Trafford"));
        assertThat(location.isLive()).isTrue();
    }

    @Test
    void shouldAnswerNothingForAWellFormedPostcodeItDoesNotHold() {
        assertThat(gazetteer.lookup("M15 9ZZ")).isEmpty();
        assertThatThrownBy(() -> gazetteer.lookup("M15")).isInstanceOf(MalformedPostcodeException.class);
    }

    @Test
    void shouldSuggestPostcodesStartingWithWhatWasTyped() {
        List<Location> sector = gazetteer.startingWith("m15 4", 10);

        assertThat(sector).hasSize(10).allSatisfy(l -> assertThat(l.postcode().value()).startsWith("M15 4"));
        assertThat(sector).extracting(Location::postcode).isSorted();
        assertThat(gazetteer.startingWith("M154", 10)).isEqualTo(sector);
        assertThat(gazetteer.startingWith("M15 4", 100)).hasSize(95);
    }

    @Test
    void shouldTakeATypedSpaceAsTheEndOfTheOutwardCode() {
        // Trafford has M31, M32 and M33 but no district M3.
        assertThat(gazetteer.startingWith("M3 ", 10)).isEmpty();
        assertThat(gazetteer.startingWith("M3", 10)).hasSize(10)
                .allSatisfy(l -> assertThat(l.postcode().outward()).isIn("M31", "M32", "M33"));
    }

    @Test
    void shouldFindTheNearestPostcodeToAPostcodesOwnCentroid() {
        NearbyLocation nearest = gazetteer.nearest(Coordinates.of(53.464903, -2.260757)).orElseThrow();

        assertThat(nearest.location().postcode().value()).isEqualTo("M15 4AD");
        assertThat(nearest.distance().metres()).isZero();
    }

    /**
     * Against brute force over every postcode held, at random points across Trafford and up to 10 km beyond its
     * edge, where the nearest postcode lies far outside the first search box and towards its corners.
     */
    @Test
    void shouldFindTheSameNearestPostcodesAsComparingWithEveryOne() {
        List<Location> all = jdbc.sql("select postcode, latitude, longitude from gazetteer_postcode where latitude is not null")
                .query((rs, n) -> new Location(new Postcode(rs.getString(1)),
                        Coordinates.of(rs.getDouble(2), rs.getDouble(3)), null, null, null, null, null, null)).list();
        Random random = new Random(20261124);
        for (int i = 0; i < 150; i++) {
            Coordinates point = Coordinates.of(random.nextDouble(53.28, 53.56), random.nextDouble(-2.60, -2.10));
            List<NearbyLocation> expected = all.stream()
                    .map(l -> new NearbyLocation(l, point.distanceTo(l.coordinates()))).sorted().limit(3).toList();

            List<NearbyLocation> found = gazetteer.nearest(point, 3);

            assertThat(found).extracting(n -> n.location().postcode())
                    .as("nearest to %s", point).isEqualTo(expected.stream().map(n -> n.location().postcode()).toList());
            assertThat(found).extracting(NearbyLocation::distance).isSortedAccordingTo(Comparator.naturalOrder());
        }
    }

    @Test
    void shouldFindNothingFarOutAtSea() {
        assertThat(gazetteer.nearest(Coordinates.of(45.0, -20.0))).isEmpty();
    }
}
