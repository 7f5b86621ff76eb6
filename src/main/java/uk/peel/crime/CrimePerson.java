package uk.peel.crime;

import java.util.Objects;
import java.util.UUID;

/** A person record linked to a crime in a role. The person's details stay on their own record. */
public record CrimePerson(Role role, UUID personId) {

    public enum Role {
        VICTIM("Victim"), SUSPECT("Suspect"), OFFENDER("Offender"), WITNESS("Witness"), REPORTING_PERSON("Reporting person");

        private final String label;

        Role(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public CrimePerson {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(personId, "personId");
    }
}
