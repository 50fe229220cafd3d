package id.sipeka.evaluasi.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import id.sipeka.base.FormatIndonesia;
import id.sipeka.base.Pesan;
import id.sipeka.base.ui.KartuBeranda;
import id.sipeka.evaluasi.DasborKabupatenService;
import id.sipeka.evaluasi.EvaluasiData.BarisDasbor;
import id.sipeka.evaluasi.EvaluasiData.DasborKabupaten;
import id.sipeka.evaluasi.EvaluasiData.SelDasbor;
import id.sipeka.security.Akses;
import id.sipeka.security.PenggunaSipeka;
import id.sipeka.security.Peran;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Beranda of the kabupaten's viewer: this year's evaluation of its kecamatan at a glance (how many have reported the
 * latest quarter, signed and late reports, the kecamatan ranked first) and the way to the dashboard.
 */
@org.springframework.stereotype.Component
class KartuDasborKabupaten implements KartuBeranda {

    private final DasborKabupatenService dasbor;
    private final Akses akses;
    private final Clock clock;

    KartuDasborKabupaten(DasborKabupatenService dasbor, Akses akses, Clock clock) {
        this.dasbor = dasbor;
        this.akses = akses;
        this.clock = clock;
    }

    @Override
    public int urutan() {
        return 35;
    }

    @Override
    public Optional<Component> untukSaya() {
        PenggunaSipeka saya = akses.pengguna();
        if (saya.peran() != Peran.VIEWER_KABUPATEN || saya.kabupatenId() == null) {
            return Optional.empty();
        }
        DasborKabupaten d = dasbor.ringkasan(saya.kabupatenId(), LocalDate.now(clock).getYear());
        int laporan = 0;
        int ditandatangani = 0;
        int terlambat = 0;
        int berjalan = 0;
        for (BarisDasbor b : d.baris()) {
            SelDasbor s = b.sampaiTriwulan() == 0 ? null : b.triwulan().get(b.sampaiTriwulan());
            if (s != null) {
                berjalan++;
                laporan += s.laporan();
                ditandatangani += s.ditandatangani();
                terlambat += s.terlambat();
            }
        }
        Div isi = new Div(KartuBeranda.baris(Pesan.get("beranda.dasborRingkas", berjalan, d.baris().size()),
                Pesan.get("beranda.dasborLaporan", ditandatangani, laporan, terlambat)));
        d.baris().stream().filter(b -> b.peringkat() != null).findFirst().ifPresent(b -> isi.add(KartuBeranda.baris(
                Pesan.get("beranda.dasborTeratas", b.kecamatanNama(), FormatIndonesia.persen(b.capaianKinerja()),
                        b.predikatKinerja()), null)));
        return Optional.of(KartuBeranda.kartu("kartu-dasbor", Pesan.get("beranda.dasborJudul", d.kabupatenNama(),
                String.valueOf(d.tahun())), null, isi, KartuBeranda.lanjutkan("kartu-dasbor-lanjutkan", "dasbor-kabupaten")));
    }
}
