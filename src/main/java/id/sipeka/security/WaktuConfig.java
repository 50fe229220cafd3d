package id.sipeka.security;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for "today" (acting periods, deadlines) in the kecamatan's time zone (Luwu Timur: WITA). */
@Configuration(proxyBeanMethods = false)
class WaktuConfig {

    @Bean
    Clock clock(@Value("${sipeka.zona-waktu:Asia/Makassar}") String zona) {
        return Clock.system(ZoneId.of(zona));
    }
}
