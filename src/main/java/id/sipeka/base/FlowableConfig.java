package id.sipeka.base;

import org.flowable.spring.SpringProcessEngineConfiguration;
import org.flowable.spring.boot.EngineConfigurationConfigurer;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Flyway must migrate before Flowable creates its ACT_* tables, otherwise Flyway finds a non-empty schema
 * without its history table and refuses to start. Depending on the migration initializer orders the two.
 */
@Configuration(proxyBeanMethods = false)
class FlowableConfig {

    @Bean
    EngineConfigurationConfigurer<SpringProcessEngineConfiguration> sesudahFlyway(FlywayMigrationInitializer flyway) {
        return konfigurasi -> {
            // nothing to change: this bean exists only for its dependency on the Flyway migration
        };
    }
}
