package uk.peel.person;

/** Rules shared by every name field. */
final class Names {

    /**
     * Letters in any script, with the marks, spaces, hyphens, apostrophes and full stops real names contain
     * (O'Brien, Smith-Jones, St. John, Nguyễn). Digits and symbols are refused: they are typing slips.
     */
    static final String ALLOWED = "^[\\p{L}\\p{M}][\\p{L}\\p{M} .'’-]*$";
    static final String ALLOWED_MESSAGE = "may contain only letters, spaces, hyphens, apostrophes and full stops";

    private Names() {
    }

    static String full(String forenames, String surname) {
        String f = forenames == null ? "" : forenames.strip();
        String s = surname == null ? "" : surname.strip();
        return (f + " " + s).strip();
    }
}
