package id.sipeka.notifikasi;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * Whether this installation sends e-mail: a mail sender with a server to talk to (SIPEKA_SMTP_HOST given; left empty,
 * Spring Boot still makes a sender, without a host). When off, no e-mail work is even queued after a notification.
 */
@Component
class SurelAktif {

    private final ObjectProvider<JavaMailSender> mail;

    SurelAktif(ObjectProvider<JavaMailSender> mail) {
        this.mail = mail;
    }

    boolean aktif() {
        JavaMailSender pengirim = mail.getIfAvailable();
        return pengirim instanceof JavaMailSenderImpl impl ? impl.getHost() != null && !impl.getHost().isBlank()
                : pengirim != null;
    }

    JavaMailSender pengirim() {
        return mail.getObject();
    }
}
