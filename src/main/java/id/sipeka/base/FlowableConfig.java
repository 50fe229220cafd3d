package id.sipeka.base;

import org.flowable.spring.SpringProcessEngineConfiguration;
import org.flowable.spring.boot.EngineConfigurationConfigurer;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Flowable's engine setup. Flyway must migrate before Flowable creates its ACT_* tables, otherwise Flyway finds a
 * non-empty schema without its history table and refuses to start: depending on the migration initializer orders
 * the two. The engine reads SIPEKA's clock, so timers and due dates use the app's "now" and zone. The processes carry
 * BPMN DI; the screens draw it as SVG ({@link GambarAlurProses}), so the engine does not render a PNG of each
 * definition at deployment (java.awt, unused).
 */
@Configuration(proxyBeanMethods = false)
class FlowableConfig {

    @Bean
    EngineConfigurationConfigurer<SpringProcessEngineConfiguration> mesinProses(FlywayMigrationInitializer flyway,
            JamSipeka jam) {
        return konfigurasi -> {
            konfigurasi.setClock(new JamFlowable(jam));
            konfigurasi.setCreateDiagramOnDeploy(false);
        };
    }
}
