/**
 * The gazetteer: UK postcodes with where they are and the areas they lie in (ward, LSOA, MSOA, local authority),
 * for placing incidents and crimes. The root package is the module's API: {@link uk.peel.gazetteer.Gazetteer}
 * (lookup, typeahead, nearest postcode), the values it answers with, and {@link uk.peel.gazetteer.Coordinates}
 * with its haversine {@link uk.peel.gazetteer.Distance}. Loaded from the ONS Postcode Directory; not personal data.
 */
package uk.peel.gazetteer;
