package id.sipeka.organisasi.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import id.sipeka.base.Pesan;
import id.sipeka.base.ui.KartuBeranda;
import id.sipeka.organisasi.AkunService;
import id.sipeka.organisasi.OrganisasiData.AkunData;
import id.sipeka.security.Akses;
import java.util.List;
import java.util.Optional;

/** Beranda for the admin: accounts locked out now, one click to release them on Pegawai & Akun. */
@org.springframework.stereotype.Component
class KartuAkunTerkunci implements KartuBeranda {

    private final AkunService akun;
    private final Akses akses;

    KartuAkunTerkunci(AkunService akun, Akses akses) {
        this.akun = akun;
        this.akses = akses;
    }

    @Override
    public int urutan() {
        return 80;
    }

    @Override
    public Optional<Component> untukSaya() {
        if (!akses.admin()) {
            return Optional.empty();
        }
        List<AkunData> terkunci = akun.semua().stream().filter(AkunData::terkunci).toList();
        Div isi = new Div(terkunci.isEmpty() ? Pesan.get("beranda.akunTidakTerkunci")
                : Pesan.get("beranda.akunTerkunci", String.join(", ", terkunci.stream().map(AkunData::username).toList())));
        Button buka = new Button(Pesan.get("beranda.buka"), e -> UI.getCurrent().navigate("admin/pegawai"));
        return Optional.of(KartuBeranda.kartu("kartu-akun", Pesan.get("beranda.akunJudul"), (long) terkunci.size(), isi, buka));
    }
}
