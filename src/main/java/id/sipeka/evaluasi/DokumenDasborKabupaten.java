package id.sipeka.evaluasi;

import id.sipeka.base.FormatIndonesia;
import id.sipeka.base.Pesan;
import id.sipeka.dokumen.Bab;
import id.sipeka.dokumen.Bagian;
import id.sipeka.dokumen.BarisTabel;
import id.sipeka.dokumen.Dokumen;
import id.sipeka.dokumen.Metadata;
import id.sipeka.dokumen.Sel;
import id.sipeka.dokumen.SelKepala;
import id.sipeka.dokumen.Tabel;
import id.sipeka.evaluasi.EvaluasiData.BarisDasbor;
import id.sipeka.evaluasi.EvaluasiData.DasborKabupaten;
import id.sipeka.evaluasi.EvaluasiData.SelDasbor;
import id.sipeka.renja.JenisRenja;
import id.sipeka.renja.RenjaData.TahapRenja;
import java.util.ArrayList;
import java.util.List;

/**
 * The kabupaten's dashboard as a document with one table, for its XLSX: every kecamatan with its rank, TW I–IV
 * (reports, complete, late, signed, capaian kinerja and keuangan), the year so far with predikat, and the stage of
 * its Renja of N and N+1. Numbers stay numbers in the spreadsheet.
 */
final class DokumenDasborKabupaten {

    private DokumenDasborKabupaten() {
    }

    static Dokumen susun(DasborKabupaten d) {
        String judul = "Dasbor Evaluasi Renja Kecamatan se-Kabupaten " + d.kabupatenNama() + " Tahun " + d.tahun();
        Metadata m = new Metadata("Dasbor Evaluasi Kabupaten", 0, "Kabupaten " + d.kabupatenNama(), d.tahun(), "Ringkasan", 1);
        return new Dokumen(judul, m, null, List.of(), List.of(new Bab("", judul, List.of(new Bagian("", "", List.of(tabel(d)))))),
                false, false);
    }

    private static Tabel tabel(DasborKabupaten d) {
        List<SelKepala> atas = new ArrayList<>(List.of(SelKepala.tinggi("Peringkat", 2), SelKepala.tinggi("Kecamatan", 2)));
        List<SelKepala> bawah = new ArrayList<>();
        for (int tw = 1; tw <= 4; tw++) {
            atas.add(SelKepala.lebar("TW " + FormatIndonesia.triwulan(tw), 6));
            for (String k : List.of("Laporan", "Lengkap", "Terlambat", "Ditandatangani", "Kinerja (%)", "Keuangan (%)")) {
                bawah.add(SelKepala.of(k));
            }
        }
        atas.add(SelKepala.lebar("Tahun " + d.tahun() + " s.d. triwulan berjalan", 5));
        for (String k : List.of("s.d. TW", "Capaian Kinerja (%)", "Predikat Kinerja", "Capaian Keuangan (%)", "Predikat Keuangan")) {
            bawah.add(SelKepala.of(k));
        }
        atas.add(SelKepala.tinggi("Renja " + d.tahun(), 2));
        atas.add(SelKepala.tinggi("Renja " + (d.tahun() + 1), 2));
        List<BarisTabel> baris = new ArrayList<>();
        for (BarisDasbor b : d.baris()) {
            List<Sel> sel = new ArrayList<>(List.of(b.peringkat() == null ? Sel.kosong() : Sel.angka(b.peringkat()),
                    Sel.teks(b.kecamatanNama())));
            for (int tw = 1; tw <= 4; tw++) {
                SelDasbor x = b.triwulan().get(tw);
                if (x == null) {
                    for (int i = 0; i < 6; i++) {
                        sel.add(Sel.kosong());
                    }
                    continue;
                }
                sel.addAll(List.of(Sel.angka(x.laporan()), Sel.angka(x.lengkap()), Sel.angka(x.terlambat()),
                        Sel.angka(x.ditandatangani()), Sel.persen(x.capaianKinerja()), Sel.persen(x.capaianKeuangan())));
            }
            sel.addAll(List.of(b.sampaiTriwulan() == 0 ? Sel.kosong() : Sel.teks(FormatIndonesia.triwulan(b.sampaiTriwulan())),
                    Sel.persen(b.capaianKinerja()), Sel.teks(b.predikatKinerja()), Sel.persen(b.capaianKeuangan()),
                    Sel.teks(b.predikatKeuangan()), Sel.teks(tahap(b.renja())), Sel.teks(tahap(b.renjaBerikut()))));
            baris.add(BarisTabel.biasa(sel.toArray(Sel[]::new)));
        }
        return new Tabel("Tabel 1", "Kelengkapan Laporan, Capaian dan Tahap Renja per Kecamatan Tahun " + d.tahun()
                + " (skala predikat " + d.skala() + ")", List.of(atas, bawah), baris, List.of(), true);
    }

    /** "Ditetapkan", "Perubahan – Menunggu penetapan camat", or "Belum dibuka". */
    static String tahap(TahapRenja r) {
        if (r == null) {
            return Pesan.get("dasborKabupaten.renjaBelumDibuka");
        }
        String tahap = Pesan.get("renjaView.tahap." + r.tahap().name());
        return r.jenis() == JenisRenja.PERUBAHAN ? Pesan.get("dasborKabupaten.renjaPerubahan", tahap) : tahap;
    }
}
