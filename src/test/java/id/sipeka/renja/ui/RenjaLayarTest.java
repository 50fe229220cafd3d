package id.sipeka.renja.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import id.sipeka.base.StatusPersetujuan;
import id.sipeka.base.ui.BerandaView;
import id.sipeka.base.ui.HalamanRuteDitolak;
import id.sipeka.base.ui.PanelAlurProses;
import id.sipeka.inbox.InboxService;
import id.sipeka.inbox.ui.InboxView;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.renja.Batas;
import id.sipeka.renja.PembukaanRenjaService;
import id.sipeka.renja.PengisianBagianService;
import id.sipeka.renja.RenjaData.BarisRenja;
import id.sipeka.renja.RenjaQueryService;
import id.sipeka.security.SistemAuthentication;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/** The Renja screens per role: a kasi fills and submits, the sekcam returns a row with a reason, everyone reads. */
@SpringBootTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RenjaLayarTest extends SpringBrowserlessTest {

    @Autowired
    RenjaQueryService renja;
    @Autowired
    PembukaanRenjaService pembukaan;
    @Autowired
    PengisianBagianService pengisian;
    @Autowired
    OrganisasiService organisasi;
    @Autowired
    UserDetailsService users;

    static Long renjaId;

    @BeforeEach
    void renja2025() {
        if (renjaId == null) {
            var sebelum = org.springframework.security.core.context.SecurityContextHolder.getContext();
            id.sipeka.Masuk.sebagai(users, "sekcam");
            long kalaena = organisasi.kecamatanDenganKode("KALAENA").orElseThrow().id();
            LocalDate h = LocalDate.now();
            renjaId = pembukaan.buka(kalaena, 2025, new Batas(h.plusDays(10), h.plusDays(15), h.plusDays(25), h.plusDays(30))).id();
            org.springframework.security.core.context.SecurityContextHolder.setContext(sebelum);
        }
    }

    @Test
    @Order(1)
    @WithUserDetails("sekcam")
    void theSekcamSeesTheRenjaWithItsStepsAndMayOpenAnother() {
        RenjaView view = navigate(RenjaView.class);
        assertThat(view.buka.isVisible()).isTrue();
        assertThat(view.daftar.getGenericDataView().getItems().map(r -> r.judul())).contains("Renja 2025");
    }

    @Test
    @Order(1)
    @WithUserDetails("sekcam")
    void theRenjaShowsItsProcessWithFillingTheSectionsAsTheCurrentStep() {
        PanelAlurProses alur = alurRenja();
        assertThat(alur.getSummaryText()).isEqualTo("Alur proses");
        assertThat(alur.getElement().getTextRecursively()).contains("Langkah saat ini");
        String svg = alur.svg();
        assertThat(kelas(svg, "isiBagian")).isEqualTo("langkah saat-ini");
        assertThat(kelas(svg, "telaahSekcam")).isEqualTo("langkah");
        assertThat(kelas(svg, "penetapan")).isEqualTo("langkah");
        assertThat(kelas(svg, "renjaDibuka")).as("the start is behind us").isEqualTo("langkah selesai");
        assertThat(svg.contains("<title>Penetapan oleh camat</title>")).as("the tasks are named as in the BPMN").isTrue();
    }

    @Test
    @Order(4)
    @WithUserDetails("sekcam")
    void onceAUnitSubmitsTheSekcamsReviewIsCurrentBesideTheOtherUnitsFilling() {
        String svg = alurRenja().svg();
        assertThat(kelas(svg, "telaahSekcam")).isEqualTo("langkah saat-ini");
        assertThat(kelas(svg, "isiBagian")).as("the other units still fill theirs").isEqualTo("langkah saat-ini");
        assertThat(kelas(svg, "forumPerangkatDaerah")).isEqualTo("langkah");
    }

    /** The Renja screen with this test's Renja selected: its "Alur proses" panel. */
    private PanelAlurProses alurRenja() {
        RenjaView view = navigate(RenjaView.class);
        view.daftar.select(view.daftar.getGenericDataView().getItems().filter(r -> r.id() == renjaId).findFirst().orElseThrow());
        return (PanelAlurProses) find(PanelAlurProses.class).id("alur-renja");
    }

    /** The class of the node drawn for a BPMN element ("langkah", "langkah saat-ini", "langkah selesai"). */
    static String kelas(String svg, String elemen) {
        Matcher m = Pattern.compile("<g class=\"([^\"]*)\" data-id=\"" + elemen + "\">").matcher(svg);
        assertThat(m.find()).as("%s is drawn", elemen).isTrue();
        return m.group(1);
    }

    @Test
    @Order(2)
    @WithUserDetails("kasi.pem")
    void aKasiCannotOpenARenjaNorTheSekcamScreen() {
        RenjaView view = navigate(RenjaView.class);
        assertThat(view.buka.isVisible()).isFalse();
        navigate("renja/" + renjaId + "/sekcam", HalamanRuteDitolak.class);
        assertThat(getCurrentView()).isInstanceOf(HalamanRuteDitolak.class);
    }

    @Test
    @Order(3)
    @WithUserDetails("kasi.pem")
    void theKasiSeesTheTaskInTheInboxAndFillsTheirSection() {
        navigate(InboxView.class);
        @SuppressWarnings("unchecked")
        Grid<InboxService.Tugas> tugas = (Grid<InboxService.Tugas>) find(Grid.class).id("tugas-grid");
        assertThat(tugas.getGenericDataView().getItems())
                .anyMatch(t -> t.nama().equals("Isi bagian") && t.rute().equals("renja/" + renjaId + "/bagian"));

        UI.getCurrent().navigate("renja/" + renjaId + "/bagian");
        BagianSayaView bagian = (BagianSayaView) getCurrentView();
        var baris = bagian.grid.getGenericDataView().getItems().toList();
        assertThat(baris).extracting(BarisRenja::kode).containsExactly("7.01.05.2.01.0008", "7.01.06.2.01.0001", "7.01.06.2.01.0017");
        assertThat(bagian.dapatDiubah).isTrue();

        for (BarisRenja b : baris) {
            BarisRenjaDialog dialog = new BarisRenjaDialog(pengisian, b, java.util.List.of("Kecamatan Kalaena", "Desa Mekarsari"),
                    java.util.List.of("APBD", "DAU"), () -> { });
            dialog.open();
            roundTrip();
            test(dialog.pagu).setValue(b.pagu() == null ? "0" : id.sipeka.base.FormatIndonesia.angka(b.pagu()));
            dialog.sumberDana.setValue("APBD");
            test(dialog.simpan).click();
        }
        test(bagian.ajukan).click();
        assertThat(bagian.status.getText()).startsWith("Status: diajukan");
        assertThat(bagian.dapatDiubah).isFalse();
    }

    @Test
    @Order(4)
    @WithUserDetails("kasi.pmd")
    void textInAPaguFieldIsMarkedAndNothingIsSaved() {
        UI.getCurrent().navigate("renja/" + renjaId + "/bagian");
        BagianSayaView bagian = (BagianSayaView) getCurrentView();
        BarisRenja b = bagian.grid.getGenericDataView().getItems().findFirst().orElseThrow();
        BarisRenjaDialog dialog = new BarisRenjaDialog(pengisian, b, java.util.List.of("Kecamatan Kalaena"), java.util.List.of("APBD"),
                () -> { });
        dialog.open();
        roundTrip();
        test(dialog.pagu).setValue("sebelas juta");
        test(dialog.simpan).click();
        assertThat(dialog.pagu.isInvalid()).isTrue();
        assertThat(SistemAuthentication.jalankan(() -> renja.baris(renjaId)).stream().filter(x -> x.id() == b.id())
                .findFirst().orElseThrow().version()).isEqualTo(b.version());
    }

    @Test
    @Order(4)
    @WithUserDetails("kasi.pmd")
    void aTwentyThreeDigitPaguAndATwentyThousandCharacterCatatanAreMarkedByFieldAndNothingIsSaved() {
        UI.getCurrent().navigate("renja/" + renjaId + "/bagian");
        BagianSayaView bagian = (BagianSayaView) getCurrentView();
        BarisRenja b = bagian.grid.getGenericDataView().getItems().findFirst().orElseThrow();
        BarisRenjaDialog dialog = new BarisRenjaDialog(pengisian, b, java.util.List.of("Kecamatan Kalaena"), java.util.List.of("APBD"),
                () -> { });
        dialog.open();
        roundTrip();
        test(dialog.pagu).setValue("12345678901234567890123");
        dialog.catatan.setValue("c".repeat(20_000)); // past the field's maxlength, as a crafted request could send it
        test(dialog.simpan).click();

        assertThat(dialog.pagu.isInvalid()).isTrue();
        assertThat(dialog.pagu.getErrorMessage())
                .isEqualTo("Pagu indikatif (Rp) terlalu besar: paling banyak Rp 999.999.999.999.999.");
        assertThat(dialog.catatan.isInvalid()).isTrue();
        assertThat(dialog.catatan.getErrorMessage())
                .isEqualTo("Catatan penting terlalu panjang: 20.000 karakter, paling banyak 1.000.");
        assertThat(dialog.catatan.getMaxLength()).isEqualTo(1000);
        assertThat(dialog.isOpened()).isTrue();
        assertThat(find(Notification.class).all()).isEmpty();

        // the service refuses the same values on its own, naming the field, for any caller that is not this dialog
        var ubah = new id.sipeka.renja.RenjaData.UbahBarisRenja(b.id(), b.version(), b.indikator(), b.target(), b.lokasi(),
                Long.MAX_VALUE, b.sumberDana(), b.catatan(), b.targetMaju(), b.paguMaju());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> pengisian.simpanBaris(ubah))
                .isInstanceOf(id.sipeka.base.AturanDilanggarException.class)
                .hasMessage("Pagu indikatif (Rp) terlalu besar: paling banyak Rp 999.999.999.999.999.");
        var panjang = new id.sipeka.renja.RenjaData.UbahBarisRenja(b.id(), b.version(), b.indikator(), b.target(), b.lokasi(),
                b.pagu(), b.sumberDana(), "c".repeat(20_000), b.targetMaju(), b.paguMaju());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> pengisian.simpanBaris(panjang))
                .isInstanceOf(id.sipeka.base.AturanDilanggarException.class)
                .hasMessage("Catatan penting terlalu panjang: 20.000 karakter, paling banyak 1.000.");
        BarisRenja tersimpan = SistemAuthentication.jalankan(() -> renja.baris(renjaId)).stream()
                .filter(x -> x.id() == b.id()).findFirst().orElseThrow();
        assertThat(tersimpan.version()).isEqualTo(b.version());
        assertThat(tersimpan.pagu()).isEqualTo(b.pagu());
    }

    @Test
    @Order(5)
    @WithUserDetails("sekcam")
    void theSekcamReturnsOneRowWithAReason() {
        UI.getCurrent().navigate("renja/" + renjaId + "/sekcam");
        SekcamView view = (SekcamView) getCurrentView();
        var pem = view.bagian.getGenericDataView().getItems().filter(b -> b.unitNama().equals("Seksi Pemerintahan Umum"))
                .findFirst().orElseThrow();
        view.bagian.select(pem);
        assertThat(view.baris.getGenericDataView().getItems().count()).isEqualTo(3);
        BarisRenja pertama = view.baris.getGenericDataView().getItems().findFirst().orElseThrow();
        view.alasanBaris.computeIfAbsent(pertama.id(), id -> new com.vaadin.flow.component.textfield.TextField())
                .setValue("Lokasi harus desa tempat forum dilaksanakan.");
        test(view.kembalikan).click();

        assertThat(test(find(Notification.class).last()).getText()).isEqualTo("Bagian dikembalikan ke unit.");
        assertThat(renja.bagian(renjaId)).anyMatch(b -> b.unitNama().equals("Seksi Pemerintahan Umum")
                && b.status() == StatusPersetujuan.DIKEMBALIKAN);
    }

    @Test
    @Order(6)
    @WithUserDetails("kasi.pem")
    void theKasiSeesTheReturnedRowWithTheReasonAndMayEditAgain() {
        UI.getCurrent().navigate("renja/" + renjaId + "/bagian");
        BagianSayaView bagian = (BagianSayaView) getCurrentView();
        assertThat(bagian.dapatDiubah).isTrue();
        assertThat(bagian.grid.getGenericDataView().getItems()).anyMatch(b -> b.dikembalikan()
                && "Lokasi harus desa tempat forum dilaksanakan.".equals(b.catatanTelaah()));
    }

    @Test
    @Order(7)
    @WithUserDetails("camat")
    void everyoneReadsTheDocumentWithTotalsComputedFromTheRows() {
        UI.getCurrent().navigate("renja/" + renjaId + "/penetapan");
        PenetapanView view = (PenetapanView) getCurrentView();
        long jumlahBaris = renja.baris(renjaId).stream().mapToLong(b -> b.pagu() == null ? 0 : b.pagu()).sum();
        assertThat(view.total).isEqualTo(jumlahBaris);
        assertThat(find(Button.class).withId("tetapkan").exists()).isFalse();
        navigate(BerandaView.class);
    }
}
