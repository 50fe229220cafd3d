package id.sipeka.notifikasi;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The e-mail retries and the morning summary run on Spring's scheduler. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SurelConfig {
}
