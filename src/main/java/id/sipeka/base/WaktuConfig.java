package id.sipeka.base;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One clock and one zone for the whole deployment (a kabupaten lives in one zone: WIB, WITA or WIT), from
 * {@code sipeka.zona-waktu}. Inject {@link Clock}; never call {@code now()} without it and never write a zone in code.
 */
@Configuration(proxyBeanMethods = false)
class WaktuConfig {

    @Bean
    JamSipeka clock(@Value("${sipeka.zona-waktu}") String zona) {
        return new JamSipeka(ZoneId.of(zona));
    }
}
