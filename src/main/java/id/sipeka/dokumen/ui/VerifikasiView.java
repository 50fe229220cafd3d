package id.sipeka.dokumen.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.UploadHandler;
import id.sipeka.base.FormatIndonesia;
import id.sipeka.dokumen.DokumenService;
import id.sipeka.dokumen.HasilPencocokan;
import id.sipeka.dokumen.InfoPublik;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The page behind the QR code of every signed document, open to anyone without signing in. It shows what the
 * document is and who signed it, and compares an uploaded file with the signed original. An unknown or malformed
 * code gets the same plain "not found" text, so the page cannot be used to probe for documents.
 */
@Route(value = "verifikasi/:kode", autoLayout = false)
@AnonymousAllowed
public class VerifikasiView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final int BATAS_BERKAS = 50 * 1024 * 1024;
    private static final DateTimeFormatter JAM = DateTimeFormatter.ofPattern("HH.mm");

    private final DokumenService dokumen;
    private final Clock clock;
    final Div hasil = new Div();

    VerifikasiView(DokumenService dokumen, Clock clock) {
        this.dokumen = dokumen;
        this.clock = clock;
        setMaxWidth("48rem");
        addClassName("verifikasi");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("verifikasi.judul");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String kode = event.getRouteParameters().get("kode").orElse("");
        dokumen.infoPublik(kode).ifPresentOrElse(this::tampilkan, this::tidakDitemukan);
    }

    private void tidakDitemukan() {
        add(new H2(getTranslation("verifikasi.tidakDitemukan")), new Paragraph(getTranslation("verifikasi.tidakDitemukanPenjelasan")));
    }

    private void tampilkan(InfoPublik info) {
        add(new H2(getTranslation("verifikasi.judul")));
        Div data = new Div();
        data.addClassName("verifikasi-data");
        baris(data, "verifikasi.dokumen", info.judul());
        baris(data, "verifikasi.jenis", info.jenis() + " " + info.tahun());
        baris(data, "verifikasi.instansi", info.instansi());
        baris(data, "verifikasi.tahap", info.tahap() + ", " + getTranslation("verifikasi.versi", info.versi()));
        baris(data, "verifikasi.penandatangan", info.jabatanPenandatangan() + " — " + info.penandatangan());
        ZonedDateTime waktu = info.ditandatanganiPada().atZone(clock.getZone());
        baris(data, "verifikasi.waktu", FormatIndonesia.tanggal(waktu.toLocalDate()) + " " + getTranslation("verifikasi.pukul")
                + " " + JAM.format(waktu) + " (" + clock.getZone().getId() + ")");
        baris(data, "verifikasi.sha256", info.sha256());
        add(data);

        add(new Paragraph(getTranslation("verifikasi.petunjukUnggah")));
        Upload unggah = new Upload();
        unggah.setAcceptedFileTypes("application/pdf", ".pdf");
        unggah.setMaxFileSize(BATAS_BERKAS);
        UI ui = UI.getCurrent();
        unggah.setUploadHandler(UploadHandler.inMemory((metadata, isi) ->
                ui.access(() -> tampilkanHasil(dokumen.cocokkan(info.kode(), new ByteArrayInputStream(isi))))));
        unggah.addFileRejectedListener(e -> tampilkanPesan(getTranslation("verifikasi.ditolak"), false));
        add(unggah, hasil);
    }

    void tampilkanHasil(HasilPencocokan pencocokan) {
        switch (pencocokan) {
            case HasilPencocokan.Cocok c -> tampilkanPesan(getTranslation("verifikasi.cocok"), true);
            case HasilPencocokan.TidakCocok t -> tampilkanPesan(getTranslation("verifikasi.tidakCocok"), false);
            case HasilPencocokan.TidakDikenal t -> tampilkanPesan(getTranslation("verifikasi.tidakDitemukan"), false);
        }
    }

    private void tampilkanPesan(String teks, boolean baik) {
        hasil.removeAll();
        Span pesan = new Span(teks);
        pesan.getElement().getThemeList().add(baik ? "badge success" : "badge error");
        hasil.add(pesan);
    }

    private void baris(Div wadah, String kunciLabel, String nilai) {
        Div baris = new Div();
        Span label = new Span(getTranslation(kunciLabel) + ": ");
        label.getStyle().set("font-weight", "bold");
        // Span text is set as text, never as HTML: document titles are user input.
        baris.add(label, new Span(nilai));
        wadah.add(baris);
    }
}
