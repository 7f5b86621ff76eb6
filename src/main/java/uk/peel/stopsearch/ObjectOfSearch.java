package uk.peel.stopsearch;

import java.util.Arrays;
import java.util.Optional;

/** What the officer was looking for, as data.police.uk publishes it. */
public enum ObjectOfSearch {
    CONTROLLED_DRUGS("Controlled drugs"),
    OFFENSIVE_WEAPONS("Offensive weapons"),
    STOLEN_GOODS("Stolen goods"),
    ARTICLE_FOR_USE_IN_THEFT("Article for use in theft"),
    ARTICLES_FOR_CRIMINAL_DAMAGE("Articles for use in criminal damage"),
    FIREARMS("Firearms"),
    ANYTHING_TO_THREATEN_OR_HARM("Anything to threaten or harm anyone"),
    FIREWORKS("Fireworks"),
    PSYCHOACTIVE_SUBSTANCES("Psychoactive substances"),
    EVIDENCE_OF_OFFENCES_UNDER_THE_ACT("Evidence of offences under the Act"),
    TERRORISM("Evidence of terrorism"),
    GOODS_DUTY_NOT_PAID("Goods on which duty has not been paid etc."),
    EVIDENCE_OF_WILDLIFE_OFFENCES("Evidence of wildlife offences"),
    GAME_OR_POACHING_EQUIPMENT("Game or poaching equipment"),
    CROSSBOWS("Crossbows");

    private final String label;

    ObjectOfSearch(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<ObjectOfSearch> fromLabel(String label) {
        return Arrays.stream(values()).filter(o -> o.label.equalsIgnoreCase(label == null ? "" : label.strip())).findFirst();
    }
}
