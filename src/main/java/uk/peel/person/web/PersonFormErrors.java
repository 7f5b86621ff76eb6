package uk.peel.person.web;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uk.peel.platform.FieldProblem;

/**
 * The problems with a submitted person form, worded for the GOV.UK error summary and keyed by the id of the input
 * each one is about, so the summary can link to the field and the field can show its own message. The services
 * report problems by path ({@code aliases[1].surname}) in terse words ("must be at most 100 characters"); this
 * names the field as the form labels it ("Other name 2 surname must be at most 100 characters") and lists the
 * problems in the order the fields appear.
 */
public final class PersonFormErrors {

    private static final Pattern ROW = Pattern.compile("^(\\w+)\\[(\\d+)](?:\\.(\\w+))?$");
    private static final Pattern INPUT = Pattern.compile("^(\\w+?)(?:-(\\d+)(?:-(\\w+))?)?$");
    /** The form's fields, top to bottom; a row's fields, left to right. */
    private static final List<String> SECTIONS = List.of("forenames", "surname", "datesOfBirth", "gender",
            "selfDefinedEthnicity", "officerDefinedEthnicity", "aliases", "addresses", "identifiers", "warningMarkers",
            "reason");
    private static final Map<String, String> TOP_LEVEL = Map.of(
            "forenames", "Forenames", "surname", "Surname", "gender", "Gender",
            "selfDefinedEthnicity", "Self-defined ethnicity", "officerDefinedEthnicity", "Officer-defined ethnicity",
            "reason", "Reason for correction", "datesOfBirth", "Dates of birth", "aliases", "Other names",
            "addresses", "Addresses", "identifiers", "Identifiers");
    private static final Map<String, String> ROW_NAMES = Map.of("datesOfBirth", "Date of birth", "aliases", "Other name",
            "addresses", "Address", "identifiers", "Identifier", "warningMarkers", "Warning marker");
    /** Each row's fields as its labels name them, in the order they appear. */
    private static final Map<String, Map<String, String>> ROW_FIELDS = Map.of(
            "aliases", ordered("forenames", "forenames", "surname", "surname", "type", "kind of name"),
            "addresses", ordered("type", "type of address", "line1", "address line 1", "line2", "address line 2",
                    "town", "town or city", "postcode", "postcode", "from", "lived there from", "to", "until"),
            "identifiers", ordered("type", "kind of identifier", "value", ""),
            "warningMarkers", ordered("type", "warning", "details", "details", "from", "applies from", "until", "until"));

    private final Map<String, String> byInput = new LinkedHashMap<>();

    /** One line of the error summary. */
    public record Entry(String inputId, String message) {
    }

    /** Adds a problem already worded for the user; the first problem for an input wins. */
    void add(String formPath, String message) {
        byInput.putIfAbsent(inputId(formPath), message);
    }

    /** Adds a problem as a service reported it, naming the field it is about. */
    void add(FieldProblem problem, java.util.function.UnaryOperator<String> toFormPath) {
        String path = toFormPath.apply(problem.field());
        add(path, sentence(path, problem.message()));
    }

    public boolean isEmpty() {
        return byInput.isEmpty();
    }

    /** Every problem, in the order the fields appear on the form. */
    public List<Entry> summary() {
        return byInput.entrySet().stream().map(e -> new Entry(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(entry -> position(entry.inputId()))).toList();
    }

    /** The message for one input, or null; templates call {@code errors.message('surname')}. */
    public String message(String inputId) {
        return byInput.get(inputId);
    }

    public boolean has(String inputId) {
        return byInput.containsKey(inputId);
    }

    /** True if any input whose id starts with the prefix has a problem: for a row's or a group's styling. */
    public boolean any(String inputIdPrefix) {
        return byInput.keySet().stream().anyMatch(id -> id.startsWith(inputIdPrefix));
    }

    /** {@code aliases[1].surname} is the input {@code aliases-1-surname}; a whole row links to its first input. */
    static String inputId(String formPath) {
        if (formPath.isEmpty()) {
            return "surname";
        }
        if (ROW_FIELDS.containsKey(formPath) || formPath.equals("datesOfBirth")) {
            formPath = formPath + "[0]";
        }
        Matcher row = ROW.matcher(formPath);
        if (!row.matches()) {
            return formPath;
        }
        Map<String, String> fields = ROW_FIELDS.get(row.group(1));
        String field = row.group(3) != null ? row.group(3) : fields == null ? null : fields.keySet().iterator().next();
        return row.group(1) + "-" + row.group(2) + (field == null ? "" : "-" + field);
    }

    /** How the form names a field: "Surname", "Date of birth 2", "Address 1 postcode". */
    static String label(String formPath) {
        if (TOP_LEVEL.containsKey(formPath)) {
            return TOP_LEVEL.get(formPath);
        }
        Matcher row = ROW.matcher(formPath);
        if (!row.matches()) {
            return formPath;
        }
        String field = row.group(3) == null ? "" : ROW_FIELDS.getOrDefault(row.group(1), Map.of())
                .getOrDefault(row.group(3), row.group(3));
        return field.isEmpty() ? rowLabel(row) : rowLabel(row) + " " + field;
    }

    /**
     * "enter the surname" becomes "Enter the surname"; in a row, "enter the identifier" becomes "Enter the
     * identifier (identifier 2)"; "must be..." and "may contain..." follow the field's name.
     */
    static String sentence(String formPath, String message) {
        String label = label(formPath);
        if (message.startsWith("must ") || message.startsWith("may ") || message.startsWith("is ")) {
            return label + " " + message;
        }
        if (!message.matches("^(enter|choose|give|select) .*")) {
            return label + ": " + message;
        }
        String capitalised = message.substring(0, 1).toUpperCase(Locale.UK) + message.substring(1);
        Matcher row = ROW.matcher(formPath);
        return row.matches() ? capitalised + " (" + rowLabel(row).toLowerCase(Locale.UK) + ")" : capitalised;
    }

    private static String rowLabel(Matcher row) {
        return ROW_NAMES.getOrDefault(row.group(1), row.group(1)) + " " + (Integer.parseInt(row.group(2)) + 1);
    }

    /** Sorts by section, then row, then the field's place in its row. */
    private static String position(String inputId) {
        Matcher input = INPUT.matcher(inputId);
        if (!input.matches()) {
            return "99";
        }
        int section = SECTIONS.indexOf(input.group(1));
        int row = input.group(2) == null ? 0 : Integer.parseInt(input.group(2));
        List<String> fields = List.copyOf(ROW_FIELDS.getOrDefault(input.group(1), Map.of()).keySet());
        int field = input.group(3) == null ? 0 : fields.indexOf(input.group(3));
        return "%02d-%04d-%02d".formatted(section < 0 ? 99 : section, row, field < 0 ? 99 : field);
    }

    private static Map<String, String> ordered(String... keysAndLabels) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndLabels.length; i += 2) {
            map.put(keysAndLabels[i], keysAndLabels[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}
