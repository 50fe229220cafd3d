package id.sipeka.renja;

import id.sipeka.base.FormatIndonesia;
import id.sipeka.dokumen.Bab;
import id.sipeka.dokumen.Bagian;
import id.sipeka.dokumen.BarisTabel;
import id.sipeka.dokumen.Blok;
import id.sipeka.dokumen.Dokumen;
import id.sipeka.dokumen.Metadata;
import id.sipeka.dokumen.Paragraf;
import id.sipeka.dokumen.Sel;
import id.sipeka.dokumen.SelKepala;
import id.sipeka.dokumen.Tabel;
import id.sipeka.dokumen.TandaTangan;
import id.sipeka.renja.RenjaData.BarisRenja;
import id.sipeka.renja.RenjaData.Forum;
import id.sipeka.renja.RenjaData.UsulanRenja;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The berita acara of the forum perangkat daerah: when and where it met, who took part, every usulan with its
 * source, desa, sub kegiatan, decision and reason, signed by the sekcam who led it. Short, so without cover and
 * contents.
 */
final class DokumenBeritaAcara {

    static final String JENIS = "Berita Acara Forum Perangkat Daerah";

    private DokumenBeritaAcara() {
    }

    static Dokumen susun(IsiRenja isi, TandaTangan sekcam, boolean draf) {
        Forum forum = isi.forum();
        String kecamatan = "Kecamatan " + isi.kecamatan().nama();
        String renja = (isi.perubahan() ? "Rancangan Rencana Kerja Perubahan (Renja Perubahan) " : "Rancangan Rencana Kerja (Renja) ")
                + kecamatan + " Tahun " + isi.tahun();
        List<Blok> blok = new ArrayList<>();
        String waktu = forum.tanggal() == null ? "(tanggal belum dicatat)"
                : FormatIndonesia.hari(forum.tanggal()) + " tanggal " + FormatIndonesia.tanggal(forum.tanggal());
        blok.add(new Paragraf("Pada hari ini, " + waktu + ", bertempat di "
                + (forum.tempat() == null ? "…" : forum.tempat()) + ", telah dilaksanakan Forum Perangkat Daerah " + kecamatan
                + " untuk membahas " + renja + " bersama para pemangku kepentingan, dihadiri oleh:"));
        blok.add(new Paragraf(forum.peserta() == null || forum.peserta().isBlank() ? "(peserta belum dicatat)" : forum.peserta()));
        blok.add(new Paragraf("Forum membahas usulan program dan kegiatan yang berasal dari musyawarah perencanaan "
                + "pembangunan desa dan kecamatan, pokok-pokok pikiran DPRD serta masukan masyarakat, dengan keputusan "
                + "sebagai berikut:"));
        blok.add(tabelUsulan(isi));
        List<UsulanRenja> u = forum.usulan();
        blok.add(new Paragraf("Dari " + u.size() + " usulan yang dibahas, " + NarasiBakuRenja.hitung(u, KeputusanUsulan.DITERIMA)
                + " diterima, " + NarasiBakuRenja.hitung(u, KeputusanUsulan.DITOLAK) + " ditolak dan "
                + NarasiBakuRenja.hitung(u, KeputusanUsulan.DIPERTIMBANGKAN) + " dipertimbangkan. Usulan yang diterima "
                + "dimuat dalam rancangan akhir Renja melalui revisi oleh unit kerja penanggung jawab sub kegiatannya."));
        blok.add(new Paragraf("Demikian berita acara ini dibuat dengan sebenarnya untuk dipergunakan sebagaimana mestinya."));
        if (sekcam != null) {
            blok.add(sekcam);
        }
        String judul = JENIS + " " + kecamatan + " Tahun " + isi.tahun();
        Metadata metadata = new Metadata(JENIS, isi.kecamatan().id(), kecamatan, isi.tahun(), "Forum Perangkat Daerah",
                isi.versi());
        Bab isiBab = Bab.tanpaNomor("BERITA ACARA\nFORUM PERANGKAT DAERAH " + kecamatan.toUpperCase(FormatIndonesia.LOCALE)
                + "\n" + (isi.perubahan() ? "RENJA PERUBAHAN TAHUN " : "RENJA TAHUN ") + isi.tahun(),
                List.of(new Bagian("", "", blok)));
        return new Dokumen(judul, metadata, null, List.of(), List.of(isiBab), false, draf);
    }

    static Tabel tabelUsulan(IsiRenja isi) {
        Map<String, BarisRenja> perKode = isi.baris().stream().collect(Collectors.toMap(BarisRenja::kode, Function.identity()));
        List<List<SelKepala>> kepala = List.of(List.of(SelKepala.of("No"), SelKepala.of("Sumber Usulan"), SelKepala.of("Desa"),
                SelKepala.of("Sub Kegiatan"), SelKepala.of("Usulan"), SelKepala.of("Besaran/Volume"), SelKepala.of("Keputusan"),
                SelKepala.of("Alasan")));
        List<BarisTabel> baris = new ArrayList<>();
        int no = 0;
        for (UsulanRenja u : isi.forum().usulan()) {
            BarisRenja b = perKode.get(u.kode());
            baris.add(BarisTabel.biasa(Sel.angka(++no), Sel.teks(u.sumber().label()), Sel.teks(u.desa() == null ? "–" : u.desa()),
                    Sel.teks(u.kode() + (b == null ? "" : " " + b.nama())), Sel.teks(u.uraian()),
                    Sel.teks(TabelRenja.teks(u.besaran())),
                    Sel.teks(u.keputusan() == null ? "Belum diputuskan" : TabelRenja.keputusan(u.keputusan())),
                    Sel.teks(TabelRenja.teks(u.alasan()))));
        }
        if (baris.isEmpty()) {
            baris.add(BarisTabel.biasa(Sel.teks("Tidak ada usulan yang dibahas.", 8)));
        }
        return new Tabel("", "Usulan yang dibahas dan keputusannya", kepala, baris, List.of(4, 11, 10, 19, 18, 9, 14, 15), false);
    }
}
