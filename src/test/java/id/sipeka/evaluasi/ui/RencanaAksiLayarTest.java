package id.sipeka.evaluasi.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import id.sipeka.Masuk;
import id.sipeka.evaluasi.EvaluasiData.BarisRencanaAksi;
import id.sipeka.evaluasi.EvaluasiData.RencanaAksiUnitData;
import id.sipeka.evaluasi.KecamatanSeed003;
import id.sipeka.evaluasi.PenyiapSeed003;
import id.sipeka.evaluasi.RencanaAksiService;
import id.sipeka.evaluasi.StatusRencanaAksi;
import id.sipeka.renja.RenjaQueryService;
import id.sipeka.renja.ui.RenjaView;
import id.sipeka.security.SistemAuthentication;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The rencana aksi screen per role on a fresh seed-003 kecamatan whose Renja 2026 is ditetapkan: the kasi fills the
 * quarters and sees the Σ Rp warning, the staf may not submit, the sekcam returns with a reason and approves, the
 * kasi confirms the perjanjian kinerja, the camat only reads.
 */
@SpringBootTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RencanaAksiLayarTest extends SpringBrowserlessTest {

    private static final String PESAN_RP_PERDES = KecamatanSeed003.PERDES
            + ": jumlah Rp TW I–IV Rp 10.969.000 tidak sama dengan anggaran Rp 11.857.500.";

    @Autowired
    PenyiapSeed003 seed003;
    @Autowired
    RenjaQueryService renja;
    @Autowired
    RencanaAksiService rencanaAksi;
    @Autowired
    UserDetailsService users;

    static KecamatanSeed003 k;

    @BeforeEach
    void renja2026Ditetapkan() {
        if (k == null) {
            k = seed003.siapkanTanpaRencanaAksi();
        }
        Masuk.keluar();
    }

    @AfterEach
    void keluar() {
        Masuk.keluar();
    }

    @Test
    @Order(1)
    void theKasiFillsTheQuartersInTheDialogAndSeesTheRpWarning() {
        RencanaAksiView view = buka(k.kasi());
        assertThat(view.ringkasan.isAttached()).isFalse();
        assertThat(view.dapatDiubah).isTrue();
        assertThat(view.status.getText()).startsWith("Status: draf");
        assertThat(view.grid.getGenericDataView().getItems().map(BarisRencanaAksi::kode))
                .containsExactly(KecamatanSeed003.FORUM, KecamatanSeed003.PERDES);
        var kelompok = view.grid.getHeaderRows().getFirst();
        assertThat(kelompok.getCell(view.grid.getColumns().get(6)).getText()).isEqualTo("TW I");
        assertThat(kelompok.getCell(view.grid.getColumns().get(13)).getText()).isEqualTo("TW IV");
        assertThat(test(view.grid).getHeaderCell(7)).isEqualTo("Rp");

        RencanaAksiDialog forum = dialog(view, KecamatanSeed003.FORUM);
        isi(forum, List.of("3", "3", "3", "3"), List.of("4.483.500", "6.000.000", "6.087.500", "6.000.000"));
        assertThat(forum.jumlah.getText()).isEqualTo("Jumlah Rp TW I–IV: Rp 22.571.000 (sama dengan anggaran).");
        test(forum.simpan).click();

        RencanaAksiDialog perdes = dialog(view, KecamatanSeed003.PERDES);
        isi(perdes, List.of("7", "0", "0", "7"), List.of("5.969.000,50", "0", "0", "5.000.000"));
        test(perdes.simpan).click();
        assertThat(perdes.rp.getFirst().isInvalid()).isTrue(); // whole rupiah only: nothing saved, dialog stays
        assertThat(perdes.isOpened()).isTrue();
        test(perdes.rp.getFirst()).setValue("5.969.000");
        assertThat(perdes.jumlah.getText()).contains("tidak sama dengan anggaran Rp 11.857.500");
        test(perdes.simpan).click();

        assertThat(peringatan(view)).containsExactly(PESAN_RP_PERDES);
        int baris = indeks(view, KecamatanSeed003.PERDES);
        assertThat(test(view.grid).getCellText(baris, 14)).isEqualTo("10.969.000 ⚠");
        assertThat(test(view.grid).getCellText(baris, 7)).isEqualTo("5.969.000");
        assertThat(test(view.grid).getCellText(indeks(view, KecamatanSeed003.FORUM), 14)).isEqualTo("22.571.000");
    }

    @Test
    @Order(2)
    void theStafMayDraftButNeitherSubmitsNorConfirms() {
        RencanaAksiView view = buka(k.staf());
        assertThat(view.dapatDiubah).isTrue();
        assertThat(view.ajukan.isEnabled()).as("a staf drafts, only the head submits").isFalse();
        assertThat(view.status.getText()).startsWith("Status: draf");

        tabPk(view);
        test(view.konfirmasi).click();
        assertThat(pesanTerakhir()).isEqualTo("Hanya kepala unit (atau Plt./Plh.-nya) yang dapat melakukan ini.");
        assertThat(view.statusPk.getText()).isEqualTo("Belum dikonfirmasi oleh kepala unit.");
    }

    @Test
    @Order(3)
    void theKasiSubmitsAndTheRowsBecomeReadOnly() {
        RencanaAksiView view = buka(k.kasi());
        test(view.ajukan).click();
        assertThat(pesanTerakhir()).isEqualTo("Rencana aksi diajukan ke Sekretaris Camat.");
        assertThat(view.status.getText()).startsWith("Status: diajukan");
        assertThat(view.dapatDiubah).isFalse();
        assertThat(view.ajukan.isEnabled()).isFalse();
        test(view.grid).clickRow(0);
        roundTrip();
        assertThat(find(RencanaAksiDialog.class).exists()).isFalse();
    }

    @Test
    @Order(4)
    void theSekcamSeesEveryUnitAndReturnsOnlyWithAReason() {
        RencanaAksiView view = buka(k.sekcam());
        assertThat(view.ringkasan.getGenericDataView().getItems())
                .extracting(RencanaAksiUnitData::unitNama, RencanaAksiUnitData::status)
                .containsExactlyInAnyOrder(tuple("Seksi Pemerintahan Umum", StatusRencanaAksi.DIAJUKAN),
                        tuple("Seksi Pelayanan Umum", StatusRencanaAksi.DRAF));
        pilihPem(view);
        assertThat(peringatan(view)).containsExactly(PESAN_RP_PERDES);
        assertThat(view.ajukan.isVisible()).isFalse();
        assertThat(view.setujui.isEnabled()).isTrue();
        test(view.grid).clickRow(0);
        roundTrip();
        assertThat(find(RencanaAksiDialog.class).exists()).isFalse();

        test(view.kembalikan).click();
        roundTrip();
        TextArea alasan = find(TextArea.class).withId("alasan-kembalikan").single();
        Button ok = find(Button.class).withId("konfirmasi-kembalikan").single();
        test(ok).click();
        assertThat(pesanTerakhir()).isEqualTo("Pengembalian wajib disertai alasan.");
        assertThat(alasan.isInvalid()).isTrue();
        assertThat(status()).isEqualTo(StatusRencanaAksi.DIAJUKAN);

        test(alasan).setValue("Rp TW I–IV Perdes harus sama dengan anggaran.");
        test(ok).click();
        assertThat(pesanTerakhir()).isEqualTo("Rencana aksi dikembalikan ke unit.");
        assertThat(status()).isEqualTo(StatusRencanaAksi.DIKEMBALIKAN);
        assertThat(view.status.getText()).startsWith("Status: dikembalikan");
        assertThat(view.setujui.isEnabled()).isFalse();
    }

    @Test
    @Order(5)
    void theKasiSeesTheReasonCorrectsTheRpAndSubmitsAgain() {
        RencanaAksiView view = buka(k.kasi());
        assertThat(view.alasan.getText()).isEqualTo("Alasan sekcam: Rp TW I–IV Perdes harus sama dengan anggaran.");
        assertThat(view.dapatDiubah).isTrue();
        RencanaAksiDialog perdes = dialog(view, KecamatanSeed003.PERDES);
        test(perdes.rp.get(3)).setValue("5.888.500");
        test(perdes.simpan).click();
        assertThat(peringatan(view)).isEmpty();
        assertThat(view.peringatan.isAttached()).isFalse();
        test(view.ajukan).click();
        assertThat(view.status.getText()).startsWith("Status: diajukan");
    }

    @Test
    @Order(6)
    void theSekcamApproves() {
        RencanaAksiView view = buka(k.sekcam());
        pilihPem(view);
        test(view.setujui).click();
        assertThat(pesanTerakhir()).isEqualTo("Rencana aksi disetujui.");
        assertThat(status()).isEqualTo(StatusRencanaAksi.DISETUJUI);
        assertThat(view.status.getText()).startsWith("Status: disetujui sekcam");
    }

    @Test
    @Order(7)
    void theKasiConfirmsThePerjanjianKinerjaAndEveryoneSeesWhoConfirmed() {
        RencanaAksiView view = buka(k.kasi());
        assertThat(view.ajukan.isEnabled()).isFalse();
        tabPk(view);
        var pk = test(view.pk);
        assertThat(pk.size()).isEqualTo(2);
        assertThat(pk.getCellText(0, 0)).isEqualTo("1");
        assertThat(pk.getCellText(0, 1)).isEqualTo("Penyelenggaraan Urusan Pemerintahan Umum sesuai Penugasan Kepala Daerah");
        assertThat(pk.getCellText(0, 4)).isEqualTo("12 Dokumen");
        assertThat(pk.getCellText(1, 5)).isEqualTo("Rp 11.857.500");
        assertThat(pk.getFooterCell(5)).isEqualTo("Rp 34.428.500");
        assertThat(view.statusPk.getText()).isEqualTo("Belum dikonfirmasi oleh kepala unit.");

        test(view.konfirmasi).click();
        assertThat(pesanTerakhir()).isEqualTo("Perjanjian kinerja dikonfirmasi.");
        assertThat(view.tab.getSelectedIndex()).isEqualTo(1);
        assertThat(view.statusPk.getText())
                .startsWith("Dikonfirmasi oleh Pejabat Kepala Seksi Pemerintahan Umum (" + k.kasi() + ") pada ");
        assertThat(view.konfirmasi.isVisible()).isFalse();
    }

    @Test
    @Order(8)
    void theCamatOnlyReadsAndReachesTheScreenFromTheRenjaList() {
        Masuk.sebagai(users, k.camat());
        UI.getCurrent().navigate(RenjaView.class);
        Button tautan = find(Button.class).withId("rencana-aksi-renja").single();
        test(tautan).click();
        roundTrip();
        RencanaAksiView view = (RencanaAksiView) getCurrentView();
        assertThat(view.renjaId).isEqualTo(k.renjaId());
        assertThat(view.ringkasan.isAttached()).isTrue();
        pilihPem(view);
        assertThat(view.dapatDiubah).isFalse();
        assertThat(view.ajukan.isVisible()).isFalse();
        assertThat(view.setujui.isVisible()).isFalse();
        assertThat(view.kembalikan.isVisible()).isFalse();
        test(view.grid).clickRow(0);
        roundTrip();
        assertThat(find(RencanaAksiDialog.class).exists()).isFalse();
        tabPk(view);
        assertThat(view.konfirmasi.isVisible()).isFalse();
        assertThat(view.statusPk.getText()).startsWith("Dikonfirmasi oleh Pejabat Kepala Seksi Pemerintahan Umum");
    }

    // ---- helpers ----

    private RencanaAksiView buka(String username) {
        Masuk.sebagai(users, username);
        UI.getCurrent().navigate("renja/" + k.renjaId() + "/rencana-aksi");
        roundTrip(); // the tab sheet attaches its selected content before the response
        return (RencanaAksiView) getCurrentView();
    }

    private void tabPk(RencanaAksiView view) {
        test(view.tab).select("Perjanjian Kinerja");
        roundTrip();
    }

    private void pilihPem(RencanaAksiView view) {
        RencanaAksiUnitData pem = view.ringkasan.getGenericDataView().getItems()
                .filter(u -> u.unitKerjaId() == k.pem()).findFirst().orElseThrow();
        view.ringkasan.select(pem);
        roundTrip();
        assertThat(view.unitDipilih).isEqualTo(k.pem());
    }

    private RencanaAksiDialog dialog(RencanaAksiView view, String kode) {
        test(view.grid).clickRow(indeks(view, kode));
        roundTrip();
        return find(RencanaAksiDialog.class).single();
    }

    private void isi(RencanaAksiDialog dialog, List<String> target, List<String> rp) {
        for (int i = 0; i < 4; i++) {
            test(dialog.target.get(i)).setValue(target.get(i));
            test(dialog.rp.get(i)).setValue(rp.get(i));
        }
    }

    private static int indeks(RencanaAksiView view, String kode) {
        List<String> kodes = view.grid.getGenericDataView().getItems().map(BarisRencanaAksi::kode).toList();
        return kodes.indexOf(kode);
    }

    private static List<String> peringatan(RencanaAksiView view) {
        return view.daftarPeringatan.getChildren().map(c -> ((ListItem) c).getText()).toList();
    }

    private String pesanTerakhir() {
        return test(find(Notification.class).last()).getText();
    }

    private StatusRencanaAksi status() {
        return SistemAuthentication.jalankan(() -> rencanaAksi.unit(k.renjaId(), k.pem())).status();
    }
}
