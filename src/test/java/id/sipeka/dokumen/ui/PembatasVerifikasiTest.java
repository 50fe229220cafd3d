package id.sipeka.dokumen.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** How often one address may compare files on the public page: a sliding minute, per address, in bounded memory. */
class PembatasVerifikasiTest {

    /** A clock the test moves by hand. */
    static final class JamUji extends Clock {
        Instant kini = Instant.parse("2026-07-01T02:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return kini;
        }

        void maju(Duration d) {
            kini = kini.plus(d);
        }
    }

    @Test
    void theSixthComparisonWithinAMinuteFromOneAddressIsRefusedWhileAnotherAddressGoesAhead() {
        JamUji jam = new JamUji();
        PembatasVerifikasi pembatas = new PembatasVerifikasi(5, jam);

        for (int i = 0; i < 5; i++) {
            assertThat(pembatas.izinkan("203.0.113.7")).as("perbandingan ke-%d", i + 1).isTrue();
            jam.maju(Duration.ofSeconds(5));
        }
        assertThat(pembatas.izinkan("203.0.113.7")).isFalse();
        assertThat(pembatas.izinkan("198.51.100.20")).isTrue();
    }

    @Test
    void aMinuteAfterItsFirstComparisonTheAddressMayCompareAgain() {
        JamUji jam = new JamUji();
        PembatasVerifikasi pembatas = new PembatasVerifikasi(2, jam);
        assertThat(pembatas.izinkan("203.0.113.8")).isTrue();
        jam.maju(Duration.ofSeconds(30));
        assertThat(pembatas.izinkan("203.0.113.8")).isTrue();
        assertThat(pembatas.izinkan("203.0.113.8")).isFalse();

        jam.maju(Duration.ofSeconds(30)); // the first comparison has left the window, the second has not
        assertThat(pembatas.izinkan("203.0.113.8")).isTrue();
        assertThat(pembatas.izinkan("203.0.113.8")).isFalse();
    }

    @Test
    void manyDifferentAddressesKeepOnlyTheMostRecentInMemory() {
        PembatasVerifikasi pembatas = new PembatasVerifikasi(5, new JamUji());
        for (int i = 0; i < PembatasVerifikasi.ALAMAT_MAKS + 5_000; i++) {
            pembatas.izinkan("10." + (i >> 16 & 0xFF) + "." + (i >> 8 & 0xFF) + "." + (i & 0xFF));
        }
        assertThat(pembatas.jumlahAlamat()).isEqualTo(PembatasVerifikasi.ALAMAT_MAKS);
    }
}
