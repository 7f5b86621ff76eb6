package uk.peel.missingperson;

/**
 * What the records say about a report: how many other reports of the same person, and from the same linked location
 * (such as a care home), within the repeat window.
 */
public record MissingPersonFlags(int earlierReports, int linkedLocationReports) {

    public boolean repeatMissing() {
        return earlierReports > 0;
    }

    public boolean linkedLocation() {
        return linkedLocationReports > 0;
    }
}
