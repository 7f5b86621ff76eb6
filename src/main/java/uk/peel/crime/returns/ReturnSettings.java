package uk.peel.crime.returns;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code peel.crime.returns.*}: who the return goes to, and the community safety partnership of each local
 * authority. Most CSPs in England and Wales cover one district or unitary authority and take its name, so an
 * authority not listed is its own partnership; merged partnerships are listed by the authority's GSS code, such as
 * {@code E07000117: Pennine Lancashire}.
 */
@ConfigurationProperties("peel.crime.returns")
public record ReturnSettings(String recipient, Map<String, String> communitySafetyPartnerships) {

    public ReturnSettings {
        recipient = recipient == null || recipient.isBlank() ? "Home Office (monthly recorded crime return)" : recipient.strip();
        communitySafetyPartnerships = communitySafetyPartnerships == null ? Map.of() : Map.copyOf(communitySafetyPartnerships);
    }

    String partnershipOf(String localAuthorityCode, String localAuthorityName) {
        if (localAuthorityCode != null && communitySafetyPartnerships.containsKey(localAuthorityCode)) {
            return communitySafetyPartnerships.get(localAuthorityCode);
        }
        return localAuthorityName != null ? localAuthorityName : localAuthorityCode;
    }
}
