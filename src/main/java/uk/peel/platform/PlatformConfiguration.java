package uk.peel.platform;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PlatformConfiguration {

    /** The one source of "now", so that tests of clocks and deadlines can control time. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
