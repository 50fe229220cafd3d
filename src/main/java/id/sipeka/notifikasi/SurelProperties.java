package id.sipeka.notifikasi;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * E-mail settings (the SMTP server itself is Spring Boot's {@code spring.mail.*}; without {@code spring.mail.host}
 * nothing is sent).
 *
 * @param pengirim the From address
 * @param ulang how often unsent e-mails are tried again
 * @param tungguUlang how old an unsent e-mail must be before a retry takes it (younger ones are still being sent)
 * @param percobaanMaks attempts before an e-mail is given up (and logged)
 */
@ConfigurationProperties("sipeka.surel")
record SurelProperties(String pengirim, Duration ulang, Duration tungguUlang, int percobaanMaks) {
}
