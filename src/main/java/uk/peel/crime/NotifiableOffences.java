package uk.peel.crime;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

import uk.peel.platform.FieldProblem;
import uk.peel.platform.InvalidInputException;

/**
 * The Home Office notifiable offence list crimes are classified under, read once at start from
 * {@code peel.crime.offences} (Peel ships the ONS 2017/18 hierarchy with its data.police.uk crime types; see
 * {@code crime/README.md}).
 */
@Component
public class NotifiableOffences {

    private final Map<String, Offence> byCode = new LinkedHashMap<>();

    NotifiableOffences(@Value("${peel.crime.offences:classpath:crime/notifiable-offences.csv}") Resource list) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader reader = new InputStreamReader(list.getInputStream(), StandardCharsets.UTF_8)) {
            for (CSVRecord row : format.parse(reader)) {
                Offence offence = new Offence(row.get("code").strip(), row.get("offence").strip(), row.get("group").strip(),
                        row.get("category").strip(), row.get("police_uk_crime_type").strip(),
                        Boolean.parseBoolean(row.get("recordable").strip()), Boolean.parseBoolean(row.get("victim_based").strip()));
                if (byCode.put(offence.code().toUpperCase(java.util.Locale.ROOT), offence) != null) {
                    throw new IllegalStateException(list + " line " + row.getRecordNumber() + ": offence code "
                            + offence.code() + " appears twice");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the notifiable offence list " + list, e);
        }
    }

    public List<Offence> all() {
        return List.copyOf(byCode.values());
    }

    /** The offences a new crime may be recorded or reclassified under. */
    public List<Offence> recordable() {
        return byCode.values().stream().filter(Offence::recordable).toList();
    }

    public Optional<Offence> find(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code.strip().toUpperCase(java.util.Locale.ROOT)));
    }

    /** The offence a crime may be recorded under now, or the field's problem in words. */
    Offence requireRecordable(String code, String field) {
        if (code == null || code.isBlank()) {
            throw new InvalidInputException(List.of(new FieldProblem(field, "Choose the Home Office classification")));
        }
        Offence offence = find(code).orElseThrow(() -> new InvalidInputException(List.of(new FieldProblem(field,
                "'" + code.strip() + "' is not on the notifiable offence list"))));
        if (!offence.recordable()) {
            throw new InvalidInputException(List.of(new FieldProblem(field, offence.describe()
                    + " is kept for older crimes only: choose its current classification")));
        }
        return offence;
    }

    /** How a code reads in lists and logs, whether or not it is still on the list. */
    public String describe(String code) {
        return find(code).map(Offence::describe).orElse(code);
    }
}
