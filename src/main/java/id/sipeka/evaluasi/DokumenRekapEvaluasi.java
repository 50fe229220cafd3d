package id.sipeka.evaluasi;

import id.sipeka.base.FormatIndonesia;
import id.sipeka.dokumen.GrafikBatang;
import id.sipeka.dokumen.Bab;
import id.sipeka.dokumen.Bagian;
import id.sipeka.dokumen.BarisTabel;
import id.sipeka.dokumen.Blok;
import id.sipeka.dokumen.Dokumen;
import id.sipeka.dokumen.Metadata;
import id.sipeka.dokumen.Paragraf;
import id.sipeka.dokumen.Sampul;
import id.sipeka.dokumen.Sel;
import id.sipeka.dokumen.SelKepala;
import id.sipeka.dokumen.Tabel;
import id.sipeka.dokumen.TandaTangan;
import id.sipeka.evaluasi.EvaluasiData.BarisRekap;
import id.sipeka.evaluasi.EvaluasiData.Rekap;
import id.sipeka.evaluasi.EvaluasiData.RekapUnit;
import id.sipeka.evaluasi.EvaluasiData.Ringkasan;
import id.sipeka.renstra.Tingkat;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The kecamatan's recap as a document (the Permendagri 86/2017 evaluation of Renja results): per quarter, "Rekap
 * Evaluasi Triwulan n", and for the year, "Evaluasi Hasil Pelaksanaan Renja Tahun N" (from the TW IV recap, the
 * figures that feed the next Renja's T-C.29). BAB I Pendahuluan, BAB II Hasil Evaluasi (units per TW with the two
 * charts of the recap screen, then program / kegiatan / sub kegiatan with the JUMLAH line), BAB III Penutup with
 * the camat's signature. Every figure is the recap's ({@link RekapEvaluasiService#rekap}); nothing is computed here.
 */
final class DokumenRekapEvaluasi {

    private DokumenRekapEvaluasi() {
    }

    /**
     * @param tahunan the year's evaluation instead of the quarter's recap (TW IV only)
     * @param camat   the camat's signature block, {@code null} on a draft not yet signable
     */
    static Dokumen susun(Rekap r, boolean tahunan, String kecamatan, String kabupaten, TandaTangan camat, boolean draf) {
        String tw = FormatIndonesia.triwulan(r.sampaiTriwulan());
        String judul = tahunan ? "Evaluasi Hasil Pelaksanaan Renja Kecamatan " + kecamatan + " Tahun " + r.tahun()
                : "Rekap Evaluasi Renja Kecamatan " + kecamatan + " Triwulan " + tw + " Tahun " + r.tahun();
        Sampul sampul = Sampul.of(tahunan ? "EVALUASI HASIL PELAKSANAAN RENJA" : "REKAP EVALUASI HASIL PELAKSANAAN RENJA",
                tahunan ? "TAHUN " + r.tahun() : "TRIWULAN " + tw + " TAHUN " + r.tahun(),
                "KECAMATAN " + kecamatan.toUpperCase(FormatIndonesia.LOCALE),
                "KABUPATEN " + kabupaten.toUpperCase(FormatIndonesia.LOCALE));
        Metadata m = new Metadata(tahunan ? "Evaluasi Hasil Renja" : "Rekap Evaluasi TW " + tw, r.kecamatanId(),
                "Kecamatan " + kecamatan, r.tahun(), tahunan ? "Tahunan" : "TW " + tw, 1);
        List<Bab> bab = List.of(pendahuluan(r, tahunan, kecamatan), hasil(r, tahunan), penutup(r, tahunan, kecamatan, camat));
        return new Dokumen(judul, m, sampul, List.of(), bab, true, draf);
    }

    private static Bab pendahuluan(Rekap r, boolean tahunan, String kecamatan) {
        String lingkup = tahunan ? "tahun " + r.tahun() : "tahun " + r.tahun() + " sampai dengan triwulan "
                + FormatIndonesia.triwulan(r.sampaiTriwulan());
        return new Bab("I", "PENDAHULUAN", List.of(new Bagian("", "", List.of(
                new Paragraf("Dokumen ini menyajikan evaluasi terhadap hasil pelaksanaan Rencana Kerja (Renja) Kecamatan "
                        + kecamatan + " " + lingkup + " sebagaimana diatur dalam Peraturan Menteri Dalam Negeri Nomor 86 Tahun"
                        + " 2017. Data dihimpun dari laporan evaluasi triwulan setiap unit yang telah ditandatangani camat."),
                new Paragraf("Tingkat capaian kinerja dihitung terhadap target tahunan Renja menurut jenis dan arah"
                        + " indikatornya; capaian kegiatan dan program adalah rata-rata capaian sub kegiatannya, sedangkan"
                        + " capaian keuangan adalah jumlah realisasi dibagi jumlah anggaran. Predikat mengikuti skala "
                        + r.skala() + ".")))));
    }

    private static Bab hasil(Rekap r, boolean tahunan) {
        List<Blok> unit = new ArrayList<>(List.of(tabelUnit(r)));
        gambar("Gambar 2.1", GrafikRekap.perUnit(r)).ifPresent(unit::add);
        gambar("Gambar 2.2", GrafikRekap.perTriwulan(r)).ifPresent(unit::add);
        return new Bab("II", "HASIL EVALUASI", List.of(
                new Bagian("A.", "Rata-rata Capaian per Unit", unit),
                new Bagian("B.", tahunan ? "Evaluasi Hasil Renja Tahun " + r.tahun() : "Evaluasi Hasil Renja s.d. Triwulan "
                        + FormatIndonesia.triwulan(r.sampaiTriwulan()), List.of(tahunan ? tabelTahunan(r) : tabelTriwulan(r)))));
    }

    private static Optional<Blok> gambar(String nomor, Optional<GrafikBatang.Data> data) {
        return data.map(d -> GrafikBatang.gambar(nomor, d));
    }

    /** Each unit's averages per TW (against the quarter's targets), from its signed reports. */
    private static Tabel tabelUnit(Rekap r) {
        List<SelKepala> atas = new ArrayList<>(List.of(SelKepala.tinggi("No", 2), SelKepala.tinggi("Unit", 2)));
        List<SelKepala> bawah = new ArrayList<>();
        for (int tw = 1; tw <= 4; tw++) {
            atas.add(SelKepala.lebar("TW " + FormatIndonesia.triwulan(tw), 2));
            bawah.add(SelKepala.of("Kinerja"));
            bawah.add(SelKepala.of("Keuangan"));
        }
        List<BarisTabel> baris = new ArrayList<>();
        int no = 1;
        for (RekapUnit u : r.unit()) {
            List<Sel> sel = new ArrayList<>(List.of(Sel.angka(no++), Sel.teks(u.unitNama())));
            for (int tw = 1; tw <= 4; tw++) {
                Ringkasan x = u.triwulan().get(tw);
                sel.add(x == null ? Sel.kosong() : Sel.persen(x.rataKinerja()));
                sel.add(x == null ? Sel.kosong() : Sel.persen(x.capaianKeuangan()));
            }
            baris.add(new BarisTabel(BarisTabel.Jenis.BIASA, sel));
        }
        return new Tabel("Tabel 2.1", "Rata-rata Capaian Kinerja dan Keuangan per Unit Tahun " + r.tahun(), List.of(atas, bawah),
                baris, List.of(4, 16, 10, 10, 10, 10, 10, 10, 10, 10), false);
    }

    /** Target Renja, realisasi TW I–IV, cumulative realisasi, tingkat capaian, predikat and unit (19 columns). */
    private static Tabel tabelTriwulan(Rekap r) {
        String tw = FormatIndonesia.triwulan(r.sampaiTriwulan());
        List<SelKepala> atas = new ArrayList<>(List.of(SelKepala.tinggi("Kode", 2),
                SelKepala.tinggi("Program/Kegiatan/Sub Kegiatan", 2), SelKepala.tinggi("Indikator Kinerja (Satuan)", 2),
                SelKepala.lebar("Target Renja " + r.tahun(), 2)));
        List<SelKepala> bawah = new ArrayList<>(List.of(SelKepala.of("K"), SelKepala.of("Rp")));
        for (int i = 1; i <= 4; i++) {
            atas.add(SelKepala.lebar("Realisasi TW " + FormatIndonesia.triwulan(i), 2));
            bawah.add(SelKepala.of("K"));
            bawah.add(SelKepala.of("Rp"));
        }
        atas.add(SelKepala.lebar("Realisasi s.d. TW " + tw, 2));
        atas.add(SelKepala.lebar("Tingkat Capaian (%)", 2));
        atas.add(SelKepala.tinggi("Predikat", 2));
        atas.add(SelKepala.tinggi("Unit Penanggung Jawab", 2));
        bawah.addAll(List.of(SelKepala.of("K"), SelKepala.of("Rp"), SelKepala.of("K"), SelKepala.of("Rp")));
        List<BarisTabel> baris = new ArrayList<>();
        for (BarisRekap b : semua(r)) {
            // money under an "Rp" header as plain numbers: "Rp " in each of 19 narrow columns would not fit
            List<Sel> sel = new ArrayList<>(List.of(Sel.teks(b.kode()), Sel.teks(b.nama()), Sel.teks(indikator(b)),
                    Sel.angkaAtauKosong(b.target()), Sel.angkaAtauKosong(b.anggaran())));
            for (int i = 0; i < 4; i++) {
                sel.add(Sel.angkaAtauKosong(b.realisasiTw().get(i)));
                sel.add(Sel.angkaAtauKosong(b.realisasiRpTw().get(i)));
            }
            sel.addAll(List.of(Sel.angkaAtauKosong(b.realisasiKumulatif()), Sel.angka(b.realisasiRpKumulatif()), Sel.persen(b.capaianKinerja()),
                    Sel.persen(b.capaianKeuangan()), Sel.teks(b.predikat()), Sel.teks(b.unitNama())));
            baris.add(baris(b, sel));
        }
        return new Tabel("Tabel 2.2", "Evaluasi Hasil Pelaksanaan Renja Tahun " + r.tahun() + " s.d. Triwulan " + tw,
                List.of(atas, bawah), baris, List.of(34, 50, 40, 14, 31, 14, 31, 14, 31, 14, 31, 14, 31, 14, 31, 26, 26, 28, 40), true);
    }

    /** The year in one line per row: target, realisasi and capaian of kinerja and of keuangan (11 columns). */
    private static Tabel tabelTahunan(Rekap r) {
        List<SelKepala> atas = List.of(SelKepala.tinggi("Kode", 2), SelKepala.tinggi("Program/Kegiatan/Sub Kegiatan", 2),
                SelKepala.tinggi("Indikator Kinerja (Satuan)", 2), SelKepala.lebar("Kinerja", 3), SelKepala.lebar("Keuangan", 3),
                SelKepala.tinggi("Predikat", 2), SelKepala.tinggi("Unit Penanggung Jawab", 2));
        List<SelKepala> bawah = List.of(SelKepala.of("Target"), SelKepala.of("Realisasi"), SelKepala.of("Capaian (%)"),
                SelKepala.of("Anggaran (Rp)"), SelKepala.of("Realisasi (Rp)"), SelKepala.of("Capaian (%)"));
        List<BarisTabel> baris = new ArrayList<>();
        for (BarisRekap b : semua(r)) {
            baris.add(baris(b, List.of(Sel.teks(b.kode()), Sel.teks(b.nama()), Sel.teks(indikator(b)), Sel.angkaAtauKosong(b.target()),
                    Sel.angkaAtauKosong(b.realisasiKumulatif()), Sel.persen(b.capaianKinerja()), Sel.rupiahAtauKosong(b.anggaran()),
                    Sel.rupiah(b.realisasiRpKumulatif()), Sel.persen(b.capaianKeuangan()), Sel.teks(b.predikat()),
                    Sel.teks(b.unitNama()))));
        }
        return new Tabel("Tabel 2.2", "Evaluasi Hasil Pelaksanaan Renja Tahun " + r.tahun(), List.of(atas, bawah), baris,
                List.of(11, 22, 16, 6, 6, 7, 10, 10, 7, 8, 11), true);
    }

    private static Bab penutup(Rekap r, boolean tahunan, String kecamatan, TandaTangan camat) {
        List<Blok> blok = new ArrayList<>();
        BarisRekap j = r.jumlah();
        String lingkup = tahunan ? "tahun " + r.tahun() : "sampai dengan triwulan " + FormatIndonesia.triwulan(r.sampaiTriwulan())
                + " tahun " + r.tahun();
        if (j == null) {
            blok.add(new Paragraf("Belum ada sub kegiatan Renja yang dievaluasi " + lingkup + "."));
        } else {
            long sub = r.baris().stream().filter(b -> b.tingkat() == Tingkat.SUB_KEGIATAN).count();
            blok.add(new Paragraf("Dari " + sub + " sub kegiatan Renja Kecamatan " + kecamatan + ", rata-rata tingkat capaian"
                    + " kinerja " + lingkup + " adalah " + FormatIndonesia.persen(j.capaianKinerja()) + " (" + j.predikat()
                    + "), dengan realisasi keuangan " + FormatIndonesia.rupiah(j.realisasiRpKumulatif()) + " dari anggaran "
                    + FormatIndonesia.rupiah(j.anggaran() == null ? 0 : j.anggaran()) + " ("
                    + FormatIndonesia.persen(j.capaianKeuangan()) + ")."));
        }
        blok.add(new Paragraf(tahunan
                ? "Hasil evaluasi ini menjadi bahan penyusunan BAB II Renja tahun berikutnya (Tabel T-C.29) dan LKjIP."
                : "Demikian rekap evaluasi ini disusun sebagai bahan pengendalian pelaksanaan Renja."));
        if (camat != null) {
            blok.add(camat);
        }
        return new Bab("III", "PENUTUP", List.of(new Bagian("", "", blok)));
    }

    /** The recap's lines and, last, its JUMLAH line. */
    private static List<BarisRekap> semua(Rekap r) {
        List<BarisRekap> semua = new ArrayList<>(r.baris());
        if (r.jumlah() != null) {
            semua.add(r.jumlah());
        }
        return semua;
    }

    private static BarisTabel baris(BarisRekap b, List<Sel> sel) {
        BarisTabel.Jenis jenis = b.tingkat() == null ? BarisTabel.Jenis.TOTAL
                : b.tingkat() == Tingkat.SUB_KEGIATAN ? BarisTabel.Jenis.BIASA : BarisTabel.Jenis.KELOMPOK;
        return new BarisTabel(jenis, sel);
    }

    private static String indikator(BarisRekap b) {
        String indikator = b.indikator() == null ? "" : b.indikator();
        return b.satuan() == null || b.satuan().isBlank() ? indikator : indikator + " (" + b.satuan() + ")";
    }

}
