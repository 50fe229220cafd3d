package id.sipeka.evaluasi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.sipeka.Masuk;
import id.sipeka.evaluasi.EvaluasiData.BarisRencanaAksi;
import id.sipeka.evaluasi.EvaluasiData.UbahRencanaAksi;
import id.sipeka.inbox.InboxService;
import id.sipeka.inbox.InboxService.Tugas;
import java.util.Arrays;
import org.flowable.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A unit's rencana aksi approval runs on processes/rencana-aksi.bpmn20.xml: it starts when the Renja is ditetapkan,
 * its tasks reach "Tugas Saya" with the document's name and the rencana aksi screen, a return gives the unit its task
 * back, an approval ends it; a rencana aksi from before the process gets one on its next step.
 */
@SpringBootTest
class RencanaAksiProsesTest {

    private static final String PEM = "Seksi Pemerintahan Umum";

    @Autowired
    PenyiapSeed003 seed003;
    @Autowired
    RencanaAksiService rencanaAksi;
    @Autowired
    InboxService inbox;
    @Autowired
    RuntimeService runtime;
    @Autowired
    RencanaAksiUnitRepository unitRepo;
    @Autowired
    UserDetailsService users;

    @AfterEach
    void keluar() {
        Masuk.keluar();
    }

    @Test
    void theUnitFillsTheSekcamReturnsThenApprovesAndEachTaskIsInTheInbox() {
        KecamatanSeed003 k = seed003.siapkanTanpaRencanaAksi();
        String rute = "renja/" + k.renjaId() + "/rencana-aksi";
        long id = unitRepo.findByRenjaIdAndUnitKerjaId(k.renjaId(), k.pem()).orElseThrow().id;
        assertThat(proses(id)).isOne();

        Masuk.sebagai(users, k.kasi());
        assertThat(inbox.tugasSaya()).filteredOn(t -> t.prosesKey().equals(ProsesRencanaAksi.KUNCI))
                .extracting(Tugas::nama, Tugas::judul, Tugas::rute, Tugas::prosesNama)
                .containsExactly(tuple("Isi rencana aksi 2026", "Rencana aksi 2026 — " + PEM, rute, "Rencana aksi"));
        isi(k);
        rencanaAksi.ajukan(k.renjaId(), k.pem());
        assertThat(rencanaAksiSaya()).isEmpty();

        Masuk.sebagai(users, k.sekcam());
        assertThat(rencanaAksiSaya()).extracting(Tugas::nama, Tugas::judul, Tugas::rute)
                .containsExactly(tuple("Persetujuan rencana aksi 2026", "Rencana aksi 2026 — " + PEM, rute));
        rencanaAksi.kembalikan(k.renjaId(), k.pem(), "Target TW II terlalu rendah");
        assertThat(rencanaAksiSaya()).extracting(Tugas::judul).doesNotContain("Rencana aksi 2026 — " + PEM);

        Masuk.sebagai(users, k.kasi());
        assertThat(rencanaAksiSaya()).extracting(Tugas::nama).containsExactly("Isi rencana aksi 2026");
        rencanaAksi.ajukan(k.renjaId(), k.pem());
        Masuk.sebagai(users, k.sekcam());
        rencanaAksi.setujui(k.renjaId(), k.pem());
        assertThat(rencanaAksiSaya()).extracting(Tugas::judul).doesNotContain("Rencana aksi 2026 — " + PEM);
        assertThat(proses(id)).isZero();
        assertThat(rencanaAksi.unit(k.renjaId(), k.pem()).status()).isEqualTo(StatusRencanaAksi.DISETUJUI);
    }

    @Test
    void aRencanaAksiFromBeforeTheProcessGetsItsProcessOnItsNextStep() {
        KecamatanSeed003 k = seed003.siapkanTanpaRencanaAksi();
        long id = unitRepo.findByRenjaIdAndUnitKerjaId(k.renjaId(), k.pem()).orElseThrow().id;
        // as if created before rencana aksi ran on a process
        runtime.deleteProcessInstance(runtime.createProcessInstanceQuery().processDefinitionKey(ProsesRencanaAksi.KUNCI)
                .processInstanceBusinessKey(String.valueOf(id)).singleResult().getId(), "uji");

        Masuk.sebagai(users, k.kasi());
        isi(k);
        rencanaAksi.ajukan(k.renjaId(), k.pem());
        assertThat(proses(id)).isOne();
        Masuk.sebagai(users, k.sekcam());
        assertThat(rencanaAksiSaya()).extracting(Tugas::nama).contains("Persetujuan rencana aksi 2026");
        rencanaAksi.setujui(k.renjaId(), k.pem());
        assertThat(proses(id)).isZero();
    }

    private java.util.List<Tugas> rencanaAksiSaya() {
        return inbox.tugasSaya().stream().filter(t -> t.prosesKey().equals(ProsesRencanaAksi.KUNCI)).toList();
    }

    private long proses(long rencanaAksiUnitId) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(ProsesRencanaAksi.KUNCI)
                .processInstanceBusinessKey(String.valueOf(rencanaAksiUnitId)).count();
    }

    private void isi(KecamatanSeed003 k) {
        for (BarisRencanaAksi b : rencanaAksi.baris(k.renjaId(), k.pem())) {
            rencanaAksi.simpan(new UbahRencanaAksi(b.id(), b.version(), KecamatanSeed003.angka(3, 3, 3, 3),
                    Arrays.asList(1_000_000L, 1_000_000L, 1_000_000L, 1_000_000L)));
        }
    }
}
