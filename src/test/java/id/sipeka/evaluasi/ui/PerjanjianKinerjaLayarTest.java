package id.sipeka.evaluasi.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import id.sipeka.Masuk;
import id.sipeka.dokumen.PeriksaDokumen;
import id.sipeka.evaluasi.EvaluasiData.RencanaAksiUnitData;
import id.sipeka.evaluasi.KecamatanSeed003;
import id.sipeka.evaluasi.PenyiapSeed003;
import id.sipeka.evaluasi.PerjanjianKinerjaDokumenService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The PK document on the rencana aksi screen: the kasi signs the seksi's PK as pihak pertama, the camat finds it in
 * the list of PKs waiting for them, countersigns it, and the signed PDF is what the screen's link serves; the camat
 * signs their own PK with the bupati from the same screen.
 */
@SpringBootTest
class PerjanjianKinerjaLayarTest extends SpringBrowserlessTest {

    @Autowired
    PenyiapSeed003 seed003;
    @Autowired
    PerjanjianKinerjaDokumenService dokumenPk;
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
    void theKasiSignsThePkThenTheCamatCountersignsItFromTheWaitingListAndDownloadsTheSignedPdf() {
        RencanaAksiView view = buka(k.kasi());
        tabPk(view);
        assertThat(view.dokumenPk.status.getText()).isEqualTo("Dokumen perjanjian kinerja belum ditandatangani kepala unit.");
        assertThat(view.dokumenPk.sahkan.isVisible()).isFalse();
        test(view.dokumenPk.tandatangani).click();
        assertThat(view.dokumenPk.status.getText()).startsWith("Ditandatangani Pejabat Kepala Seksi Pemerintahan Umum pada ")
                .endsWith("menunggu tanda tangan Pejabat Camat Uji " + k.kasi().replace(".kasi", "").toUpperCase()
                        + " sebagai pihak kedua.");
        assertThat(view.dokumenPk.tandatangani.isVisible()).as("signed once").isFalse();
        assertThat(view.statusPk.getText()).startsWith("Dikonfirmasi oleh Pejabat Kepala Seksi Pemerintahan Umum");

        view = buka(k.kepalaLain());
        assertThat(find(Paragraph.class).withId("pk-menunggu-camat").exists()).as("only the camat's list").isFalse();

        view = buka(k.camat());
        assertThat(find(Paragraph.class).withId("pk-menunggu-camat").single().getText())
                .isEqualTo("Perjanjian kinerja menunggu tanda tangan Anda: Seksi Pemerintahan Umum.");
        pilihPem(view);
        tabPk(view);
        assertThat(view.dokumenPk.tandatangani.isVisible()).isFalse();
        assertThat(view.dokumenPk.sahkan.isVisible()).isTrue();
        test(view.dokumenPk.sahkan).click();
        assertThat(view.dokumenPk.status.getText()).startsWith("Nomor ").contains("berkas bertanda tangan ada di arsip");
        assertThat(view.dokumenPk.sahkan.isVisible()).isFalse();
        assertThat(find(Paragraph.class).withId("pk-menunggu-camat").exists()).isFalse();
        assertThat(view.dokumenPk.unduh.getText()).isEqualTo("Unduh PDF bertanda tangan");
        byte[] pdf = dokumenPk.pdf(k.renjaId(), k.pem()).isi();
        assertThat(PeriksaDokumen.tandaTanganSah(pdf)).isTrue();
        assertThat(PeriksaDokumen.penandatanganSemua(pdf)).hasSize(2);

        // the camat's own PK with the bupati, from the same screen
        assertThat(view.dokumenPk.tandatanganiCamat.isVisible()).isTrue();
        test(view.dokumenPk.tandatanganiCamat).click();
        view = buka(k.camat());
        assertThat(view.dokumenPk.tandatanganiCamat.isVisible()).as("signed once").isFalse();
        assertThat(find(com.vaadin.flow.component.html.Anchor.class).withId("unduh-pk-camat-pdf").single().getText())
                .isEqualTo("Unduh PK Camat (PDF bertanda tangan)");
    }

    private RencanaAksiView buka(String username) {
        Masuk.sebagai(users, username);
        UI.getCurrent().navigate("renja/" + k.renjaId() + "/rencana-aksi");
        roundTrip();
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
    }
}
