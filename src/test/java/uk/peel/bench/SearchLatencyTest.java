package uk.peel.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class SearchLatencyTest {

    /** JFR silently times nothing for a method that no longer exists, and the profile would then mislead. */
    @Test
    void everyMethodTheProfileTimesExists() throws Exception {
        for (String timed : SearchLatency.TIMED_METHODS) {
            String[] parts = timed.split("::");
            Class<?> type = Class.forName(parts[0]);
            assertThat(Arrays.stream(type.getDeclaredMethods()).anyMatch(method -> method.getName().equals(parts[1])))
                    .as(timed).isTrue();
        }
    }
}
