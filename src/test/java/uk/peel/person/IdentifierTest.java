package uk.peel.person;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdentifierTest {

    @ParameterizedTest
    @CsvSource({
            "PNC_ID, 85/123456k, 85/123456K, true",
            "PNC_ID, 1985/0123456K, 1985/0123456K, true",
            "PNC_ID, 123456K, 123456K, false",
            "CRO_NUMBER, 123456/85K, 123456/85K, true",
            "NI_NUMBER, ab 12 34 56 c, AB123456C, true",
            "NI_NUMBER, QQ123456C, QQ123456C, false",
            "NI_NUMBER, GB123456A, GB123456A, false",
            "NI_NUMBER, QQ123456E, QQ123456E, false",
            "PHONE, 07700 900123, 07700900123, true",
            "PHONE, +44 (161) 496-0000, +441614960000, true",
            "PHONE, call me, CALLME, false",
            "EMAIL, Someone@Example.ORG, someone@example.org, true",
            "PASSWORD_LIKE_GARBAGE_IS_NOT_A_TYPE, x, x, false"})
    void normalisesValuesSoTheSameNumberTypedTwoWaysIsTheSame(String type, String typed, String stored, boolean valid) {
        Identifier.Type identifierType;
        try {
            identifierType = Identifier.Type.valueOf(type);
        } catch (IllegalArgumentException unknownType) {
            assertThat(valid).isFalse();
            return;
        }

        Identifier identifier = new Identifier(identifierType, typed);

        assertThat(identifier.value()).isEqualTo(stored);
        assertThat(identifierType.accepts(identifier.value())).isEqualTo(valid);
    }
}
