package id.sipeka.inbox.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import id.sipeka.base.Pesan;
import id.sipeka.base.ui.KartuBeranda;
import id.sipeka.inbox.PekerjaanLatarService;
import id.sipeka.security.Akses;
import java.util.Optional;

/** Beranda for the admin: background work that is failing (process jobs, after-commit work). */
@org.springframework.stereotype.Component
class KartuPekerjaanLatar implements KartuBeranda {

    private final PekerjaanLatarService latar;
    private final Akses akses;

    KartuPekerjaanLatar(PekerjaanLatarService latar, Akses akses) {
        this.latar = latar;
        this.akses = akses;
    }

    @Override
    public int urutan() {
        return 90;
    }

    @Override
    public Optional<Component> untukSaya() {
        if (!akses.admin()) {
            return Optional.empty();
        }
        var k = latar.periksa();
        Div isi = new Div();
        if (k.sehat()) {
            isi.add(new Div(Pesan.get("beranda.latarSehat")));
        } else {
            isi.add(new Div(Pesan.get("beranda.latarMenyerah", k.jobMenyerah())),
                    new Div(Pesan.get("beranda.latarMencobaLagi", k.jobMencobaLagi())),
                    new Div(Pesan.get("beranda.latarTertunda", k.kerjaTertunda())));
            isi.addClassName("masalah");
        }
        return Optional.of(KartuBeranda.kartu("kartu-latar", Pesan.get("beranda.latarJudul"),
                k.jobMenyerah() + k.jobMencobaLagi() + k.kerjaTertunda(), isi));
    }
}
