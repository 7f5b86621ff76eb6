package uk.peel.person;

import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A reference number that identifies the person in another system. Values are normalised on the way in (upper
 * case, spaces removed where the format has none) so that the same number typed two ways is the same number.
 */
@ValidIdentifier
public record Identifier(
        @NotNull(message = "choose the kind of identifier") Type type,
        @NotBlank(message = "enter the identifier") @Size(max = 100, message = "must be at most 100 characters") String value) {

    public Identifier {
        if (type != null && value != null) {
            value = type.normalise(value);
        }
    }

    public enum Type {
        PNC_ID("PNC ID", "^\\d{2}(\\d{2})?/\\d{1,7}[A-Z]$", "a PNC ID such as 85/123456K or 1985/0123456K", true),
        CRO_NUMBER("CRO number", "^(SF)?\\d{1,6}/\\d{2}[A-Z]$", "a CRO number such as 123456/85K", true),
        NI_NUMBER("National Insurance number",
                "^(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\\d{6}[A-D]$",
                "a National Insurance number such as AB123456C", true),
        DRIVING_LICENCE("Driving licence", "^[A-Z0-9]{5,20}$", "a driving licence number (letters and digits)", true),
        PASSPORT("Passport", "^[A-Z0-9]{6,12}$", "a passport number of 6 to 12 letters and digits", true),
        PHONE("Phone", "^\\+?[0-9]{7,15}$", "a phone number such as 07700 900123 or +44 161 496 0000", true),
        EMAIL("Email", "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", "an email address such as name@example.org", false);

        private final String label;
        private final Pattern format;
        private final String example;
        private final boolean compact;

        Type(String label, String format, String example, boolean compact) {
            this.label = label;
            this.format = Pattern.compile(format);
            this.example = example;
            this.compact = compact;
        }

        public String label() {
            return label;
        }

        String normalise(String raw) {
            String value = raw.strip();
            if (compact) {
                value = value.replaceAll("[\\s()-]", "").toUpperCase(Locale.ROOT);
            } else {
                value = value.toLowerCase(Locale.ROOT);
            }
            return value;
        }

        boolean accepts(String normalised) {
            return format.matcher(normalised).matches();
        }

        String expected() {
            return "enter " + example;
        }
    }
}
