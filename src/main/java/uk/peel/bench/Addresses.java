package uk.peel.bench;

import java.time.LocalDate;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Generated addresses: a house number on a made-up but ordinary street name, the town for the postcode district,
 * and a real Trafford postcode from the ONS Postcode Directory that Peel ships for its demo.
 */
final class Addresses {

    private static final String[] STREETS = {"Church", "Station", "Park", "Victoria", "Albert", "Manor", "Mill",
            "School", "Queens", "Kings", "Grange", "Green", "Oak", "Elm", "Ash", "Beech", "Cedar", "Chestnut", "Willow",
            "Highfield", "Springfield", "Westfield", "Broad", "Moss", "Marsh", "Brook", "Meadow", "Orchard", "Cross",
            "Chapel", "Market", "Bridge", "Derby", "Lancaster", "York", "Chester", "Warwick", "Cavendish", "Stamford",
            "Talbot", "Seymour", "Washway", "Barton", "Flixton", "Ashton", "Northenden", "Brooklands", "Marsland",
            "Moorside", "Harboro", "Woodlands", "Hawthorn", "Holly", "Hazel", "Lime", "Sycamore", "Poplar", "Rowan",
            "Laburnum", "Primrose", "Clarendon", "Stanley", "Gladstone", "Wellington", "Nelson", "Grosvenor",
            "Richmond", "Crofton", "Ryecroft", "Davyhulme", "Carrington", "Dunham", "Bowdon", "Hale", "Timperley"};
    private static final String[] KINDS = {"Road", "Street", "Avenue", "Lane", "Close", "Drive", "Grove", "Way",
            "Crescent", "Place", "Gardens", "Walk", "Court"};
    private static final Map<String, String> TOWNS = Map.ofEntries(Map.entry("M15", "Hulme"),
            Map.entry("M16", "Old Trafford"), Map.entry("M17", "Trafford Park"), Map.entry("M21", "Chorlton"),
            Map.entry("M23", "Baguley"), Map.entry("M31", "Partington"), Map.entry("M32", "Stretford"),
            Map.entry("M33", "Sale"), Map.entry("M41", "Urmston"), Map.entry("WA13", "Lymm"),
            Map.entry("WA14", "Altrincham"), Map.entry("WA15", "Altrincham"));

    private Addresses() {
    }

    /** A home the person has lived at since a day between their birth (or 25 years ago) and the reference date. */
    static PersonRecord.Place home(NameLists names, SplittableRandom random, LocalDate born) {
        LocalDate earliest = born.isAfter(SyntheticPopulation.REFERENCE.minusYears(25)) ? born
                : SyntheticPopulation.REFERENCE.minusYears(25);
        return place("HOME", names, random, between(random, earliest, SyntheticPopulation.REFERENCE.minusDays(1)), null);
    }

    /** The home before {@code current}, left the day before the current one starts; null if there was no time for one. */
    static PersonRecord.Place previous(NameLists names, SplittableRandom random, LocalDate born, LocalDate current) {
        LocalDate left = current.minusDays(1);
        if (!left.isAfter(born.plusYears(1))) {
            return null;
        }
        LocalDate from = left.minusDays(180 + random.nextInt(3650));
        return place("PREVIOUS", names, random, from.isBefore(born) ? born : from, left);
    }

    private static PersonRecord.Place place(String type, NameLists names, SplittableRandom random, LocalDate from,
                                            LocalDate to) {
        String postcode = names.postcode(random.nextDouble());
        String line1 = (1 + random.nextInt(random.nextInt(4) == 0 ? 300 : 80)) + " "
                + STREETS[random.nextInt(STREETS.length)] + " " + KINDS[random.nextInt(KINDS.length)];
        return new PersonRecord.Place(type, line1, town(postcode), postcode, from, to);
    }

    static String town(String postcode) {
        return TOWNS.getOrDefault(postcode.substring(0, postcode.indexOf(' ')), "Trafford");
    }

    static LocalDate between(SplittableRandom random, LocalDate first, LocalDate last) {
        long days = last.toEpochDay() - first.toEpochDay();
        return days <= 0 ? first : first.plusDays(random.nextLong(days + 1));
    }
}
