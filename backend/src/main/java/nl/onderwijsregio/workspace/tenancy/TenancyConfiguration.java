package nl.onderwijsregio.workspace.tenancy;

import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/** Makes every Spring-managed transaction region-scoped (and person-scoped where someone is signed in). */
@Configuration(proxyBeanMethods = false)
class TenancyConfiguration {

    @Bean
    PlatformTransactionManager transactionManager(DataSource dataSource, ObjectProvider<PersonOfWork> person) {
        return new RegionScopedTransactionManager(dataSource, person.getIfAvailable(() -> PersonOfWork.NOBODY));
    }
}
