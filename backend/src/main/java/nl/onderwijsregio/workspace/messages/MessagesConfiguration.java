package nl.onderwijsregio.workspace.messages;

import java.nio.charset.StandardCharsets;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The bundle {@code i18n/texts} as Spring's message source, so that Bean Validation messages written as {@code
 * message = "{key}"} are resolved from it in the request's language; Dutch where no language is known.
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

    MessagesConfiguration() {
        // without a request (jobs, tests) texts are Dutch, not the JVM's language
        LocaleContextHolder.setDefaultLocale(Language.NL.locale());
    }

    @Bean
    MessageSource messageSource() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename(Texts.BUNDLE.replace('.', '/'));
        source.setDefaultEncoding(StandardCharsets.UTF_8.name());
        source.setFallbackToSystemLocale(false);
        source.setDefaultLocale(Language.NL.locale());
        return source;
    }
}
