package uk.peel.platform.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    private final String govukVersion;
    private final String mojVersion;

    // Versions come from the build (pom.xml) through resource filtering of application.yml.
    WebConfiguration(@Value("${peel.web.govuk-frontend-version}") String govukVersion,
                     @Value("${peel.web.moj-frontend-version}") String mojVersion) {
        this.govukVersion = govukVersion;
        this.mojVersion = mojVersion;
    }

    /**
     * GOV.UK Frontend's and MOJ Frontend's stylesheets load fonts and images from absolute {@code /assets/...}
     * paths, so serve that path from both design systems' WebJars.
     */
    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/assets/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/govuk-frontend/" + govukVersion + "/dist/govuk/assets/",
                        "classpath:/META-INF/resources/webjars/ministryofjustice__frontend/" + mojVersion + "/moj/assets/");
    }
}
