package nl.onderwijsregio.workspace.scheduling;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Fallback;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Switches on scheduled jobs and provides the system clock, which a test (or another config) may replace. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SchedulingConfiguration {

    // A fallback, so that a Clock defined elsewhere (e.g. a test's fixed clock) wins without overriding this one.
    @Bean
    @Fallback
    Clock systemClock() {
        return Clock.systemDefaultZone();
    }
}
