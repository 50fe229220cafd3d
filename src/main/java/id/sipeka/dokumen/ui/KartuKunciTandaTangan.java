package id.sipeka.dokumen.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import id.sipeka.base.Pesan;
import id.sipeka.base.ui.KartuBeranda;
import id.sipeka.dokumen.DokumenService;
import id.sipeka.dokumen.DokumenService.StatusKunci;
import id.sipeka.security.Akses;
import java.util.Optional;

/**
 * Beranda, for the admin: the signing keys — how many officials may sign, and who has no ready key yet (a key is
 * issued in the background when an official is recorded; one still missing means that work failed or is queued).
 */
@org.springframework.stereotype.Component
class KartuKunciTandaTangan implements KartuBeranda {

    private final DokumenService dokumen;
    private final Akses akses;

    KartuKunciTandaTangan(DokumenService dokumen, Akses akses) {
        this.dokumen = dokumen;
        this.akses = akses;
    }

    @Override
    public int urutan() {
        return 85;
    }

    @Override
    public Optional<Component> untukSaya() {
        if (!akses.admin()) {
            return Optional.empty();
        }
        StatusKunci s = dokumen.statusKunci();
        Div isi = new Div(s.belum().isEmpty() ? Pesan.get("beranda.kunciSiap", s.penandatangan())
                : Pesan.get("beranda.kunciBelum", s.belum().size(), s.penandatangan(), String.join(", ", s.belum())));
        return Optional.of(KartuBeranda.kartu("kartu-kunci", Pesan.get("beranda.kunciJudul"), (long) s.belum().size(), isi));
    }
}
