package uk.peel.person.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

import uk.peel.person.Address;
import uk.peel.person.Alias;
import uk.peel.person.Gender;
import uk.peel.person.Identifier;
import uk.peel.person.OfficerDefinedEthnicity;
import uk.peel.person.PartialDate;
import uk.peel.person.Person;
import uk.peel.person.PersonDetails;
import uk.peel.person.SelfDefinedEthnicity;
import uk.peel.person.WarningMarker;

/**
 * The person form as typed: every field a string, every repeating group a list of rows that may be blank. Keeping
 * the raw text means a form with mistakes comes back exactly as the officer left it. Blank rows are dropped when
 * building {@link PersonDetails}; {@link Mapped#formPath} maps a problem the service reports against the kept rows
 * back to the row the officer actually filled in.
 */
public record PersonForm(String forenames, String surname, List<String> datesOfBirth, String gender,
                         String selfDefinedEthnicity, String officerDefinedEthnicity, List<AliasRow> aliases,
                         List<AddressRow> addresses, List<IdentifierRow> identifiers,
                         List<MarkerRow> warningMarkers, Integer version, String reason) {

    /** Blank rows offered below the filled-in ones, so that adding one more needs no extra step. */
    private static final int SPARE_DATES = 1, SPARE_ALIASES = 2, SPARE_ADDRESSES = 1, SPARE_IDENTIFIERS = 2, SPARE_MARKERS = 1;
    private static final int MIN_DATES = 2;

    public PersonForm {
        datesOfBirth = rows(datesOfBirth, () -> "");
        aliases = rows(aliases, AliasRow::blank);
        addresses = rows(addresses, AddressRow::blank);
        identifiers = rows(identifiers, IdentifierRow::blank);
        warningMarkers = rows(warningMarkers, MarkerRow::blank);
    }

    public record AliasRow(String forenames, String surname, String type) {
        static AliasRow blank() {
            return new AliasRow("", "", Alias.Type.ALIAS.name());
        }

        boolean isBlank() {
            return allBlank(forenames, surname);
        }
    }

    public record AddressRow(String type, String line1, String line2, String town, String postcode, String from,
                             String to) {
        static AddressRow blank() {
            return new AddressRow(Address.Type.HOME.name(), "", "", "", "", "", "");
        }

        boolean isBlank() {
            return allBlank(line1, line2, town, postcode, from, to);
        }
    }

    public record IdentifierRow(String type, String value) {
        static IdentifierRow blank() {
            return new IdentifierRow("", "");
        }

        boolean isBlank() {
            return allBlank(type, value);
        }
    }

    public record MarkerRow(String type, String details, String from, String until) {
        static MarkerRow blank() {
            return new MarkerRow("", "", "", "");
        }

        boolean isBlank() {
            return allBlank(type, details, from, until);
        }
    }

    /** The sections a "Add another" button can grow, named as the button's {@code action} value. */
    enum Section {
        DATE_OF_BIRTH("addDateOfBirth"), ALIAS("addAlias"), ADDRESS("addAddress"), IDENTIFIER("addIdentifier"),
        WARNING_MARKER("addWarningMarker");

        private final String action;

        Section(String action) {
            this.action = action;
        }

        static java.util.Optional<Section> forAction(String action) {
            return Arrays.stream(values()).filter(s -> s.action.equals(action)).findFirst();
        }
    }

    static PersonForm empty() {
        return new PersonForm("", "", List.of(), null, null, null, List.of(), List.of(), List.of(), List.of(), null, null);
    }

    static PersonForm of(Person person) {
        PersonDetails d = person.details();
        return new PersonForm(d.forenames(), d.surname(),
                d.datesOfBirth().stream().map(PartialDate::toString).toList(),
                name(d.gender()), name(d.selfDefinedEthnicity()), name(d.officerDefinedEthnicity()),
                d.aliases().stream().map(a -> new AliasRow(a.forenames(), a.surname(), name(a.type()))).toList(),
                d.addresses().stream().map(a -> new AddressRow(name(a.type()), a.line1(), a.line2(), a.town(),
                        a.postcode(), text(a.from()), text(a.to()))).toList(),
                d.identifiers().stream().map(i -> new IdentifierRow(name(i.type()), i.value())).toList(),
                d.warningMarkers().stream().map(m -> new MarkerRow(name(m.type()), m.details(), text(m.from()),
                        text(m.until()))).toList(),
                person.version(), null);
    }

    /** The same form with spare blank rows after the filled-in ones, for a freshly opened form. */
    PersonForm withSpareRows() {
        List<String> dates = filled(datesOfBirth, d -> !isBlank(d));
        return new PersonForm(forenames, surname,
                padded(dates, Math.max(SPARE_DATES, MIN_DATES - dates.size()), () -> ""),
                gender, selfDefinedEthnicity, officerDefinedEthnicity,
                padded(filled(aliases, r -> !r.isBlank()), SPARE_ALIASES, AliasRow::blank),
                padded(filled(addresses, r -> !r.isBlank()), SPARE_ADDRESSES, AddressRow::blank),
                padded(filled(identifiers, r -> !r.isBlank()), SPARE_IDENTIFIERS, IdentifierRow::blank),
                padded(filled(warningMarkers, r -> !r.isBlank()), SPARE_MARKERS, MarkerRow::blank),
                version, reason);
    }

    /** The form as submitted with one more blank row in a section, keeping every row where it was. */
    PersonForm withAnother(Section section) {
        return new PersonForm(forenames, surname,
                section == Section.DATE_OF_BIRTH ? plus(datesOfBirth, "") : datesOfBirth,
                gender, selfDefinedEthnicity, officerDefinedEthnicity,
                section == Section.ALIAS ? plus(aliases, AliasRow.blank()) : aliases,
                section == Section.ADDRESS ? plus(addresses, AddressRow.blank()) : addresses,
                section == Section.IDENTIFIER ? plus(identifiers, IdentifierRow.blank()) : identifiers,
                section == Section.WARNING_MARKER ? plus(warningMarkers, MarkerRow.blank()) : warningMarkers,
                version, reason);
    }

    /** Where the cursor goes after "Add another": the first input of the section's new last row. */
    String focusAfterAdding(Section section) {
        return switch (section) {
            case DATE_OF_BIRTH -> "datesOfBirth-" + (datesOfBirth.size() - 1);
            case ALIAS -> "aliases-" + (aliases.size() - 1) + "-forenames";
            case ADDRESS -> "addresses-" + (addresses.size() - 1) + "-type";
            case IDENTIFIER -> "identifiers-" + (identifiers.size() - 1) + "-type";
            case WARNING_MARKER -> "warningMarkers-" + (warningMarkers.size() - 1) + "-type";
        };
    }

    /**
     * What the form says, as the service takes it, with what could not even be read (a date that is not a date);
     * the service's own validation is left to the service.
     */
    Mapped toDetails() {
        PersonFormErrors errors = new PersonFormErrors();
        Map<String, List<Integer>> kept = new LinkedHashMap<>();

        List<PartialDate> dates = new ArrayList<>();
        kept.put("datesOfBirth", new ArrayList<>());
        for (int i = 0; i < datesOfBirth.size(); i++) {
            String text = datesOfBirth.get(i);
            if (isBlank(text)) {
                continue;
            }
            try {
                dates.add(PartialDate.parse(text));
                kept.get("datesOfBirth").add(i);
            } catch (IllegalArgumentException e) {
                errors.add("datesOfBirth[" + i + "]", PersonFormErrors.label("datesOfBirth[" + i + "]")
                        + " must be a real date, such as 1985-03-27, 1985-03 or 1985 (" + e.getMessage() + ")");
            }
        }

        Gender chosenGender = choice(Gender.class, gender, "gender", errors);
        SelfDefinedEthnicity self = choice(SelfDefinedEthnicity.class, selfDefinedEthnicity, "selfDefinedEthnicity", errors);
        OfficerDefinedEthnicity officer = choice(OfficerDefinedEthnicity.class, officerDefinedEthnicity, "officerDefinedEthnicity", errors);

        List<Alias> aliasList = keep("aliases", aliases, AliasRow::isBlank, kept, (row, path) -> new Alias(
                orNull(row.forenames()), orNull(row.surname()), choice(Alias.Type.class, row.type(), path + ".type", errors)));
        List<Address> addressList = keep("addresses", addresses, AddressRow::isBlank, kept, (row, path) -> new Address(
                choice(Address.Type.class, row.type(), path + ".type", errors), orNull(row.line1()), orNull(row.line2()),
                orNull(row.town()), orNull(row.postcode()), day(row.from(), path + ".from", errors), day(row.to(), path + ".to", errors)));
        List<Identifier> identifierList = keep("identifiers", identifiers, IdentifierRow::isBlank, kept, (row, path) ->
                new Identifier(choice(Identifier.Type.class, row.type(), path + ".type", errors), orNull(row.value())));
        List<WarningMarker> markerList = keep("warningMarkers", warningMarkers, MarkerRow::isBlank, kept, (row, path) ->
                new WarningMarker(choice(WarningMarker.Type.class, row.type(), path + ".type", errors), orNull(row.details()),
                        day(row.from(), path + ".from", errors), day(row.until(), path + ".until", errors)));

        PersonDetails details = new PersonDetails(forenames, surname, aliasList, dates, chosenGender, self, officer,
                addressList, identifierList, markerList);
        return new Mapped(details, errors, kept);
    }

    /**
     * The details built from a form, with the problems found reading it and, for each repeating section, which
     * form row each kept entry came from.
     */
    record Mapped(PersonDetails details, PersonFormErrors errors, Map<String, List<Integer>> keptRows) {

        /** {@code aliases[0].surname} in the details is {@code aliases[2].surname} in the form if rows 0-1 were blank. */
        private static final java.util.regex.Pattern ROW_PATH = java.util.regex.Pattern.compile("^(\\w+)\\[(\\d+)](.*)$");

        String formPath(String detailsPath) {
            var matcher = ROW_PATH.matcher(detailsPath);
            if (!matcher.matches() || !keptRows.containsKey(matcher.group(1))) {
                return detailsPath;
            }
            List<Integer> rows = keptRows.get(matcher.group(1));
            int index = Integer.parseInt(matcher.group(2));
            return index < rows.size() ? matcher.group(1) + "[" + rows.get(index) + "]" + matcher.group(3) : detailsPath;
        }
    }

    private interface RowMapper<R, T> {
        T map(R row, String path);
    }

    private static <R, T> List<T> keep(String section, List<R> rows, Predicate<R> blank, Map<String, List<Integer>> kept,
                                       RowMapper<R, T> mapper) {
        List<T> result = new ArrayList<>();
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (!blank.test(rows.get(i))) {
                result.add(mapper.map(rows.get(i), section + "[" + i + "]"));
                indexes.add(i);
            }
        }
        kept.put(section, indexes);
        return result;
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String value, String path, PersonFormErrors errors) {
        if (isBlank(value)) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(path, "Choose " + PersonFormErrors.label(path).toLowerCase(Locale.UK) + " from the list");
            return null;
        }
    }

    /** A full calendar date; the British 27/3/2019 is accepted as well as 2019-03-27. */
    private static LocalDate day(String text, String path, PersonFormErrors errors) {
        if (isBlank(text)) {
            return null;
        }
        try {
            PartialDate date = PartialDate.parse(text);
            if (date.isComplete()) {
                return date.earliest();
            }
        } catch (IllegalArgumentException e) {
            // reported below, in the same words as an incomplete date
        }
        errors.add(path, PersonFormErrors.label(path) + " must be a real date in the form yyyy-mm-dd, such as 2019-04-01");
        return null;
    }

    private static <T> List<T> rows(List<T> list, java.util.function.Supplier<T> blank) {
        if (list == null) {
            return List.of();
        }
        return list.stream().map(row -> row == null ? blank.get() : row).toList();
    }

    private static <T> List<T> filled(List<T> list, Predicate<T> filled) {
        return list.stream().filter(filled).toList();
    }

    private static <T> List<T> padded(List<T> list, int spare, java.util.function.Supplier<T> blank) {
        List<T> result = new ArrayList<>(list);
        for (int i = 0; i < spare; i++) {
            result.add(blank.get());
        }
        return result;
    }

    private static <T> List<T> plus(List<T> list, T row) {
        List<T> result = new ArrayList<>(list);
        result.add(row);
        return result;
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    /** An empty box means "not given", which the records hold as null rather than as an empty name. */
    private static String orNull(String text) {
        return isBlank(text) ? null : text.strip();
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static boolean allBlank(String... texts) {
        return Arrays.stream(texts).allMatch(PersonForm::isBlank);
    }
}
