package uk.peel.safeguarding;

import java.time.Instant;
import java.util.UUID;

/**
 * A record in another module that raised a notice, or was linked to one already open: a crime, a stop, a person
 * record's warning marker. Each record raises or is linked to a notice of a type once (the database holds that rule).
 *
 * @param occurrence which event of the record (the person record's version that added a marker); empty otherwise
 * @param raised whether the record raised the notice, rather than being linked to one already open
 */
public record PpnLink(PpnId ppnId, Kind kind, UUID linkedId, String occurrence, String type, String reference,
                      Instant linkedAt, boolean raised) {

    public enum Kind {
        CRIME("Crime"), STOP("Stop"), PERSON_MARKER("Person record");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
