package id.sipeka.renja.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import id.sipeka.base.FormatIndonesia;
import id.sipeka.base.Pesan;
import id.sipeka.base.StatusPersetujuan;
import id.sipeka.base.ui.KartuBeranda;
import id.sipeka.organisasi.OrganisasiData.KecamatanData;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.renja.RenjaData.BagianRenja;
import id.sipeka.renja.RenjaData.RenjaRingkas;
import id.sipeka.renja.RenjaQueryService;
import id.sipeka.renja.Tahap;
import id.sipeka.security.Akses;
import id.sipeka.security.PenggunaSipeka;
import id.sipeka.security.Peran;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Beranda: the Renja in preparation (or the last one ditetapkan) — for a unit its own section's state, with the
 * sekcam's reason when returned; for the sekcam the sections waiting for review and the late ones; for the camat a
 * penetapan waiting; for a kabupaten viewer every kecamatan's Renja stage. One click continues.
 */
@org.springframework.stereotype.Component
class KartuRenja implements KartuBeranda {

    private final RenjaQueryService renja;
    private final OrganisasiService organisasi;
    private final Akses akses;

    KartuRenja(RenjaQueryService renja, OrganisasiService organisasi, Akses akses) {
        this.renja = renja;
        this.organisasi = organisasi;
        this.akses = akses;
    }

    @Override
    public int urutan() {
        return 30;
    }

    @Override
    public Optional<Component> untukSaya() {
        PenggunaSipeka saya = akses.pengguna();
        if (saya.peran() == Peran.VIEWER_KABUPATEN) {
            return Optional.of(kabupaten());
        }
        if (saya.kecamatanId() == null) {
            return Optional.empty();
        }
        List<RenjaRingkas> semua = renja.daftar(saya.kecamatanId());
        Optional<RenjaRingkas> pilihan = semua.stream().filter(r -> r.tahap() != Tahap.DITETAPKAN)
                .max(Comparator.comparingInt(RenjaRingkas::tahun).thenComparingLong(RenjaRingkas::id))
                .or(() -> semua.stream().max(Comparator.comparingInt(RenjaRingkas::tahun).thenComparingLong(RenjaRingkas::id)));
        if (pilihan.isEmpty()) {
            return Optional.of(KartuBeranda.kartu("kartu-renja", Pesan.get("beranda.renjaJudul"), null,
                    new Div(Pesan.get("beranda.renjaKosong")), KartuBeranda.lanjutkan("kartu-renja-lanjutkan", "renja")));
        }
        RenjaRingkas r = pilihan.get();
        Div isi = new Div(new Div(Pesan.get("beranda.renjaTahap", judul(r), Pesan.get("renjaView.tahap." + r.tahap().name()))));
        String rute = "renja";
        Long unit = saya.unitKerjaId();
        boolean kepalaAtauStaf = saya.peran() == Peran.KEPALA_UNIT || saya.peran() == Peran.STAF;
        if (kepalaAtauStaf && unit != null) {
            Optional<BagianRenja> bagian = renja.bagian(r.id()).stream().filter(b -> b.unitKerjaId() == unit).findFirst();
            if (bagian.isPresent()) {
                BagianRenja b = bagian.get();
                isi.add(KartuBeranda.baris(Pesan.get("beranda.renjaBagian", b.unitNama(),
                        b.dibawa() ? Pesan.get("persetujuan.statusDibawa") : Pesan.get("persetujuan.status." + b.status().name()),
                        b.barisLengkap(), b.jumlahBaris()), r.batasIsi() == null ? null
                        : Pesan.get("beranda.batas", FormatIndonesia.tanggal(r.batasIsi()))));
                if (b.status() == StatusPersetujuan.DIKEMBALIKAN && b.alasan() != null) {
                    isi.add(KartuBeranda.baris(Pesan.get("beranda.alasan", b.alasan()), null));
                }
                rute = "renja/" + r.id() + "/bagian";
            }
        } else if (saya.kecamatanId() != null && akses.punyaPeranDi(Peran.SEKCAM, saya.kecamatanId())) {
            List<BagianRenja> bagian = renja.bagian(r.id());
            long menunggu = bagian.stream().filter(b -> b.status() == StatusPersetujuan.DIAJUKAN).count();
            long terlambat = bagian.stream().filter(BagianRenja::terlambat).count();
            long disetujui = bagian.stream().filter(b -> b.status() == StatusPersetujuan.DISETUJUI).count();
            isi.add(KartuBeranda.baris(Pesan.get("beranda.renjaSekcam", disetujui, bagian.size(), menunggu, terlambat), null));
            rute = "renja/" + r.id() + "/sekcam";
        } else if (r.tahap() == Tahap.PENETAPAN && akses.punyaPeranDi(Peran.CAMAT, saya.kecamatanId())) {
            rute = "renja/" + r.id() + "/penetapan";
        }
        return Optional.of(KartuBeranda.kartu("kartu-renja", Pesan.get("beranda.renjaJudul"), null, isi,
                KartuBeranda.lanjutkan("kartu-renja-lanjutkan", rute)));
    }

    /** A kabupaten viewer: each kecamatan with its newest Renja's stage. */
    private Component kabupaten() {
        Div isi = new Div();
        for (KecamatanData k : organisasi.kecamatanTerlihat()) {
            String tahap = renja.daftar(k.id()).stream()
                    .max(Comparator.comparingInt(RenjaRingkas::tahun).thenComparingLong(RenjaRingkas::id))
                    .map(r -> Pesan.get("beranda.renjaTahap", judul(r), Pesan.get("renjaView.tahap." + r.tahap().name())))
                    .orElse(Pesan.get("beranda.renjaKosong"));
            isi.add(KartuBeranda.baris(Pesan.get("beranda.kecamatan", k.nama()), tahap));
        }
        return KartuBeranda.kartu("kartu-renja", Pesan.get("beranda.kabupatenJudul"), null, isi,
                KartuBeranda.lanjutkan("kartu-renja-lanjutkan", "renja"));
    }

    private static String judul(RenjaRingkas r) {
        return Pesan.get("beranda.renjaNama", String.valueOf(r.tahun())) + (r.indukId() == null ? "" : " " + Pesan.get("beranda.perubahan"));
    }
}
