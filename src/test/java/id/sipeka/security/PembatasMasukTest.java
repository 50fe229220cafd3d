package id.sipeka.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The rules of held-back sign-ins, on a clock the test moves. */
class PembatasMasukTest {

    private static final String PENYERANG = "198.51.100.7";
    private static final String KANTOR = "203.0.113.9";

    private final JamUji jam = new JamUji();
    private final PembatasMasuk pembatas = new PembatasMasuk(jam, 5, 30, Duration.ofMinutes(1), Duration.ofMinutes(15));

    @Test
    void fiveWrongPasswordsHoldTheAccountBackAtThatAddressOnly() {
        gagal("camat", PENYERANG, 4);
        assertThat(pembatas.tertahan("camat", PENYERANG)).isFalse();
        gagal("camat", PENYERANG, 1);

        assertThat(pembatas.tertahan("camat", PENYERANG)).isTrue();
        assertThat(pembatas.tertahan("Camat ", PENYERANG)).as("same account however typed").isTrue();
        assertThat(pembatas.tertahan("camat", KANTOR)).as("the official at the office").isFalse();
        assertThat(pembatas.adaYangTertahan("camat")).isTrue();
    }

    @Test
    void eachFailureAfterTheLimitDoublesTheWaitUpToTheMaximum() {
        gagal("camat", PENYERANG, 5);
        jam.maju(Duration.ofSeconds(59));
        assertThat(pembatas.tertahan("camat", PENYERANG)).isTrue();
        jam.maju(Duration.ofSeconds(1));
        assertThat(pembatas.tertahan("camat", PENYERANG)).isFalse();

        gagal("camat", PENYERANG, 1); // 6th: 2 minutes
        jam.maju(Duration.ofSeconds(119));
        assertThat(pembatas.tertahan("camat", PENYERANG)).isTrue();
        jam.maju(Duration.ofSeconds(1));
        assertThat(pembatas.tertahan("camat", PENYERANG)).isFalse();

        gagal("camat", PENYERANG, 20); // far past the limit: never longer than 15 minutes
        jam.maju(Duration.ofMinutes(15));
        assertThat(pembatas.tertahan("camat", PENYERANG)).isFalse();
    }

    @Test
    void aSuccessfulSignInClearsTheCountAndTheAdminReleasesEveryAddress() {
        gagal("sekcam", KANTOR, 4);
        pembatas.berhasil("sekcam", KANTOR);
        gagal("sekcam", KANTOR, 4);
        assertThat(pembatas.tertahan("sekcam", KANTOR)).isFalse();

        gagal("sekcam", PENYERANG, 5);
        gagal("sekcam", KANTOR, 5);
        pembatas.buka("sekcam");
        assertThat(pembatas.tertahan("sekcam", PENYERANG)).isFalse();
        assertThat(pembatas.tertahan("sekcam", KANTOR)).isFalse();
        assertThat(pembatas.adaYangTertahan("sekcam")).isFalse();
    }

    @Test
    void anAddressGuessingAcrossManyAccountsIsHeldBackAsAWhole() {
        for (int i = 0; i < 30; i++) {
            gagal("akun" + i, PENYERANG, 1);
        }
        assertThat(pembatas.tertahan("akun-lain", PENYERANG)).isTrue();
        assertThat(pembatas.tertahan("akun-lain", KANTOR)).isFalse();
    }

    private void gagal(String akun, String alamat, int kali) {
        for (int i = 0; i < kali; i++) {
            pembatas.gagal(akun, alamat);
        }
    }

    private static final class JamUji extends Clock {
        private Instant kini = Instant.parse("2026-12-07T01:00:00Z");

        void maju(Duration d) {
            kini = kini.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Asia/Makassar");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return kini;
        }
    }
}
