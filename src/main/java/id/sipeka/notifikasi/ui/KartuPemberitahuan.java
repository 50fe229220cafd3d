package id.sipeka.notifikasi.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import id.sipeka.base.Pesan;
import id.sipeka.base.ui.KartuBeranda;
import id.sipeka.notifikasi.NotifikasiService;
import id.sipeka.notifikasi.NotifikasiService.NotifikasiData;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Beranda: what the user has not read yet — returns with the sekcam's reasons first, then reminders, escalations
 * and news. Opening one marks it read, as the bell does.
 */
@org.springframework.stereotype.Component
class KartuPemberitahuan implements KartuBeranda {

    static final int PALING_BANYAK = 5;

    private final NotifikasiService notifikasi;

    KartuPemberitahuan(NotifikasiService notifikasi) {
        this.notifikasi = notifikasi;
    }

    @Override
    public int urutan() {
        return 20;
    }

    @Override
    public Optional<Component> untukSaya() {
        List<NotifikasiData> belum = notifikasi.untukSaya().stream().filter(n -> !n.dibaca())
                .sorted(Comparator.comparing((NotifikasiData n) -> !"DIKEMBALIKAN".equals(n.jenis()))).toList();
        if (belum.isEmpty()) {
            return Optional.empty();
        }
        Div isi = new Div();
        belum.stream().limit(PALING_BANYAK).forEach(n -> isi.add(baris(n)));
        return Optional.of(KartuBeranda.kartu("kartu-pemberitahuan", Pesan.get("beranda.pemberitahuanJudul"),
                (long) belum.size(), isi));
    }

    private Div baris(NotifikasiData n) {
        Div judul = new Div(n.judul());
        judul.getStyle().set("font-weight", "600");
        Div pesan = new Div(n.pesan());
        pesan.addClassName("kecil");
        Div teks = new Div(judul, pesan);
        teks.addClassName("teks");
        Div baris = new Div(teks);
        baris.addClassName("baris-kartu");
        if (n.tautan() != null) {
            Button buka = new Button(Pesan.get("beranda.buka"), e -> {
                notifikasi.tandaiDibaca(n.id());
                UI.getCurrent().navigate(n.tautan());
            });
            buka.addThemeVariants(ButtonVariant.LUMO_SMALL);
            baris.add(buka);
        }
        return baris;
    }
}
