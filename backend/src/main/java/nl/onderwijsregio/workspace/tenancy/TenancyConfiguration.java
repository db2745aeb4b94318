package nl.onderwijsregio.workspace.tenancy;

import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/** Makes every Spring-managed transaction region-scoped. */
@Configuration(proxyBeanMethods = false)
class TenancyConfiguration {

    @Bean
    PlatformTransactionManager transactionManager(DataSource dataSource) {
        return new RegionScopedTransactionManager(dataSource);
    }
}
