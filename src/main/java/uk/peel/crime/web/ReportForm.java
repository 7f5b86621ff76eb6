package uk.peel.crime.web;

import uk.peel.crime.RecordingChannel;

/** The "take a report" form as typed; the time is the browser's local date-time, read as UK time. */
public record ReportForm(RecordingChannel channel, String reportedAt, String sourceReference, String summary, String postcode,
                         String address, String suggestedClassification) {
}
