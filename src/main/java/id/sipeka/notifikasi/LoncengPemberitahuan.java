package id.sipeka.notifikasi;

import id.sipeka.base.PemberitahuanSaya;
import java.util.List;
import org.springframework.stereotype.Component;

/** The header's bell reads the signed-in user's notifications through this. */
@Component
class LoncengPemberitahuan implements PemberitahuanSaya {

    private final NotifikasiService notifikasi;

    LoncengPemberitahuan(NotifikasiService notifikasi) {
        this.notifikasi = notifikasi;
    }

    @Override
    public long belumDibaca() {
        return notifikasi.belumDibaca();
    }

    @Override
    public List<Butir> terbaru() {
        return notifikasi.untukSaya().stream()
                .map(n -> new Butir(n.id(), n.judul(), n.pesan(), n.tautan(), n.dibuatPada(), n.dibaca())).toList();
    }

    @Override
    public void dibaca(long id) {
        notifikasi.tandaiDibaca(id);
    }

    @Override
    public void semuaDibaca() {
        notifikasi.tandaiSemuaDibaca();
    }
}
