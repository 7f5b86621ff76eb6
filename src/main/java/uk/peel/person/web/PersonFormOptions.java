package uk.peel.person.web;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import uk.peel.person.Address;
import uk.peel.person.Alias;
import uk.peel.person.Gender;
import uk.peel.person.Identifier;
import uk.peel.person.OfficerDefinedEthnicity;
import uk.peel.person.SelfDefinedEthnicity;
import uk.peel.person.WarningMarker;

/** The choices the person form offers, each as the code the form sends and the words the officer reads. */
public record PersonFormOptions(List<Option> genders, List<Option> selfDefinedEthnicities,
                                List<Option> officerDefinedEthnicities, List<Option> aliasTypes,
                                List<Option> addressTypes, List<Option> identifierTypes,
                                List<Option> warningMarkerTypes) {

    public record Option(String value, String label) {
    }

    static final PersonFormOptions ALL = new PersonFormOptions(
            options(Gender.values(), Gender::label),
            options(SelfDefinedEthnicity.values(), e -> e.label() + " (" + e.name() + ")"),
            options(OfficerDefinedEthnicity.values(), e -> e.name() + " – " + e.label()),
            options(Alias.Type.values(), Alias.Type::label),
            options(Address.Type.values(), Address.Type::label),
            options(Identifier.Type.values(), Identifier.Type::label),
            options(WarningMarker.Type.values(), WarningMarker.Type::label));

    private static <E extends Enum<E>> List<Option> options(E[] values, Function<E, String> label) {
        return Arrays.stream(values).map(v -> new Option(v.name(), label.apply(v))).toList();
    }
}
