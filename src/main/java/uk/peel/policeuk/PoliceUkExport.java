package uk.peel.policeuk;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Service;

import uk.peel.audit.AuditLog;
import uk.peel.crime.Crime;
import uk.peel.crime.CrimeId;
import uk.peel.crime.CrimeLocation;
import uk.peel.crime.Crimes;
import uk.peel.crime.NotifiableOffences;
import uk.peel.crime.Offence;
import uk.peel.gazetteer.Coordinates;
import uk.peel.gazetteer.Gazetteer;
import uk.peel.gazetteer.Location;
import uk.peel.investigation.InvestigationEntries.Outcome;
import uk.peel.investigation.Investigations;
import uk.peel.investigation.OutcomeType;
import uk.peel.investigation.OutcomeTypes;
import uk.peel.platform.FieldProblem;
import uk.peel.platform.ForceTime;
import uk.peel.platform.InvalidInputException;

/**
 * A month's data.police.uk files: the street-level file (every crime recorded in the month and not cancelled, with
 * its crime type and its last outcome so far) and the outcomes file (every outcome dated in the month, for crimes of
 * any month). Locations are snapped to anonymous points ({@link AnonymousMap}) and crimes are identified by keyed
 * hashes ({@link CrimeIdentifiers}); the true address and the crime reference are never written. Each export is
 * audited as a disclosure, durably, before the files are put in place.
 */
@Service
public class PoliceUkExport {

    /** The street-level file's header, exactly as data.police.uk publishes it: other teams' tests rely on it. */
    public static final List<String> STREET_HEADER = List.of("Crime ID", "Month", "Reported by", "Falls within", "Longitude",
            "Latitude", "Location", "LSOA code", "LSOA name", "Crime type", "Last outcome category", "Context");
    /** The outcomes file's header, exactly as data.police.uk publishes it. */
    public static final List<String> OUTCOMES_HEADER = List.of("Crime ID", "Month", "Reported by", "Falls within", "Longitude",
            "Latitude", "Location", "LSOA code", "LSOA name", "Outcome type");
    static final String NO_LOCATION = "No location";
    static final String RECIPIENT = "data.police.uk (public open data)";

    private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();

    private final Crimes crimes;
    private final NotifiableOffences offences;
    private final Investigations investigations;
    private final OutcomeTypes outcomeTypes;
    private final Gazetteer gazetteer;
    private final CrimeIdentifiers identifiers;
    private final PoliceUkProperties properties;
    private final AuditLog audit;
    private final Clock clock;

    PoliceUkExport(Crimes crimes, NotifiableOffences offences, Investigations investigations, OutcomeTypes outcomeTypes,
                   Gazetteer gazetteer, CrimeIdentifiers identifiers, PoliceUkProperties properties, AuditLog audit, Clock clock) {
        this.crimes = crimes;
        this.offences = offences;
        this.investigations = investigations;
        this.outcomeTypes = outcomeTypes;
        this.gazetteer = gazetteer;
        this.identifiers = identifiers;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
    }

    /** The two files' rows for a month, not yet disclosed. */
    public record Publication(YearMonth month, String force, List<List<String>> street, List<List<String>> outcomes,
                              Set<CrimeId> crimes) {
        public String streetFileName() {
            return month + "-" + slug(force) + "-street.csv";
        }

        public String outcomesFileName() {
            return month + "-" + slug(force) + "-outcomes.csv";
        }

        public String streetCsv() {
            return csv(STREET_HEADER, street);
        }

        public String outcomesCsv() {
            return csv(OUTCOMES_HEADER, outcomes);
        }

        private static String slug(String force) {
            return new PoliceUkProperties(force, null).fileSlug();
        }
    }

    /** Where the files went and how many rows each has. */
    public record Written(Path street, Path outcomes, int streetRows, int outcomeRows) {
        public String summary() {
            return "police-uk street=" + streetRows + " outcomes=" + outcomeRows + " files=" + street + "," + outcomes;
        }
    }

    /**
     * Reads "2026-10" as a month that can be published: not in the future.
     *
     * @throws InvalidInputException naming the field {@code month} and what is wrong with it
     */
    public YearMonth month(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(List.of(new FieldProblem("month", "Give the month to publish as YYYY-MM, such as 2026-10")));
        }
        YearMonth month;
        try {
            month = YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(List.of(new FieldProblem("month",
                    "'" + text.strip() + "' is not a month: give it as YYYY-MM, such as 2026-10")));
        }
        YearMonth now = YearMonth.from(LocalDate.ofInstant(clock.instant(), ForceTime.ZONE));
        if (month.isAfter(now)) {
            throw new InvalidInputException(List.of(new FieldProblem("month", month + " has not begun yet (it is " + now + " now)")));
        }
        return month;
    }

    /**
     * The Crime ID a crime is (or would be) published under: for the Force Crime Registrar answering a query from
     * data.police.uk about one row, and for tests. Not offered on any page, since it undoes the anonymity of one row.
     */
    public String publishedId(CrimeId crime) {
        return identifiers.hasher().apply(crime);
    }

    /** The month's rows; nothing is disclosed until they are written or downloaded. */
    public Publication prepare(YearMonth month) {
        AnonymousMap map = AnonymousMap.of(gazetteer.liveWithCoordinates(), properties.minimumPostcodesPerPoint());
        Function<CrimeId, String> crimeId = identifiers.hasher();
        String force = properties.force();
        Set<CrimeId> published = new LinkedHashSet<>();

        List<Crime> recorded = crimes.recordedIn(month).stream().filter(c -> !c.isCancelled()).toList();
        Map<CrimeId, Outcome> lastOutcomes = investigations.currentOutcomes(recorded.stream().map(Crime::id).toList());
        List<List<String>> street = new ArrayList<>();
        for (Crime crime : recorded) {
            Outcome outcome = lastOutcomes.get(crime.id());
            String lastCategory = outcome == null ? OutcomeTypes.UNDER_INVESTIGATION
                    : outcomeTypes.find(outcome.outcomeType()).map(OutcomeType::policeUkLastOutcomeCategory).orElse(OutcomeTypes.UNDER_INVESTIGATION);
            List<String> row = new ArrayList<>(List.of(crimeId.apply(crime.id()), month.toString(), force, force));
            row.addAll(place(map, crime.details().location()));
            row.add(crimeType(crime));
            row.add(lastCategory);
            row.add("");
            street.add(row);
            published.add(crime.id());
        }

        Map<CrimeId, Outcome> dated = investigations.outcomesDated(month.atDay(1), month.atEndOfMonth());
        List<List<String>> outcomes = new ArrayList<>();
        for (Crime crime : crimes.findAll(dated.keySet())) {
            if (crime.isCancelled()) {
                continue;
            }
            Optional<OutcomeType> type = outcomeTypes.find(dated.get(crime.id()).outcomeType());
            if (type.isEmpty()) {
                continue;
            }
            List<String> row = new ArrayList<>(List.of(crimeId.apply(crime.id()), month.toString(), force, force));
            row.addAll(place(map, crime.details().location()));
            row.add(type.get().policeUkOutcomeType());
            outcomes.add(row);
            published.add(crime.id());
        }
        return new Publication(month, force, street, outcomes, published);
    }

    /**
     * Writes the month's two files into {@code directory} (made if missing), replacing any earlier export of the same
     * month, after the disclosure is in the audit log.
     *
     * @throws InvalidInputException when the directory cannot be made or written to, naming it
     */
    public Written write(YearMonth month, Path directory) {
        Path dir = directory.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
        } catch (FileAlreadyExistsException e) {
            throw unwritable(dir, "it is a file, not a directory");
        } catch (AccessDeniedException e) {
            throw unwritable(dir, "permission denied");
        } catch (IOException e) {
            throw unwritable(dir, e.getMessage());
        }
        if (!Files.isDirectory(dir)) {
            throw unwritable(dir, "it is not a directory");
        }
        if (!Files.isWritable(dir)) {
            throw unwritable(dir, "permission denied");
        }
        Publication publication = prepare(month);
        Path street = dir.resolve(publication.streetFileName());
        Path outcomes = dir.resolve(publication.outcomesFileName());
        Path streetPart = dir.resolve(publication.streetFileName() + ".part");
        Path outcomesPart = dir.resolve(publication.outcomesFileName() + ".part");
        try {
            Files.writeString(streetPart, publication.streetCsv(), StandardCharsets.UTF_8);
            Files.writeString(outcomesPart, publication.outcomesCsv(), StandardCharsets.UTF_8);
            disclose(publication, "files in " + dir);
            Files.move(streetPart, street, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Files.move(outcomesPart, outcomes, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (NoSuchFileException | AccessDeniedException e) {
            throw unwritable(dir, "cannot write " + e.getFile());
        } catch (IOException e) {
            throw unwritable(dir, e.getMessage());
        } finally {
            deleteQuietly(streetPart);
            deleteQuietly(outcomesPart);
        }
        return new Written(street, outcomes, publication.street().size(), publication.outcomes().size());
    }

    /** The month's files for download: disclosed (audited) before they are returned. */
    public Publication download(YearMonth month, String which) {
        Publication publication = prepare(month);
        disclose(publication, "download of the " + which + " file");
        return publication;
    }

    private void disclose(Publication publication, String how) {
        audit.recordDurably(AuditLog.Access.disclosure("crime", publication.crimes(), RECIPIENT, "police.uk export of "
                + publication.month() + ": " + publication.street().size() + " street-level rows, " + publication.outcomes().size()
                + " outcome rows (" + how + ")"));
    }

    /** Longitude, Latitude, Location, LSOA code, LSOA name: the anonymous point's, never the crime's own. */
    private List<String> place(AnonymousMap map, CrimeLocation location) {
        Optional<AnonymousMap.Point> point = where(location).flatMap(map::snap);
        if (point.isEmpty()) {
            return List.of("", "", NO_LOCATION, "", "");
        }
        AnonymousMap.Point p = point.get();
        return List.of(String.format(java.util.Locale.ROOT, "%.6f", p.longitude()), String.format(java.util.Locale.ROOT, "%.6f", p.latitude()),
                p.location(), p.lsoaCode(), p.lsoaName() == null ? "" : p.lsoaName());
    }

    private Optional<Coordinates> where(CrimeLocation location) {
        if (location.latitude() != null && location.longitude() != null) {
            return Optional.of(Coordinates.of(location.latitude(), location.longitude()));
        }
        if (location.postcode() != null) {
            try {
                return gazetteer.lookup(location.postcode()).filter(Location::hasCoordinates).map(Location::coordinates);
            } catch (RuntimeException e) {
                return Optional.empty(); // a postcode the gazetteer cannot read is published without a location
            }
        }
        return Optional.empty();
    }

    private String crimeType(Crime crime) {
        return offences.find(crime.classification()).map(Offence::policeUkCrimeType).filter(t -> !t.isBlank()).orElse("Other crime");
    }

    private static String csv(List<String> header, List<List<String>> rows) {
        StringWriter out = new StringWriter();
        try (Writer writer = out; CSVPrinter printer = new CSVPrinter(writer, CSV)) {
            printer.printRecord(header);
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static InvalidInputException unwritable(Path dir, String why) {
        return new InvalidInputException(List.of(new FieldProblem("out", "Cannot write the export to " + dir + ": " + why)));
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // a leftover .part file is harmless and named as such
        }
    }
}
