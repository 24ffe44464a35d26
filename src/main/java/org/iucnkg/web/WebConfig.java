package org.iucnkg.web;

import org.iucnkg.api.ApiProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The key facts added to the linked-data pages of resolutions and organisations. */
@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {
    private final ResolutionFacts resolutions;
    private final OrganisationFacts organisations;
    private final ApiProperties api;

    WebConfig(ResolutionFacts resolutions, OrganisationFacts organisations, ApiProperties api) {
        this.resolutions = resolutions;
        this.organisations = organisations;
        this.api = api;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new EntityFactsInterceptor(resolutions, organisations, api.partSize())).addPathPatterns("/id/**");
    }
}
