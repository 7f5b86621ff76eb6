package uk.peel.namematch;

/**
 * Filters from the advanced search form. They narrow who is returned; they do not change anyone's score.
 *
 * @param gender   the recorded gender's enum name ("MALE"), or null for any
 * @param postcode a full postcode ("M16 0RA"), a sector ("M16 0") or a district ("M16"), any case and spacing;
 *                 null for anywhere. Matches anyone with an address there.
 * @param bornFrom earliest year of birth, inclusive, or null
 * @param bornTo   latest year of birth, inclusive, or null. With either year given, a person matches if any recorded
 *                 date of birth falls in the range; a person with no recorded date of birth does not.
 */
public record SearchFilters(String gender, String postcode, Integer bornFrom, Integer bornTo) {

    public static final SearchFilters NONE = new SearchFilters(null, null, null, null);

    public SearchFilters {
        gender = gender == null || gender.isBlank() ? null : gender.strip();
        postcode = postcode == null || postcode.isBlank() ? null : postcode.strip();
        if (bornFrom != null && bornTo != null && bornFrom > bornTo) {
            throw new IllegalArgumentException("born from " + bornFrom + " is after born to " + bornTo);
        }
    }

    public boolean isEmpty() {
        return gender == null && postcode == null && bornFrom == null && bornTo == null;
    }
}
