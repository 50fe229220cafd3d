package id.sipeka.inbox.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import id.sipeka.base.FormatIndonesia;
import id.sipeka.base.Pesan;
import id.sipeka.base.ui.KartuBeranda;
import id.sipeka.inbox.InboxService;
import id.sipeka.inbox.InboxService.Tugas;
import java.util.List;
import java.util.Optional;

/**
 * Beranda's first card: what waits for the signed-in user, most urgent first, each one click from its screen — the
 * kasi's report or section, the sekcam's reviews and verifications, the camat's signatures. The same list as
 * "Tugas Saya".
 */
@org.springframework.stereotype.Component
class KartuTugasSaya implements KartuBeranda {

    /** How many tasks the card lists; the rest are one click away in Tugas Saya. */
    static final int PALING_BANYAK = 6;

    private final InboxService inbox;

    KartuTugasSaya(InboxService inbox) {
        this.inbox = inbox;
    }

    @Override
    public int urutan() {
        return 10;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> untukSaya() {
        if (inbox.grupSaya().isEmpty()) {
            return Optional.empty();
        }
        List<Tugas> tugas = inbox.tugasSaya();
        Div isi = new Div();
        if (tugas.isEmpty()) {
            isi.add(new Div(Pesan.get("beranda.tugasKosong")));
        }
        tugas.stream().limit(PALING_BANYAK).forEach(t -> isi.add(baris(t)));
        if (tugas.size() > PALING_BANYAK) {
            Button semua = new Button(Pesan.get("beranda.tugasSemua", tugas.size()), e -> UI.getCurrent().navigate("tugas"));
            semua.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            isi.add(semua);
        }
        long terlambat = tugas.stream().filter(Tugas::terlambat).count();
        Div kartu = KartuBeranda.kartu("kartu-tugas", Pesan.get("beranda.tugasJudul"), (long) tugas.size(), isi);
        if (terlambat > 0) {
            Span lambat = new Span(Pesan.get("beranda.tugasTerlambat", terlambat));
            lambat.getElement().getThemeList().add("badge error");
            kartu.addComponentAtIndex(1, lambat);
        }
        return Optional.of(kartu);
    }

    private static Div baris(Tugas t) {
        Div judul = new Div(t.judul());
        Div keterangan = new Div(t.nama() + (t.batas() == null ? "" : " · " + Pesan.get("beranda.batas",
                FormatIndonesia.tanggal(t.batas()))));
        keterangan.addClassName("kecil");
        Div teks = new Div(judul, keterangan);
        teks.addClassName("teks");
        if (t.terlambat()) {
            Span lambat = new Span(Pesan.get("beranda.terlambat"));
            lambat.getElement().getThemeList().add("badge error small");
            judul.add(new Span(" "), lambat);
        }
        Button buka = new Button(Pesan.get("beranda.buka"), e -> UI.getCurrent().navigate(t.rute()));
        buka.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        buka.setEnabled(t.rute() != null);
        if (t.rute() != null) {
            buka.getElement().setAttribute("data-rute", t.rute());
        }
        Div baris = new Div(teks, buka);
        baris.addClassName("baris-kartu");
        return baris;
    }
}
