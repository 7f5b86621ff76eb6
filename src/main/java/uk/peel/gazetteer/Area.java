package uk.peel.gazetteer;

/**
 * An area a postcode lies in, by its ONS (GSS) code, such as E01006112, and its name where the source gave one,
 * such as "Trafford 001D". The code is what official returns use; the name is for people.
 */
public record Area(String code, String name) {

    /** The area, or null when the source gave neither code nor name. */
    static Area of(String code, String name) {
        return code == null && name == null ? null : new Area(code, name);
    }
}
