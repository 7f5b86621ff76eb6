package uk.peel.platform;

import java.time.Clock;

import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import tools.jackson.databind.json.JsonMapper;

/** The working-day calendar, loaded once at start-up, and service levels written in configuration as text. */
@Configuration(proxyBeanMethods = false)
class WorkingDaysConfiguration {

    @Bean
    WorkingDays workingDays(WorkingDaysSettings settings, JsonMapper json, Clock clock) {
        WorkingDays calendar = WorkingDays.load(settings, json);
        calendar.warnIfEndingSoon(ForceTime.today(clock));
        return calendar;
    }

    @Bean
    @ConfigurationPropertiesBinding
    static Converter<String, ServiceLevel> serviceLevelConverter() {
        return new Converter<>() {
            @Override
            public ServiceLevel convert(String text) {
                return ServiceLevel.parse(text);
            }
        };
    }
}
