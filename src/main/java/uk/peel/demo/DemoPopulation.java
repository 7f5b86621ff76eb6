package uk.peel.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.springframework.core.io.ClassPathResource;

import uk.peel.person.Address;
import uk.peel.person.Alias;
import uk.peel.person.Gender;
import uk.peel.person.Identifier;
import uk.peel.person.OfficerDefinedEthnicity;
import uk.peel.person.PartialDate;
import uk.peel.person.PersonDetails;
import uk.peel.person.SelfDefinedEthnicity;
import uk.peel.person.WarningMarker;

/**
 * Fictional people for the demo: names drawn by frequency from public lists, real Trafford postcodes, and the
 * untidiness real records have — aliases, partial dates of birth, previous addresses, warning markers. Seeded, so
 * every fresh demo holds the same people.
 */
final class DemoPopulation {

    private static final String[] STREETS = {"Talbot Road", "Chester Road", "Seymour Grove", "Washway Road",
            "Cross Street", "Stretford Road", "Barton Road", "Church Road", "Moss Lane", "Park Road", "Kings Road",
            "Urmston Lane", "Flixton Road", "Manchester Road", "Ashton Lane", "Stamford New Road", "Railway Road",
            "Brooklands Road", "Northenden Road", "Marsland Road", "Derbyshire Lane", "Great Stone Road"};

    private final Random random = new Random(20190722L);
    private final Weighted surnames = Weighted.load("demo/surnames.csv", 0, 1, null);
    private final Weighted maleForenames = Weighted.load("demo/forenames.csv", 0, 2, "male");
    private final Weighted femaleForenames = Weighted.load("demo/forenames.csv", 0, 2, "female");
    private final List<String[]> postcodes = postcodes();

    /** {@code count} records, one in 25 of them the same person recorded again, as happens in real systems. */
    List<PersonDetails> people(int count) {
        List<PersonDetails> people = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            people.add(i % 25 == 24 ? recordedAgain(people.get(random.nextInt(people.size()))) : person());
        }
        return people;
    }

    /**
     * Someone already on record, recorded again by another officer who did not find them: middle names dropped, a
     * typing slip in the surname or the day and month of birth swapped, none of the aliases — so the duplicates
     * list has work in it.
     */
    private PersonDetails recordedAgain(PersonDetails original) {
        String forename = original.forenames().split(" ")[0];
        String surname = original.surname();
        List<PartialDate> dates = new ArrayList<>();
        PartialDate born = original.datesOfBirth().getFirst();
        if (random.nextBoolean() && surname.length() > 4) {
            int at = 1 + random.nextInt(surname.length() - 3);
            surname = surname.substring(0, at) + surname.charAt(at + 1) + surname.charAt(at) + surname.substring(at + 2);
            dates.add(born);
        } else if (born.day() != null && born.day() <= 12 && !born.day().equals(born.month())) {
            dates.add(PartialDate.parse("%04d-%02d-%02d".formatted(born.year(), born.day(), born.month())));
        } else {
            dates.add(born);
        }
        return new PersonDetails(forename, surname, List.of(), dates, original.gender(), null, null,
                original.addresses().isEmpty() ? List.of() : List.of(original.addresses().getLast()), List.of(), List.of());
    }

    private PersonDetails person() {
        boolean male = random.nextBoolean();
        Weighted forenames = male ? maleForenames : femaleForenames;
        String forename = name(forenames.draw(random));
        String middle = random.nextInt(3) == 0 ? " " + name(forenames.draw(random)) : "";
        String surname = name(surnames.draw(random));
        LocalDate born = LocalDate.of(1940 + random.nextInt(66), 1 + random.nextInt(12), 1 + random.nextInt(28));

        List<PartialDate> dates = new ArrayList<>();
        dates.add(random.nextInt(12) == 0 ? PartialDate.parse(Integer.toString(born.getYear()))
                : PartialDate.parse(born.toString()));
        if (random.nextInt(10) == 0) {
            dates.add(PartialDate.parse(born.withDayOfMonth(Math.min(28, born.getDayOfMonth() + 1 + random.nextInt(5))).toString()));
        }

        List<Alias> aliases = new ArrayList<>();
        if (random.nextInt(5) == 0) {
            aliases.add(new Alias(forename.substring(0, Math.min(forename.length(), 3 + random.nextInt(2))), null, Alias.Type.NICKNAME));
        }
        if (!male && random.nextInt(4) == 0) {
            aliases.add(new Alias(forename, name(surnames.draw(random)), Alias.Type.MAIDEN));
        }
        if (random.nextInt(8) == 0) {
            aliases.add(new Alias(name(forenames.draw(random)), surname, Alias.Type.ALIAS));
        }

        List<Address> addresses = new ArrayList<>();
        LocalDate movedIn = LocalDate.now().minusMonths(1 + random.nextInt(120));
        if (random.nextInt(3) == 0) {
            addresses.add(address(Address.Type.HOME, movedIn.minusYears(1 + random.nextInt(6)), movedIn.minusDays(1)));
        }
        addresses.add(address(Address.Type.HOME, movedIn, null));

        List<Identifier> identifiers = new ArrayList<>();
        if (random.nextInt(3) == 0) {
            int year = born.getYear() + 18 + random.nextInt(20);
            if (year <= LocalDate.now().getYear()) {
                identifiers.add(new Identifier(Identifier.Type.PNC_ID, "%02d/%06d%c".formatted(year % 100,
                        random.nextInt(1_000_000), "ABCDEFGHJKLMNPQRTUVWXYZ".charAt(random.nextInt(23)))));
            }
        }
        if (random.nextInt(2) == 0) {
            identifiers.add(new Identifier(Identifier.Type.PHONE, "07700 9%05d".formatted(random.nextInt(100_000))));
        }

        List<WarningMarker> markers = new ArrayList<>();
        if (random.nextInt(7) == 0) {
            WarningMarker.Type[] types = {WarningMarker.Type.VIOLENT, WarningMarker.Type.WEAPONS, WarningMarker.Type.DRUGS,
                    WarningMarker.Type.SELF_HARM, WarningMarker.Type.MENTAL_HEALTH};
            markers.add(new WarningMarker(types[random.nextInt(types.length)], "Recorded from a previous incident",
                    LocalDate.now().minusMonths(random.nextInt(60)), null));
        }

        SelfDefinedEthnicity[] ethnicities = SelfDefinedEthnicity.values();
        return new PersonDetails(forename + middle, surname, aliases, dates, male ? Gender.MALE : Gender.FEMALE,
                ethnicities[random.nextInt(ethnicities.length)], OfficerDefinedEthnicity.values()[random.nextInt(7)],
                addresses, identifiers, markers);
    }

    private Address address(Address.Type type, LocalDate from, LocalDate to) {
        String[] postcode = postcodes.get(random.nextInt(postcodes.size()));
        return new Address(type, (1 + random.nextInt(180)) + " " + STREETS[random.nextInt(STREETS.length)], null,
                postcode[1], postcode[0], from, to);
    }

    private static String name(String lower) {
        StringBuilder out = new StringBuilder(lower.length());
        boolean start = true;
        for (char c : lower.toCharArray()) {
            out.append(start ? Character.toUpperCase(c) : c);
            start = c == '-' || c == ' ' || c == '\'';
        }
        return out.toString();
    }

    /** Postcode and locality (the ONS directory's MSOA name, such as "Old Trafford"). */
    private static List<String[]> postcodes() {
        List<String[]> rows = new ArrayList<>();
        read("gazetteer/trafford-postcodes.csv", columns -> rows.add(new String[] {columns[0], columns[4]}));
        return rows;
    }

    static void read(String resource, java.util.function.Consumer<String[]> row) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
            reader.readLine();
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    row.accept(line.split(",", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Demo data resource " + resource + " is missing", e);
        }
    }

    /** Values with relative frequencies, drawn so that common names are common in the demo too. */
    private record Weighted(List<String> values, double[] cumulative) {
        static Weighted load(String resource, int valueColumn, int weightColumn, String sex) {
            List<String> values = new ArrayList<>();
            List<Double> weights = new ArrayList<>();
            read(resource, columns -> {
                if (sex == null || columns[1].equals(sex)) {
                    values.add(columns[valueColumn].toLowerCase(Locale.UK));
                    weights.add(Double.parseDouble(columns[weightColumn]));
                }
            });
            double[] cumulative = new double[weights.size()];
            double total = 0;
            for (int i = 0; i < cumulative.length; i++) {
                total += weights.get(i);
                cumulative[i] = total;
            }
            return new Weighted(values, cumulative);
        }

        String draw(Random random) {
            double target = random.nextDouble() * cumulative[cumulative.length - 1];
            int index = java.util.Arrays.binarySearch(cumulative, target);
            return values.get(index >= 0 ? index : -index - 1);
        }
    }
}
