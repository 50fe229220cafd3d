package id.sipeka.evaluasi.ui;

import static id.sipeka.base.IsiBuatan.MB;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.upload.Upload;
import id.sipeka.Masuk;
import id.sipeka.base.IsiBuatan;
import id.sipeka.base.ui.UnggahanUji;
import id.sipeka.evaluasi.EvaluasiData.BarisLaporan;
import id.sipeka.evaluasi.EvaluasiQueryService;
import id.sipeka.evaluasi.PembukaanEvaluasiService;
import id.sipeka.evaluasi.KecamatanSeed003;
import id.sipeka.evaluasi.PenyiapSeed003;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A unit's evidence file goes through the report row's dialog: one far over {@code sipeka.unggah.bukti} (10 MB) is
 * refused while it is read — the server never holds it whole — with the Indonesian message, and nothing is stored.
 */
@SpringBootTest
class UnggahBuktiTest extends SpringBrowserlessTest {

    private static KecamatanSeed003 k;
    private static long evaluasiId;

    @Autowired
    PenyiapSeed003 seed003;
    @Autowired
    EvaluasiQueryService evaluasi;
    @Autowired
    PembukaanEvaluasiService pembukaan;
    @Autowired
    UserDetailsService users;

    @BeforeEach
    void laporanTerbuka() {
        if (k == null) {
            k = seed003.siapkan();
            Masuk.sebagai(users, k.sekcam());
            evaluasiId = pembukaan.mulai(k.kecamatanId(), 2026, 1).id();
        }
        Masuk.sebagai(users, k.kasi());
    }

    @AfterEach
    void keluar() {
        Masuk.keluar();
    }

    @Test
    void anEvidenceFileFarOverTheLimitIsRefusedWhileReadWithTheIndonesianMessageAndNothingIsStored() throws Exception {
        LaporanView view = bukaBaris(KecamatanSeed003.FORUM);
        IsiBuatan besar = IsiBuatan.pdf(200 * MB); // generated while read, never held by the test

        MockHttpServletResponse respons = UnggahanUji.kirim(find(Upload.class).single(), "foto-kegiatan.pdf",
                "application/pdf", besar, -1, "192.0.2.30");

        assertThat(besar.dibaca()).as("byte yang dibaca server").isLessThanOrEqualTo(10 * MB + 1);
        assertThat(respons.getStatus()).isEqualTo(413);
        assertThat(test(find(Notification.class).last()).getText())
                .isEqualTo("Berkas \"foto-kegiatan.pdf\" ditolak karena lebih besar dari 10 MB.");
        assertThat(baris(view, KecamatanSeed003.FORUM).bukti()).isEmpty();
    }

    @Test
    void anEvidenceFileWithinTheLimitIsStored() throws Exception {
        LaporanView view = bukaBaris(KecamatanSeed003.PERDES);
        byte[] pdf = "%PDF-1.7\n% daftar hadir rapat\n".getBytes(StandardCharsets.ISO_8859_1);

        MockHttpServletResponse respons = UnggahanUji.kirim(find(Upload.class).single(), "daftar-hadir.pdf",
                "application/pdf", new ByteArrayInputStream(pdf), pdf.length, "192.0.2.31");

        assertThat(respons.getStatus()).isEqualTo(200);
        assertThat(test(find(Notification.class).last()).getText()).isEqualTo("Bukti tersimpan: daftar-hadir.pdf");
        assertThat(baris(view, KecamatanSeed003.PERDES).bukti()).singleElement()
                .satisfies(b -> assertThat(b.nama()).isEqualTo("daftar-hadir.pdf"));
    }

    /** The kasi's report, with the row's dialog opened by a click as on the screen. */
    private LaporanView bukaBaris(String kode) {
        UI.getCurrent().navigate("evaluasi/" + evaluasiId + "/laporan");
        LaporanView view = (LaporanView) getCurrentView();
        var item = view.tabel.grid.getGenericDataView().getItems().toList();
        for (int i = 0; i < item.size(); i++) {
            if (item.get(i).kode().equals(kode)) {
                test(view.tabel.grid).clickRow(i);
                return view;
            }
        }
        throw new AssertionError("tidak ada baris " + kode);
    }

    private BarisLaporan baris(LaporanView view, String kode) {
        return evaluasi.laporan(view.laporanId).baris().stream().filter(b -> b.kode().equals(kode)).findFirst().orElseThrow();
    }
}
