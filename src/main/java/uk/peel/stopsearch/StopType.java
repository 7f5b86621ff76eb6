package uk.peel.stopsearch;

/** What kind of stop: the searches data.police.uk publishes, and a stop and account (no search, not published). */
public enum StopType {
    PERSON_SEARCH("Person search", true),
    VEHICLE_SEARCH("Vehicle search", true),
    PERSON_AND_VEHICLE_SEARCH("Person and Vehicle search", true),
    /** Stopped and asked to account for themselves, without a search: no power is used, so none is recorded. */
    STOP_AND_ACCOUNT("Stop and account", false);

    private final String label;
    private final boolean search;

    StopType(String label, boolean search) {
        this.label = label;
        this.search = search;
    }

    public String label() {
        return label;
    }

    public boolean isSearch() {
        return search;
    }

    public static java.util.Optional<StopType> fromLabel(String label) {
        return java.util.Arrays.stream(values()).filter(t -> t.label.equalsIgnoreCase(label == null ? "" : label.strip())).findFirst();
    }
}
