package id.sipeka.security;

import id.sipeka.base.PenggunaInfo;
import org.springframework.stereotype.Component;

/** Tells the app shell who is signed in. */
@Component
class PenggunaInfoDariKeamanan implements PenggunaInfo {

    private final Akses akses;

    PenggunaInfoDariKeamanan(Akses akses) {
        this.akses = akses;
    }

    @Override
    public Ringkasan ringkasan() {
        return akses.penggunaOpsional()
                .map(p -> new Ringkasan(p.nama(), p.jabatanPada(akses.hariIni()), p.unitNama(), p.kecamatanNama()))
                .orElse(new Ringkasan("", "", null, null));
    }
}
