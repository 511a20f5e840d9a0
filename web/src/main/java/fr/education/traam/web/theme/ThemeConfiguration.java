package fr.education.traam.web.theme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The active theme, once, for every page (templates read it as {@code @theme}). */
@Configuration(proxyBeanMethods = false)
class ThemeConfiguration {

    @Bean
    Theme theme(ThemeProperties properties) {
        return Theme.of(properties);
    }
}
