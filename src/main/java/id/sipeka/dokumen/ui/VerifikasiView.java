package id.sipeka.dokumen.ui;

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
import id.sipeka.base.BatasUnggah;
import id.sipeka.base.FormatIndonesia;
import id.sipeka.base.Pesan;
import id.sipeka.base.ui.UnggahanTerbatas;
import id.sipeka.dokumen.DokumenService;
import id.sipeka.dokumen.HasilPencocokan;
import id.sipeka.dokumen.InfoPublik;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * The page behind the QR code of every signed document, open to anyone without signing in. It shows what the
 * document is and who signed it, and compares an uploaded file with the signed original. An unknown or malformed
 * code gets the same plain "not found" text, so the page cannot be used to probe for documents.
 * <p>
 * Anyone can upload here, so the upload is never kept: it is hashed while it is read, refused once it passes
 * {@code sipeka.unggah.verifikasi}, and each client address may compare only a few files a minute.
 */
@Route(value = "verifikasi/:kode", autoLayout = false)
@AnonymousAllowed
public class VerifikasiView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {


    private final DokumenService dokumen;
    private final Clock clock;
    private final BatasUnggah batas;
    private final PembatasVerifikasi pembatas;
    final Div hasil = new Div();
    UnggahanTerbatas unggahan;

    VerifikasiView(DokumenService dokumen, Clock clock, BatasUnggah batas, PembatasVerifikasi pembatas) {
        this.dokumen = dokumen;
        this.clock = clock;
        this.batas = batas;
        this.pembatas = pembatas;
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
        if (info.nomor() != null) {
            baris(data, "verifikasi.nomor", info.nomor());
        }
        baris(data, "verifikasi.jenis", info.jenis() + " " + info.tahun());
        baris(data, "verifikasi.instansi", info.instansi());
        baris(data, "verifikasi.tahap", info.tahap() + ", " + getTranslation("verifikasi.versi", info.versi()));
        baris(data, "verifikasi.penandatangan", info.jabatanPenandatangan() + " — " + info.penandatangan());
        baris(data, "verifikasi.waktu", waktu(info.ditandatanganiPada()));
        if (info.penerbitSertifikat() != null) {
            baris(data, "verifikasi.penerbit", info.penerbitSertifikat());
        }
        baris(data, "verifikasi.waktuTsa", info.waktuCapTsa() == null ? getTranslation("verifikasi.tanpaTsa")
                : waktu(info.waktuCapTsa()));
        baris(data, "verifikasi.sha256", info.sha256());
        add(data);

        add(new Paragraph(getTranslation("verifikasi.petunjukUnggah")));
        Upload unggah = new Upload();
        unggah.setAcceptedFileTypes("application/pdf", ".pdf");
        // hashed while it is read (in the upload's own request, outside the session lock), never kept
        unggahan = UnggahanTerbatas.dibaca(batas.verifikasi().toBytes(), (nama, isi) -> {
            HasilPencocokan pencocokan = dokumen.cocokkan(info.kode(), isi);
            return () -> tampilkanHasil(pencocokan);
        }).dijaga(u -> pembatas.izinkan(u.getRequest().getRemoteAddr()) ? Optional.empty()
                : Optional.of(Pesan.get("unggah.terlaluSering")))
                .saatDitolak(pesan -> tampilkanPesan(pesan, false));
        add(unggahan.pasangPada(unggah), hasil);
    }

    void tampilkanHasil(HasilPencocokan pencocokan) {
        switch (pencocokan) {
            case HasilPencocokan.Cocok c -> {
                tampilkanPesan(getTranslation("verifikasi.cocok"), true);
                tambahTandaTangan(c.tandaTangan());
            }
            case HasilPencocokan.TidakCocok t -> {
                tampilkanPesan(getTranslation("verifikasi.tidakCocok"), false);
                tambahTandaTangan(t.tandaTangan());
            }
            case HasilPencocokan.TidakDikenal t -> tampilkanPesan(getTranslation("verifikasi.tidakDitemukan"), false);
        }
    }

    /** Whether the signatures are valid for the bytes uploaded, beside the comparison with the archive. */
    private void tambahTandaTangan(HasilPencocokan.TandaTanganBerkas tanda) {
        Span pesan;
        if (tanda.sah()) {
            String teks = getTranslation("verifikasi.tandaTanganSah", tanda.penandatangan(), tanda.penerbit());
            if (tanda.waktuTsa() != null) {
                teks += " " + getTranslation("verifikasi.tandaTanganTsa", waktu(tanda.waktuTsa()));
            }
            pesan = new Span(teks);
        } else {
            pesan = new Span(getTranslation("verifikasi.tandaTanganTidakSah"));
        }
        pesan.setId("hasil-tanda-tangan");
        pesan.getElement().getThemeList().add(tanda.sah() ? "badge success" : "badge error");
        hasil.add(new Div(pesan));
    }

    private void tampilkanPesan(String teks, boolean baik) {
        hasil.removeAll();
        Span pesan = new Span(teks);
        pesan.setId("hasil-pencocokan");
        pesan.getElement().getThemeList().add(baik ? "badge success" : "badge error");
        hasil.add(pesan);
    }

    /** "8 April 2026 pukul 10.15 (Asia/Makassar)" in the server's zone. */
    private String waktu(java.time.Instant saat) {
        ZonedDateTime z = saat.atZone(clock.getZone());
        return FormatIndonesia.tanggal(z.toLocalDate()) + " " + getTranslation("verifikasi.pukul") + " "
                + FormatIndonesia.jam(saat, clock.getZone()) + " (" + clock.getZone().getId() + ")";
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
