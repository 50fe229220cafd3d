package id.sipeka.dokumen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sipeka.base.AturanDilanggarException;
import id.sipeka.base.Nip;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Signing keys held in memory and issued off the signing path: the keystore file is read once however often one
 * signs, a configured keystore replaced on disk is read again, one person never gets two certificates however many
 * ask at once (two application contexts sharing the directory included), and a step that finds its signer's key not
 * ready is refused with a message while the key is still issued in the background.
 */
class KunciPenandatanganTest {

    @TempDir
    Path dir;
    final List<KunciPenandatangan> dibuat = new ArrayList<>();

    KunciPenandatangan kunci(Path keystore, String sandi, Duration tunggu) {
        KunciPenandatangan k = new KunciPenandatangan(new DokumenProperties(dir.resolve("arsip"), null, keystore, sandi,
                dir.resolve("kunci"), tunggu, null), Clock.systemUTC());
        dibuat.add(k);
        return k;
    }

    @AfterEach
    void tutup() {
        dibuat.forEach(KunciPenandatangan::destroy);
    }

    static TandaTangan penanda(String nama, String nip) {
        return new TandaTangan("Kalaena Kiri", LocalDate.of(2026, 6, 30), null, "CAMAT KALAENA", nama, "Pembina, IV/a",
                Nip.of(nip));
    }

    @Test
    void aKeyIsReadFromTheKeystoreOnceAndThenServedFromMemory() {
        KunciPenandatangan k = kunci(null, null, null);
        k.siapkan("197703292008011008", "H. Marsuki", "Kecamatan Kalaena").join();
        KunciPenandatangan server = kunci(null, null, null);
        TandaTangan camat = penanda("H. Marsuki", "197703292008011008");

        X509Certificate pertama = server.untuk(camat, "Kecamatan Kalaena").sertifikat();
        for (int i = 0; i < 20; i++) {
            assertThat(server.untuk(camat, "Kecamatan Kalaena").sertifikat()).isSameAs(pertama);
        }

        assertThat(server.jumlahBacaBerkas()).isEqualTo(1);
    }

    @Test
    void aConfiguredKeystoreReplacedOnDiskIsReadAgainWithoutARestart() throws Exception {
        KunciPenandatangan penerbit = kunci(null, "sandi-keystore", null);
        penerbit.siapkan("197703292008011008", "H. Marsuki", "Kecamatan Kalaena").join();
        Path keystore = dir.resolve("bsre.p12");
        Files.copy(dir.resolve("kunci/penandatangan.p12"), keystore);
        KunciPenandatangan server = kunci(keystore, "sandi-keystore", null);
        TandaTangan sekcam = penanda("Andi Sekcam", "198001012005011002");

        assertThat(server.untuk(penanda("H. Marsuki", "197703292008011008"), "Kecamatan Kalaena")).isNotNull();
        assertThatThrownBy(() -> server.untuk(sekcam, "Kecamatan Kalaena"))
                .isInstanceOf(AturanDilanggarException.class).hasMessageContaining("19800101 200501 1 002");

        // the administrator puts a keystore with the sekcam's certificate in place
        penerbit.siapkan("198001012005011002", "Andi Sekcam", "Kecamatan Kalaena").join();
        KeyStore baru = KeyStore.getInstance("PKCS12");
        try (var in = Files.newInputStream(dir.resolve("kunci/penandatangan.p12"))) {
            baru.load(in, "sandi-keystore".toCharArray());
        }
        Path sementara = dir.resolve("bsre-baru.p12");
        try (OutputStream out = Files.newOutputStream(sementara)) {
            baru.store(out, "sandi-keystore".toCharArray());
        }
        Files.move(sementara, keystore, StandardCopyOption.REPLACE_EXISTING);

        assertThat(server.untuk(sekcam, "Kecamatan Kalaena").sertifikat().getSubjectX500Principal().getName())
                .contains("CN=Andi Sekcam");
        assertThat(server.jumlahBacaBerkas()).isEqualTo(2);
    }

    @Test
    void manyAskingAtOnceFromTwoContextsGiveOnePersonOneCertificate() throws Exception {
        KunciPenandatangan satu = kunci(null, null, null);
        KunciPenandatangan dua = kunci(null, null, null);
        TandaTangan camat = penanda("H. Marsuki", "197703292008011008");
        ExecutorService banyak = Executors.newFixedThreadPool(8);
        List<Callable<X509Certificate>> kerja = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            KunciPenandatangan k = i % 2 == 0 ? satu : dua;
            kerja.add(i % 3 == 0 ? () -> {
                k.siapkan("197703292008011008", "H. Marsuki", "Kecamatan Kalaena").join();
                return k.untuk(camat, "Kecamatan Kalaena").sertifikat();
            } : () -> k.untuk(camat, "Kecamatan Kalaena").sertifikat());
        }
        Set<X509Certificate> sertifikat = new HashSet<>();
        for (Future<X509Certificate> f : banyak.invokeAll(kerja)) {
            sertifikat.add(f.get());
        }
        banyak.shutdown();

        assertThat(sertifikat).hasSize(1);
        KeyStore ks = KeyStore.getInstance("PKCS12");
        String sandi = Files.readString(dir.resolve("kunci/kata-sandi.txt")).strip();
        try (var in = Files.newInputStream(dir.resolve("kunci/penandatangan.p12"))) {
            ks.load(in, sandi.toCharArray());
        }
        assertThat(ks.getCertificate("197703292008011008")).isEqualTo(sertifikat.iterator().next());
    }

    @Test
    void aStepThatFindsItsSignersKeyNotReadyIsRefusedAndTheKeyIsStillIssued() {
        KunciPenandatangan k = kunci(null, null, Duration.ZERO);
        TandaTangan camat = penanda("H. Marsuki", "197703292008011008");

        assertThatThrownBy(() -> k.untuk(camat, "Kecamatan Kalaena")).isInstanceOf(AturanDilanggarException.class)
                .hasMessageContaining("sedang disiapkan").hasMessageContaining("19770329 200801 1 008");

        k.siapkan("197703292008011008", "H. Marsuki", "Kecamatan Kalaena").join();
        assertThat(k.ada("197703292008011008")).isTrue();
        assertThat(k.untuk(camat, "Kecamatan Kalaena").sertifikat().getSubjectX500Principal().getName())
                .contains("CN=H. Marsuki");
    }
}
