package uk.peel.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PeelServerTest {

    @Test
    void readsHeapFromPrometheusText() {
        String text = """
                # HELP jvm_memory_used_bytes The amount of used memory
                jvm_memory_used_bytes{area="heap",id="G1 Eden Space"} 1.048576E7
                jvm_memory_used_bytes{area="heap",id="G1 Old Gen"} 2.097152E7
                jvm_memory_used_bytes{area="nonheap",id="Metaspace"} 9.9E7
                jvm_memory_max_bytes{area="heap",id="G1 Eden Space"} -1.0
                jvm_memory_max_bytes{area="heap",id="G1 Old Gen"} 4.294967296E9
                """;

        assertThat(PeelServer.metricSum(text, "jvm_memory_used_bytes", "area=\"heap\"")).isEqualTo(31_457_280L);
        assertThat(PeelServer.metricSum(text, "jvm_memory_max_bytes", "area=\"heap\"")).isEqualTo(4_294_967_296L);
    }
}
