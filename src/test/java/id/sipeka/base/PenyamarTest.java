package id.sipeka.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PenyamarTest {

    @Test
    void aPasswordInAJdbcUrlIsHiddenAndTheRestKept() {
        assertThat(Penyamar.samarkan("jdbc:mariadb://db:3306/sipeka?user=sipeka&password=Rahasia!42&useSsl=true"))
                .isEqualTo("jdbc:mariadb://db:3306/sipeka?user=sipeka&password=****&useSsl=true");
        assertThat(Penyamar.samarkan("jdbc:mariadb://db/sipeka;PWD=x1;foo=bar")).isEqualTo("jdbc:mariadb://db/sipeka;PWD=****;foo=bar");
    }

    @Test
    void aPasswordInAUrlsUserPartIsHidden() {
        assertThat(Penyamar.samarkan("koneksi ke https://admin:s3cr3t@contoh.id/api gagal"))
                .isEqualTo("koneksi ke https://admin:****@contoh.id/api gagal");
    }

    @Test
    void keyValueSecretsInMessagesAreHidden() {
        assertThat(Penyamar.samarkan("sandi=abc passphrase: \"dua kata\" token=ey.J"))
                .isEqualTo("sandi=**** passphrase: **** token=****");
    }

    @Test
    void textWithoutSecretsIsLeftAlone() {
        String biasa = "SIPEKA memakai basis data MariaDB 10.11 di jdbc:mariadb://127.0.0.1:3306/sipeka";
        assertThat(Penyamar.samarkan(biasa)).isSameAs(biasa);
    }
}
