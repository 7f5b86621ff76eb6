package uk.peel.crime.returns;

/**
 * The month's counts for one Home Office offence code.
 *
 * @param earlierMonths the part of {@code net} that adjusts crimes counted in earlier months
 * @param net the change to the code's count this return makes: recorded + in - out - cancelled
 */
public record SummaryRow(String code, String offence, String category, long recorded, long reclassifiedIn,
                         long reclassifiedOut, long cancelled, long earlierMonths, long net) {
}
