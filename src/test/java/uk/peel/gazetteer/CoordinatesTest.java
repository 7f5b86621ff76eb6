package uk.peel.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.Random;

import org.junit.jupiter.api.Test;

class CoordinatesTest {

    private static final Coordinates MANCHESTER_TOWN_HALL = Coordinates.of(53.479167, -2.244167);
    private static final Coordinates OLD_TRAFFORD = Coordinates.of(53.463056, -2.291389);

    @Test
    void shouldMeasureAQuarterOfAMeridianAsAQuarterOfTheEarthsCircumference() {
        Distance pole = Coordinates.of(0, 0).distanceTo(Coordinates.of(90, 0));

        assertThat(pole.metres()).isCloseTo(Math.PI * Coordinates.EARTH_RADIUS_METRES / 2, within(1e-6));
        assertThat(pole.kilometres()).isCloseTo(10_007.5, within(0.1));
    }

    @Test
    void shouldMeasureOneDegreeOfLatitudeAndOfLongitudeOnTheEquator() {
        assertThat(Coordinates.of(53, -2).distanceTo(Coordinates.of(54, -2)).kilometres()).isCloseTo(111.195, within(0.001));
        assertThat(Coordinates.of(0, 10).distanceTo(Coordinates.of(0, 11)).kilometres()).isCloseTo(111.195, within(0.001));
    }

    @Test
    void shouldMatchPublishedHaversineDistances() {
        // Nashville BNA to Los Angeles LAX: 2,887.26 km on a 6,372.8 km sphere (Rosetta Code), scaled to the mean radius.
        Distance bnaToLax = Coordinates.of(36.12, -86.67).distanceTo(Coordinates.of(33.94, -118.40));
        assertThat(bnaToLax.kilometres()).isCloseTo(2887.2599506 * 6371.0088 / 6372.8, within(0.001));

        // Manchester Town Hall to Old Trafford football ground: about 3.6 km as the crow flies.
        assertThat(MANCHESTER_TOWN_HALL.distanceTo(OLD_TRAFFORD).kilometres()).isCloseTo(3.6, within(0.1));
    }

    @Test
    void shouldBeSymmetricAndZeroToItself() {
        Random random = new Random(20261124);
        for (int i = 0; i < 1000; i++) {
            Coordinates a = Coordinates.of(random.nextDouble(-90, 90), random.nextDouble(-180, 180));
            Coordinates b = Coordinates.of(random.nextDouble(-90, 90), random.nextDouble(-180, 180));
            assertThat(a.distanceTo(b).metres()).isCloseTo(b.distanceTo(a).metres(), within(1e-6));
            assertThat(a.distanceTo(a).metres()).isZero();
            assertThat(a.distanceTo(b).metres()).isLessThanOrEqualTo(Math.PI * Coordinates.EARTH_RADIUS_METRES + 1e-6);
        }
    }

    @Test
    void shouldPutEveryPointWithinTheRadiusInsideItsBoundingBox() {
        Random random = new Random(7);
        for (int i = 0; i < 2000; i++) {
            Coordinates centre = Coordinates.of(random.nextDouble(49, 61), random.nextDouble(-9, 2.5));
            Distance radius = Distance.ofMetres(random.nextDouble(10, 70_000));
            Coordinates.BoundingBox box = centre.boxAround(radius);
            // A point at the radius in any direction, including the corners' diagonals, lies in the box.
            double bearing = random.nextDouble(0, 2 * Math.PI);
            Coordinates edge = destination(centre, radius.metres() * 0.999999, bearing);
            assertThat(edge.latitude()).isBetween(box.south(), box.north());
            assertThat(edge.longitude()).isBetween(box.west(), box.east());
        }
    }

    @Test
    void shouldTurnADistanceIntoATravelTime() {
        assertThat(Distance.ofKilometres(12).timeAt(48)).isEqualTo(Duration.ofMinutes(15));
        assertThat(Distance.ofMetres(500).timeAt(30)).isEqualTo(Duration.ofSeconds(60));
        assertThatThrownBy(() -> Distance.ofMetres(500).timeAt(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldRefuseImpossibleCoordinatesAndDistances() {
        assertThatThrownBy(() -> Coordinates.of(91, 0)).hasMessageContaining("latitude");
        assertThatThrownBy(() -> Coordinates.of(0, -180.5)).hasMessageContaining("longitude");
        assertThatThrownBy(() -> Coordinates.of(Double.NaN, 0)).hasMessageContaining("latitude");
        assertThatThrownBy(() -> Distance.ofMetres(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldReadDistancesForPeople() {
        assertThat(Distance.ofMetres(349.6)).hasToString("350 m");
        assertThat(Distance.ofMetres(3612)).hasToString("3.61 km");
    }

    /** The point at a distance and initial bearing from a start, on the same sphere (the direct geodesic problem). */
    private static Coordinates destination(Coordinates start, double metres, double bearing) {
        double delta = metres / Coordinates.EARTH_RADIUS_METRES;
        double phi1 = Math.toRadians(start.latitude());
        double lambda1 = Math.toRadians(start.longitude());
        double phi2 = Math.asin(Math.sin(phi1) * Math.cos(delta) + Math.cos(phi1) * Math.sin(delta) * Math.cos(bearing));
        double lambda2 = lambda1 + Math.atan2(Math.sin(bearing) * Math.sin(delta) * Math.cos(phi1),
                Math.cos(delta) - Math.sin(phi1) * Math.sin(phi2));
        return Coordinates.of(Math.toDegrees(phi2), Math.toDegrees(lambda2));
    }
}
