package id.sipeka.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sipeka.Masuk;
import id.sipeka.organisasi.AkunService;
import id.sipeka.organisasi.OrganisasiData.AkunData;
import id.sipeka.organisasi.OrganisasiService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Sign-in through the application's own authentication (what the login form and Basic auth use): someone guessing
 * from their address cannot lock the official out, and a held-back attempt is answered exactly like a wrong password.
 */
@SpringBootTest
class MasukTerbatasTest {

    private static final String SANDI = "sandi-yang-benar";
    private static final String PENYERANG = "198.51.100.7";
    private static final String KANTOR = "203.0.113.9";

    @Autowired
    AuthenticationConfiguration konfigurasi;
    @Autowired
    AkunService akunService;
    @Autowired
    OrganisasiService organisasi;
    @Autowired
    UserDetailsService users;

    AuthenticationManager masuk;
    AkunData akun;

    @BeforeEach
    void akunBaru() throws Exception {
        masuk = konfigurasi.getAuthenticationManager();
        Masuk.sebagai(users, "admin");
        long kecamatan = organisasi.kecamatanDenganKode("KALAENA").orElseThrow().id();
        long pegawai = organisasi.pegawai(kecamatan).getFirst().id();
        akun = akunService.buat("uji.tahan." + System.nanoTime(), SANDI, Peran.STAF, pegawai, null);
        Masuk.keluar();
    }

    @AfterEach
    void keluar() {
        Masuk.keluar();
    }

    @Test
    void guessesFromOneAddressDoNotLockTheOfficialOutAtTheirOwn() {
        for (int i = 0; i < 8; i++) {
            String salah = "salah-" + i;
            assertThatThrownBy(() -> coba(salah, PENYERANG)).isInstanceOf(BadCredentialsException.class);
        }

        assertThat(coba(SANDI, KANTOR).isAuthenticated()).isTrue();
    }

    @Test
    void aHeldBackAttemptIsAnsweredLikeAWrongPasswordEvenWithTheRightOne() {
        String pesanSalah = null;
        for (int i = 0; i < 5; i++) {
            try {
                coba("salah", PENYERANG);
            } catch (BadCredentialsException e) {
                pesanSalah = e.getMessage();
            }
        }

        assertThatThrownBy(() -> coba(SANDI, PENYERANG)).isExactlyInstanceOf(BadCredentialsException.class)
                .hasMessage(pesanSalah);
        Masuk.sebagai(users, "admin");
        assertThat(data().terkunci()).as("the admin sees the account held back").isTrue();
    }

    @Test
    void theAdminReleasesAHeldBackAccountAtOnce() {
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> coba("salah", KANTOR)).isInstanceOf(BadCredentialsException.class);
        }
        Masuk.sebagai(users, "admin");
        AkunData tertahan = data();
        akunService.ubah(new AkunData(tertahan.id(), tertahan.username(), tertahan.peran(), tertahan.pegawaiId(), null,
                true, false, tertahan.version()));
        Masuk.keluar();

        assertThat(coba(SANDI, KANTOR).isAuthenticated()).isTrue();
    }

    private Authentication coba(String sandi, String alamat) {
        var token = UsernamePasswordAuthenticationToken.unauthenticated(akun.username(), sandi);
        token.setDetails(new WebAuthenticationDetails(alamat, null));
        return masuk.authenticate(token);
    }

    private AkunData data() {
        return akunService.semua().stream().filter(a -> a.id().equals(akun.id())).findFirst().orElseThrow();
    }
}
