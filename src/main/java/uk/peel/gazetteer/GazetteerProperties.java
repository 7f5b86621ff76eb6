package uk.peel.gazetteer;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The gazetteer's settings ({@code peel.gazetteer.*}).
 *
 * @param seed load the shipped Trafford postcodes on start when the gazetteer is empty. On by default, on any
 *             database, because they are real reference data rather than demo records; a force that imports the
 *             national directory before first start never sees them, and one that wants an empty gazetteer turns
 *             this off.
 */
@ConfigurationProperties("peel.gazetteer")
record GazetteerProperties(@DefaultValue("true") boolean seed) {
}
