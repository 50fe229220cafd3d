package id.sipeka.renja;

import static org.assertj.core.api.Assertions.assertThat;

import id.sipeka.Masuk;
import id.sipeka.base.StatusPersetujuan;
import id.sipeka.organisasi.AkunService;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.renja.RenjaData.BarisRenja;
import id.sipeka.renja.RenjaData.UbahBarisRenja;
import id.sipeka.renstra.ImporRenstraService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.ObjectMapper;

/**
 * Sixteen unit heads submit at the same moment, then sixteen reviews run at the same moment, on MariaDB: all
 * complete without a deadlock error and without a lost update.
 */
@SpringBootTest
class RenjaSerentakTest {

    static final int PENGGUNA = 16;

    @Autowired
    RenjaQueryService renja;
    @Autowired
    PembukaanRenjaService pembukaan;
    @Autowired
    PengisianBagianService pengisian;
    @Autowired
    TelaahSekcamService telaah;
    @Autowired
    OrganisasiService organisasi;
    @Autowired
    AkunService akun;
    @Autowired
    ImporRenstraService renstra;
    @Autowired
    UserDetailsService users;
    @Autowired
    ObjectMapper json;

    @AfterEach
    void keluar() {
        Masuk.keluar();
    }

    @Test
    void sixteenUsersSubmittingAndReviewingAtOnceLoseNothing() throws Exception {
        KecamatanUji kec = KecamatanUji.siapkan(organisasi, akun, renstra, users, json, PENGGUNA);
        Masuk.sebagai(users, kec.sekcam());
        LocalDate h = LocalDate.now();
        long id = pembukaan.buka(kec.kecamatanId(), 2026, new Batas(h.plusDays(5), h.plusDays(6), h.plusDays(7), h.plusDays(8))).id();

        List<Throwable> galat = serentak(PENGGUNA, i -> {
            Masuk.sebagai(users, kec.kepala().get(i));
            BarisRenja b = renja.barisUnit(id, kec.unit().get(i)).getFirst();
            pengisian.simpanBaris(new UbahBarisRenja(b.id(), b.version(), b.indikator(), b.target(), b.lokasi(),
                    1_000_000L + i, "APBD", "diisi " + i, b.targetMaju(), b.paguMaju()));
            pengisian.ajukanBagian(id, kec.unit().get(i));
        });
        assertThat(galat).isEmpty();

        galat = serentak(PENGGUNA, i -> {
            Masuk.sebagai(users, kec.sekcam());
            telaah.setujuiBagian(id, kec.unit().get(i));
        });
        assertThat(galat).isEmpty();

        Masuk.sebagai(users, kec.sekcam());
        assertThat(renja.bagian(id)).hasSize(PENGGUNA).allMatch(b -> b.status() == StatusPersetujuan.DISETUJUI);
        assertThat(renja.langkahSaatIni(id)).containsExactly("Forum perangkat daerah");
        assertThat(renja.ringkas(id).tahap()).isEqualTo(Tahap.FORUM);
        List<BarisRenja> baris = renja.baris(id);
        for (int i = 0; i < PENGGUNA; i++) {
            long unitId = kec.unit().get(i);
            int nomor = i;
            assertThat(baris).anyMatch(b -> b.unitKerjaId() == unitId && b.pagu() == 1_000_000L + nomor
                    && ("diisi " + nomor).equals(b.catatan()));
        }
        assertThat(renja.perbedaanSejak(id, 1)).isEmpty();
    }

    interface Kerja {
        void jalankan(int i) throws Exception;
    }

    /** Runs n tasks released at the same instant, each on its own thread with its own signed-in user. */
    static List<Throwable> serentak(int n, Kerja kerja) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch mulai = new CountDownLatch(1);
        CountDownLatch selesai = new CountDownLatch(n);
        ConcurrentLinkedQueue<Throwable> galat = new ConcurrentLinkedQueue<>();
        for (int i = 0; i < n; i++) {
            int nomor = i;
            pool.submit(() -> {
                try {
                    mulai.await();
                    kerja.jalankan(nomor);
                } catch (Throwable t) {
                    galat.add(t);
                } finally {
                    Masuk.keluar();
                    selesai.countDown();
                }
            });
        }
        mulai.countDown();
        assertThat(selesai.await(5, TimeUnit.MINUTES)).isTrue();
        pool.shutdown();
        return new ArrayList<>(galat);
    }
}
