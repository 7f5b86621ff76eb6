package uk.peel.platform.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import uk.peel.platform.BusyException;

class BusyResponseTest {

    @RestController
    static class Busy {
        @GetMapping("/api/v1/busy")
        String busy() {
            throw new BusyException("Too many person searches are waiting to run", Duration.ofSeconds(2));
        }
    }

    @Test
    void workRefusedAsBusyIsA503ThatSaysWhyAndWhenToTryAgain() throws Exception {
        MockMvc mvc = MockMvcBuilders.standaloneSetup(new Busy()).setControllerAdvice(new ApiExceptionHandler()).build();

        mvc.perform(get("/api/v1/busy"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "2"))
                .andExpect(jsonPath("$.detail").value("Too many person searches are waiting to run"));
    }
}
