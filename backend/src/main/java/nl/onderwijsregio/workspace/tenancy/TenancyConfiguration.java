package nl.onderwijsregio.workspace.tenancy;

import java.util.List;
import javax.sql.DataSource;
import org.jooq.ExecuteListenerProvider;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Makes every Spring-managed transaction region-scoped (and person-scoped where someone is signed in), and every jOOQ
 * statement part of one.
 */
@Configuration(proxyBeanMethods = false)
class TenancyConfiguration {

    @Bean
    PlatformTransactionManager transactionManager(DataSource dataSource, ObjectProvider<PersonOfWork> person) {
        return new RegionScopedTransactionManager(dataSource, person.getIfAvailable(() -> PersonOfWork.NOBODY));
    }

    @Bean
    ExecuteListenerProvider transactionBoundary() {
        return new DefaultExecuteListenerProvider(new TransactionBoundary());
    }

    @Bean
    SmartInitializingSingleton entryPointRegions(ObjectProvider<EntryPointRegion> sources) {
        return () ->
                EntryPointRegions.register(List.copyOf(sources.orderedStream().toList()));
    }
}
