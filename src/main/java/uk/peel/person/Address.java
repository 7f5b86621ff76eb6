package uk.peel.person;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import uk.peel.gazetteer.Postcode;

/**
 * Where the person lived, worked or stayed, and when. Addresses are kept over time rather than replaced: the
 * address someone had at the time of an old incident matters to an investigation.
 */
@ChronologicalAddress
public record Address(
        @NotNull(message = "choose the kind of address") Type type,
        @NotBlank(message = "enter the first line of the address") @Size(max = 200, message = "must be at most 200 characters") String line1,
        @Size(max = 200, message = "must be at most 200 characters") String line2,
        @Size(max = 100, message = "must be at most 100 characters") String town,
        @Pattern(regexp = "^(" + Postcode.CANONICAL + ")$",
                message = "enter a real UK postcode, such as M16 0RA") String postcode,
        LocalDate from,
        LocalDate to) {

    public Address {
        if (postcode != null) {
            postcode = postcode.isBlank() ? null : Postcode.normalised(postcode);
        }
    }

    public enum Type {
        HOME("Home"), WORK("Work"), TEMPORARY("Temporary"), CORRESPONDENCE("Correspondence"), PREVIOUS("Previous");

        private final String label;

        Type(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public boolean currentOn(LocalDate day) {
        return (from == null || !from.isAfter(day)) && (to == null || !to.isBefore(day));
    }

    public String oneLine() {
        return java.util.stream.Stream.of(line1, line2, town, postcode)
                .filter(part -> part != null && !part.isBlank())
                .reduce((a, b) -> a + ", " + b).orElse("");
    }
}
