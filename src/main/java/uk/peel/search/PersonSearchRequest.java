package uk.peel.search;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import uk.peel.namematch.DateClue;
import uk.peel.namematch.SearchFilters;
import uk.peel.namematch.SearchText;
import uk.peel.person.Gender;

/**
 * What an officer asked for: the one search box's free text and/or the advanced form's fields, as typed. Every
 * field is checked on its own and a problem is named by its field, so the form can say exactly what to fix.
 * Ages become birth years: someone whose date of birth is known only to the year is included at the edges of a
 * range rather than left out.
 */
public record PersonSearchRequest(String q, String forename, String surname, String dob, String ageFrom, String ageTo,
                                  String gender, String postcode) {

    private static final Pattern POSTCODE = Pattern.compile("(?i)^[A-Z]{1,2}[0-9][A-Z0-9]?( ?[0-9]([A-Z]{2})?)?$");
    private static final int MAX_TEXT = 200;

    public PersonSearchRequest {
        q = tidy(q);
        forename = tidy(forename);
        surname = tidy(surname);
        dob = tidy(dob);
        ageFrom = tidy(ageFrom);
        ageTo = tidy(ageTo);
        gender = tidy(gender);
        postcode = tidy(postcode);
    }

    public static PersonSearchRequest of(String q) {
        return new PersonSearchRequest(q, null, null, null, null, null, null, null);
    }

    /** Whether any advanced field is filled in (the form opens its advanced part when one is). */
    public boolean any() {
        return forename != null || surname != null || dob != null || ageFrom != null || ageTo != null || gender != null
                || postcode != null;
    }

    /** The fields by name, for showing the form again as it was filled in. */
    public Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("q", q);
        fields.put("forename", forename);
        fields.put("surname", surname);
        fields.put("dob", dob);
        fields.put("ageFrom", ageFrom);
        fields.put("ageTo", ageTo);
        fields.put("gender", gender);
        fields.put("postcode", postcode);
        return fields;
    }

    public String get(String field) {
        return fields().get(field);
    }

    /** The request read and checked: what to match and filter on, or every problem by field. */
    public record Checked(SearchText.Query query, SearchFilters filters, Map<String, String> problems, String described) {
        public boolean valid() {
            return problems.isEmpty();
        }
    }

    public Checked check(LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        SearchText reader = new SearchText(today.getYear());
        for (Map.Entry<String, String> field : fields().entrySet()) {
            if (field.getValue() != null && field.getValue().length() > MAX_TEXT) {
                problems.put(field.getKey(), label(field.getKey()) + " must be at most " + MAX_TEXT + " characters");
            }
        }
        DateClue born = null;
        if (dob != null) {
            SearchText.Query read = reader.read(dob);
            if (read.dateOfBirth().isEmpty() || !read.names().isEmpty()) {
                problems.put("dob", "Enter a date of birth such as 03/12/1985, 12/1985 or 1985");
            } else {
                born = read.dateOfBirth().get();
            }
        }
        Integer from = age("ageFrom", ageFrom, problems);
        Integer to = age("ageTo", ageTo, problems);
        if (from != null && to != null && from > to) {
            problems.put("ageTo", "Age to must be the same as or more than age from (" + from + ")");
        }
        String genderName = null;
        if (gender != null) {
            try {
                genderName = Gender.valueOf(gender.toUpperCase(Locale.ROOT)).name();
            } catch (IllegalArgumentException e) {
                problems.put("gender", "Gender '" + gender + "' is not one of MALE, FEMALE, OTHER, UNKNOWN");
            }
        }
        if (postcode != null && !POSTCODE.matcher(postcode).matches()) {
            problems.put("postcode", "Enter a postcode (M16 0RA), a sector (M16 0) or a district (M16)");
        }
        SearchText.Query query = problems.isEmpty() ? reader.read(q, forename, surname, born) : null;
        boolean filtered = genderName != null || postcode != null || from != null || to != null;
        if (problems.isEmpty() && query.isEmpty() && !filtered) {
            problems.put("q", q == null
                    ? "Type a name, and a date of birth if known, or fill in the advanced search"
                    : "'" + q + "' has no name or date of birth in it to search for");
        }
        // Someone aged `to` was born at most to + 1 years ago (the day before their birthday), someone aged `from`
        // at least `from` years ago; by year, the range is widened to the whole of the edge years.
        SearchFilters filters = problems.isEmpty()
                ? new SearchFilters(genderName, postcode, to == null ? null : today.getYear() - to - 1,
                from == null ? null : today.getYear() - from)
                : SearchFilters.NONE;
        return new Checked(query, filters, problems, describe());
    }

    /** The request in a few words, for the audit log's record of what was searched for. */
    private String describe() {
        StringBuilder text = new StringBuilder(q == null ? "" : q);
        fields().forEach((name, value) -> {
            if (!name.equals("q") && value != null) {
                text.append(text.isEmpty() ? "" : " ").append(name).append('=').append(value);
            }
        });
        return text.toString();
    }

    private static Integer age(String field, String value, Map<String, String> problems) {
        if (value == null) {
            return null;
        }
        try {
            int age = Integer.parseInt(value);
            if (age < 0 || age > 130) {
                problems.put(field, label(field) + " must be an age from 0 to 130");
                return null;
            }
            return age;
        } catch (NumberFormatException e) {
            problems.put(field, label(field) + " must be a whole number of years, such as 25");
            return null;
        }
    }

    private static String label(String field) {
        return switch (field) {
            case "q" -> "The search";
            case "forename" -> "Forename";
            case "surname" -> "Surname";
            case "dob" -> "Date of birth";
            case "ageFrom" -> "Age from";
            case "ageTo" -> "Age to";
            case "gender" -> "Gender";
            default -> "Postcode";
        };
    }

    private static String tidy(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
