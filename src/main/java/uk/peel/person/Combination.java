package uk.peel.person;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What merging one person record into another adds to the survivor: every name, date of birth, address,
 * identifier and warning marker the survivor did not already have, and any gender or ethnicity it lacked. The
 * merged record's own name is kept as an alias, because someone may search for the person by it. Kept with the
 * merge, this is the provenance of those items and what an undo takes away again.
 */
public record Combination(List<Alias> aliases, List<PartialDate> datesOfBirth, List<Address> addresses,
                          List<Identifier> identifiers, List<WarningMarker> warningMarkers, Gender gender,
                          SelfDefinedEthnicity selfDefinedEthnicity, OfficerDefinedEthnicity officerDefinedEthnicity) {

    public Combination {
        aliases = List.copyOf(aliases);
        datesOfBirth = List.copyOf(datesOfBirth);
        addresses = List.copyOf(addresses);
        identifiers = List.copyOf(identifiers);
        warningMarkers = List.copyOf(warningMarkers);
    }

    static Combination of(PersonDetails survivor, PersonDetails merged) {
        List<Alias> aliases = new ArrayList<>();
        Alias ownName = new Alias(merged.forenames(), merged.surname(), Alias.Type.ALIAS);
        if (!sameName(ownName, survivor.forenames(), survivor.surname())) {
            aliases.add(ownName);
        }
        aliases.addAll(merged.aliases());
        List<Alias> newAliases = new ArrayList<>();
        for (Alias alias : aliases) {
            boolean known = sameName(alias, survivor.forenames(), survivor.surname())
                    || survivor.aliases().stream().anyMatch(a -> sameName(alias, a.forenames(), a.surname()))
                    || newAliases.stream().anyMatch(a -> sameName(alias, a.forenames(), a.surname()));
            if (!known) {
                newAliases.add(alias);
            }
        }
        return new Combination(newAliases, missing(survivor.datesOfBirth(), merged.datesOfBirth()),
                missing(survivor.addresses(), merged.addresses()), missing(survivor.identifiers(), merged.identifiers()),
                missing(survivor.warningMarkers(), merged.warningMarkers()),
                survivor.gender() == Gender.UNKNOWN && merged.gender() != Gender.UNKNOWN ? merged.gender() : null,
                survivor.selfDefinedEthnicity() == null ? merged.selfDefinedEthnicity() : null,
                survivor.officerDefinedEthnicity() == null ? merged.officerDefinedEthnicity() : null);
    }

    /** The survivor with everything contributed added. */
    PersonDetails appliedTo(PersonDetails survivor) {
        return new PersonDetails(survivor.forenames(), survivor.surname(), plus(survivor.aliases(), aliases),
                plus(survivor.datesOfBirth(), datesOfBirth), gender != null ? gender : survivor.gender(),
                selfDefinedEthnicity != null ? selfDefinedEthnicity : survivor.selfDefinedEthnicity(),
                officerDefinedEthnicity != null ? officerDefinedEthnicity : survivor.officerDefinedEthnicity(),
                plus(survivor.addresses(), addresses), plus(survivor.identifiers(), identifiers),
                plus(survivor.warningMarkers(), warningMarkers));
    }

    /**
     * The survivor as it is now with what this merge contributed taken out again. Corrections made since the merge
     * are kept: only items still exactly as contributed are removed, and a gender or ethnicity only if unchanged.
     */
    PersonDetails removedFrom(PersonDetails current) {
        return new PersonDetails(current.forenames(), current.surname(), minus(current.aliases(), aliases),
                minus(current.datesOfBirth(), datesOfBirth),
                gender != null && current.gender() == gender ? Gender.UNKNOWN : current.gender(),
                selfDefinedEthnicity != null && current.selfDefinedEthnicity() == selfDefinedEthnicity ? null : current.selfDefinedEthnicity(),
                officerDefinedEthnicity != null && current.officerDefinedEthnicity() == officerDefinedEthnicity ? null : current.officerDefinedEthnicity(),
                minus(current.addresses(), addresses), minus(current.identifiers(), identifiers),
                minus(current.warningMarkers(), warningMarkers));
    }

    public boolean isEmpty() {
        return aliases.isEmpty() && datesOfBirth.isEmpty() && addresses.isEmpty() && identifiers.isEmpty()
                && warningMarkers.isEmpty() && gender == null && selfDefinedEthnicity == null && officerDefinedEthnicity == null;
    }

    private static boolean sameName(Alias alias, String forenames, String surname) {
        return fold(alias.forenames()).equals(fold(forenames)) && fold(alias.surname()).equals(fold(surname));
    }

    private static String fold(String name) {
        return name == null ? "" : name.strip().toLowerCase(Locale.UK);
    }

    private static <T> List<T> missing(List<T> have, List<T> other) {
        return other.stream().filter(item -> !have.contains(item)).distinct().toList();
    }

    private static <T> List<T> plus(List<T> have, List<T> more) {
        List<T> all = new ArrayList<>(have);
        all.addAll(more);
        return all;
    }

    /** Removes one occurrence of each item, so a copy an officer added independently is kept. */
    private static <T> List<T> minus(List<T> have, List<T> contributed) {
        List<T> left = new ArrayList<>(have);
        for (T item : contributed) {
            for (int i = left.size() - 1; i >= 0; i--) {
                if (Objects.equals(left.get(i), item)) {
                    left.remove(i);
                    break;
                }
            }
        }
        return left;
    }
}
