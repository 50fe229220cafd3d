package id.sipeka.renja;

import static org.assertj.core.api.Assertions.assertThat;

import id.sipeka.Masuk;
import id.sipeka.organisasi.AkunService;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.renja.AktivitasRenjaData.AktivitasRenja;
import id.sipeka.renja.AktivitasRenjaData.UbahAktivitas;
import id.sipeka.renja.RenjaData.BarisRenja;
import id.sipeka.renstra.ImporRenstraService;
import id.sipeka.renstra.Prioritas;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.ObjectMapper;

/** Several Aktivitas added to one Renja row at the same moment: each gets its own code and the pagu is their sum. */
@SpringBootTest
class AktivitasSerentakTest {

    private static final String SUB = "7.01.01.2.01.0001";
    private static final int N = 6;

    @Autowired
    OrganisasiService organisasi;
    @Autowired
    AkunService akun;
    @Autowired
    UserDetailsService users;
    @Autowired
    ImporRenstraService impor;
    @Autowired
    LayananRenja layanan;
    @Autowired
    AktivitasRenjaService aktivitas;
    @Autowired
    ObjectMapper json;

    @Test
    void sixAktivitasAddedAtOnceEachGetTheirOwnCodeAndTheRowPaguIsTheirSum() throws Exception {
        KabupatenAktivitasUji k = KabupatenAktivitasUji.siapkan(organisasi, akun, users, true);
        impor.imporJson(k.kecamatan().id(), KabupatenAktivitasUji.json(json, k.kecamatan().nama()));
        Masuk.sebagai(users, k.sekcam());
        long renjaId = layanan.pembukaan().buka(k.kecamatan().id(), 2025, RenjaUji.batasDari(LocalDate.now())).id();
        Masuk.sebagai(users, k.kasiPem());
        BarisRenja sub = layanan.baca().barisUnit(renjaId, k.pem()).stream().filter(b -> b.kode().equals(SUB)).findFirst()
                .orElseThrow();
        long sebelum = sub.pagu();
        int adaSebelum = aktivitas.aktivitas(sub.id()).size();

        ExecutorService pool = Executors.newFixedThreadPool(N);
        CountDownLatch mulai = new CountDownLatch(1);
        List<Future<AktivitasRenja>> hasil = new ArrayList<>();
        for (int i = 0; i < N; i++) {
            long rp = 100_000L * (i + 1);
            hasil.add(pool.submit(() -> {
                Masuk.sebagai(users, k.kasiPem());
                mulai.await();
                return aktivitas.simpan(new UbahAktivitas(null, sub.id(), 0, "Aktivitas serentak " + rp, BigDecimal.ONE,
                        "Kali", Prioritas.RENDAH, rp, null));
            }));
        }
        mulai.countDown();
        List<String> kode = new ArrayList<>();
        for (Future<AktivitasRenja> f : hasil) {
            kode.add(f.get().kode());
        }
        pool.shutdown();

        assertThat(kode).doesNotHaveDuplicates().hasSize(N);
        assertThat(aktivitas.aktivitas(sub.id())).hasSize(adaSebelum + N);
        long tambahan = 100_000L * N * (N + 1) / 2;
        BarisRenja sesudah = layanan.baca().barisUnit(renjaId, k.pem()).stream().filter(b -> b.kode().equals(SUB))
                .findFirst().orElseThrow();
        assertThat(sesudah.pagu()).isEqualTo(sebelum + tambahan);
    }
}
