package id.sipeka.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sipeka.Masuk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The audit log is read by the camat, the sekcam and the admin, through the service too, not only on the screen. */
@SpringBootTest
class AuditAksesTest {

    @Autowired
    AuditService audit;
    @Autowired
    UserDetailsService users;

    @AfterEach
    void keluar() {
        Masuk.keluar();
    }

    @Test
    void theSekcamReadsTheirKecamatansLog() {
        Masuk.sebagai(users, "sekcam");
        assertThat(audit.terbaru()).isNotEmpty();
    }

    @Test
    void aStafAndAUnitHeadAreRefusedByTheService() {
        // (not kasi.pmd nor kasubag.uk: other tests make them Plt. Sekcam / Plh. Camat, who may read the log)
        for (String user : new String[] {"staf.pem", "kasi.pu"}) {
            Masuk.sebagai(users, user);
            assertThatThrownBy(audit::terbaru).as(user).isInstanceOf(AccessDeniedException.class);
        }
    }
}
