package uk.peel.stopsearch;

import java.util.Arrays;
import java.util.Optional;

/**
 * The power a search was made under, named as data.police.uk publishes it. Two powers need no suspicion of the
 * person but an officer's authorisation for the area and time (section 60, section 47A); the rest need reasonable
 * grounds, which the officer records.
 */
public enum Legislation {
    PACE_S1("Police and Criminal Evidence Act 1984 (section 1)", false),
    MISUSE_OF_DRUGS_S23("Misuse of Drugs Act 1971 (section 23)", false),
    CJPOA_S60("Criminal Justice and Public Order Act 1994 (section 60)", true),
    FIREARMS_S47("Firearms Act 1968 (section 47)", false),
    CJA_S139B("Criminal Justice Act 1988 (section 139B)", false),
    PSYCHOACTIVE_SUBSTANCES_S36("Psychoactive Substances Act 2016 (s36(2))", false),
    PSYCHOACTIVE_SUBSTANCES_S37("Psychoactive Substances Act 2016 (s37(2))", false),
    CUSTOMS_AND_EXCISE_S163("Customs and Excise Management Act 1979 (section 163)", false),
    PUBLIC_STORES_S6("Public Stores Act 1875 (section 6)", false),
    TERRORISM_S43("Terrorism Act 2000 (section 43)", false),
    TERRORISM_S43A("Terrorism Act 2000 (section 43A)", false),
    TERRORISM_S47A("Terrorism Act 2000 (section 47A)", true),
    WILDLIFE_AND_COUNTRYSIDE_S19("Wildlife and Countryside Act 1981 (section 19)", false);

    private final String label;
    private final boolean needsAuthorisation;

    Legislation(String label, boolean needsAuthorisation) {
        this.label = label;
        this.needsAuthorisation = needsAuthorisation;
    }

    public String label() {
        return label;
    }

    /** No suspicion needed, but an authorisation by a senior officer for the place and time. */
    public boolean needsAuthorisation() {
        return needsAuthorisation;
    }

    public static Optional<Legislation> fromLabel(String label) {
        return Arrays.stream(values()).filter(l -> l.label.equalsIgnoreCase(label == null ? "" : label.strip())).findFirst();
    }
}
