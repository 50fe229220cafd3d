package id.sipeka.evaluasi;

import id.sipeka.base.FormatIndonesia;
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
import id.sipeka.evaluasi.EvaluasiData.BarisLaporan;
import id.sipeka.evaluasi.EvaluasiData.IndikatorLainLaporan;
import id.sipeka.evaluasi.EvaluasiData.BarisPk;
import id.sipeka.evaluasi.EvaluasiData.BarisRencanaAksi;
import id.sipeka.evaluasi.EvaluasiData.KegiatanData;
import id.sipeka.evaluasi.EvaluasiData.LaporanData;
import id.sipeka.evaluasi.EvaluasiData.PerjanjianKinerjaData;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Laporan Evaluasi Triwulan of one unit in the layout of seed 003: BAB I Pendahuluan, BAB II Perjanjian Kinerja
 * (PK, anggaran, rencana aksi TW I–IV), BAB III Realisasi Kinerja (with the analysis and predikat of each sub
 * kegiatan), BAB IV Realisasi Keuangan, BAB V Penutup, and the signatures. Every figure is the one the screens show
 * ({@link LaporanData} is computed by {@link Capaian}); nothing is computed here.
 */
final class DokumenLaporanEvaluasi {

    private DokumenLaporanEvaluasi() {
    }

    /**
     * @param kepalaUnit  the unit head's block as it is printed (text: the report is signed digitally only by the
     *                    camat, who signs it off)
     * @param camat       the camat's signature block — the one signature of the final PDF
     */
    static Dokumen susun(LaporanData l, PerjanjianKinerjaData pk, List<BarisRencanaAksi> rencanaAksi, String kecamatan,
            String kabupaten, List<String> kepalaUnit, List<String> sekcam, TandaTangan camat, boolean draf) {
        String tw = FormatIndonesia.triwulan(l.triwulan());
        // seed 003's cover: "PEMERINTAH KABUPATEN LUWU TIMUR" … "KECAMATAN KALAENA / KABUPATEN LUWU TIMUR"
        Sampul sampul = Sampul.of("PEMERINTAH KABUPATEN " + kabupaten.toUpperCase(FormatIndonesia.LOCALE),
                "LAPORAN EVALUASI " + pk.jabatan().toUpperCase(FormatIndonesia.LOCALE), "TRIWULAN " + tw + " TAHUN " + l.tahun(),
                "KECAMATAN " + kecamatan.toUpperCase(FormatIndonesia.LOCALE), "KABUPATEN " + kabupaten.toUpperCase(FormatIndonesia.LOCALE));
        List<Bab> bab = List.of(pendahuluan(l, pk, kecamatan), perjanjianKinerja(pk, rencanaAksi),
                realisasiKinerja(l, tw), realisasiKeuangan(l, tw), penutup(l, kepalaUnit, sekcam, camat));
        Metadata m = new Metadata("Laporan Evaluasi TW " + tw, l.kecamatanId(), "Kecamatan " + kecamatan + " – " + l.unitNama(),
                l.tahun(), "TW " + tw, 1);
        return new Dokumen(judul(l), m, sampul, List.of(), bab, false, draf);
    }

    /** The report's title, as archived (its evidence in the archive is named after it). */
    static String judul(LaporanData l) {
        return "Laporan Evaluasi " + l.unitNama() + " Triwulan " + FormatIndonesia.triwulan(l.triwulan()) + " " + l.tahun();
    }

    private static Bab pendahuluan(LaporanData l, PerjanjianKinerjaData pk, String kecamatan) {
        Map<String, List<String>> kegiatan = new LinkedHashMap<>();
        for (BarisLaporan b : l.baris()) {
            kegiatan.computeIfAbsent(b.kegiatanNama(), k -> new ArrayList<>()).add(b.nama());
        }
        List<Blok> blok = new ArrayList<>();
        blok.add(new Paragraf("Laporan ini menyajikan capaian kinerja dan realisasi keuangan " + pk.unitNama()
                + " Kecamatan " + kecamatan + " pada triwulan " + FormatIndonesia.triwulan(l.triwulan()) + " tahun "
                + l.tahun() + " sebagai pertanggungjawaban atas perjanjian kinerja tahun berjalan. Angka capaian, rata-rata"
                + " dan predikat dihitung oleh SIPEKA dari target rencana aksi dan realisasi yang dimasukkan unit."));
        int i = 1;
        for (var k : kegiatan.entrySet()) {
            blok.add(new Paragraf(i++ + ". Kegiatan " + k.getKey() + ", dengan sub kegiatan: " + String.join("; ", k.getValue()) + "."));
        }
        return new Bab("I", "PENDAHULUAN", List.of(new Bagian("", "", blok)));
    }

    private static Bab perjanjianKinerja(PerjanjianKinerjaData pk, List<BarisRencanaAksi> rencanaAksi) {
        List<BarisTabel> pkBaris = new ArrayList<>();
        int no = 1;
        for (BarisPk b : pk.baris()) {
            pkBaris.add(BarisTabel.biasa(Sel.angka(no++), Sel.teks(b.kegiatan()), Sel.teks(b.subKegiatan()),
                    Sel.teks(b.indikator()), Sel.teks(angka(b.target()) + " " + teks(b.satuan()))));
        }
        Tabel tabelPk = new Tabel("Tabel 2.1", "Perjanjian Kinerja " + pk.tahun(), List.of(List.of(SelKepala.of("No"),
                SelKepala.of("Kegiatan"), SelKepala.of("Sub Kegiatan"), SelKepala.of("Indikator Kinerja"), SelKepala.of("Target"))),
                pkBaris, List.of(5, 28, 27, 28, 12), false);
        List<BarisTabel> anggaran = new ArrayList<>();
        no = 1;
        for (BarisPk b : pk.baris()) {
            anggaran.add(BarisTabel.biasa(Sel.angka(no++), Sel.teks(b.subKegiatan()),
                    Sel.rupiahAtauKosong(b.anggaran()), Sel.teks(teks(b.sumberDana()))));
        }
        anggaran.add(BarisTabel.total(Sel.teks("JUMLAH ANGGARAN", 2), Sel.rupiah(pk.jumlahAnggaran()), Sel.teks("")));
        Tabel tabelAnggaran = new Tabel("Tabel 2.2", "Anggaran per Sub Kegiatan", List.of(List.of(SelKepala.of("No"),
                SelKepala.of("Sub Kegiatan"), SelKepala.of("Anggaran"), SelKepala.of("Ket."))), anggaran, List.of(5, 55, 25, 15), false);
        List<SelKepala> kepala1 = new ArrayList<>(List.of(SelKepala.tinggi("No", 2), SelKepala.tinggi("Sub Kegiatan", 2),
                SelKepala.tinggi("Indikator Kinerja", 2)));
        List<SelKepala> kepala2 = new ArrayList<>();
        for (int tw = 1; tw <= 4; tw++) {
            kepala1.add(SelKepala.lebar("TW " + FormatIndonesia.triwulan(tw), 2));
            kepala2.add(SelKepala.of("Target"));
            kepala2.add(SelKepala.of("Rp"));
        }
        List<BarisTabel> ra = new ArrayList<>();
        no = 1;
        for (BarisRencanaAksi b : rencanaAksi) {
            List<Sel> sel = new ArrayList<>(List.of(Sel.angka(no++), Sel.teks(b.nama()), Sel.teks(teks(b.indikator()))));
            for (int i = 0; i < 4; i++) {
                sel.add(Sel.angkaAtauKosong(b.target().get(i)));
                sel.add(Sel.rupiahAtauKosong(b.rp().get(i)));
            }
            ra.add(new BarisTabel(BarisTabel.Jenis.BIASA, sel));
        }
        Tabel tabelRa = new Tabel("Tabel 2.3", "Rencana Aksi per Sub Kegiatan dan Anggaran T.A. " + pk.tahun(),
                List.of(kepala1, kepala2), ra, List.of(4, 20, 20, 5, 9, 5, 9, 5, 9, 5, 9), true);
        return new Bab("II", "PERJANJIAN KINERJA", List.of(
                new Bagian("", "", List.of(new Paragraf("Perjanjian kinerja " + teks(pk.pihakPertama()) + " selaku "
                        + teks(pk.jabatan()) + " memuat " + pk.baris().size() + " sub kegiatan berikut."), tabelPk, tabelAnggaran)),
                new Bagian("A.", "Rencana Aksi", List.of(tabelRa))));
    }

    private static Bab realisasiKinerja(LaporanData l, String tw) {
        List<BarisTabel> baris = new ArrayList<>();
        int no = 1;
        for (BarisLaporan b : l.baris()) {
            boolean satu = b.indikatorLain().isEmpty();
            // with several indicators the row's line is its first indicator's; the row's capaian and predikat follow
            baris.add(BarisTabel.biasa(Sel.angka(no++), Sel.teks(b.nama()), Sel.teks(angka(b.targetTahunan()) + " " + teks(b.satuan())),
                    Sel.angkaAtauKosong(b.targetTw()), Sel.angkaAtauKosong(b.realisasiTw()), Sel.persen(b.capaianTwIndikator()),
                    Sel.persen(b.capaianSdIndikator()), Sel.teks(satu ? b.predikat() : "")));
            for (IndikatorLainLaporan i : b.indikatorLain()) {
                baris.add(BarisTabel.biasa(Sel.teks(""), Sel.teks("Indikator ke-" + i.urutan() + ": " + i.indikator()),
                        Sel.teks(angka(i.targetTahunan()) + " " + teks(i.satuan())), Sel.angkaAtauKosong(i.targetTw()),
                        Sel.angkaAtauKosong(i.realisasiTw()), Sel.persen(i.capaianTw()), Sel.persen(i.capaianSd()), Sel.teks("")));
            }
            if (!satu) {
                baris.add(BarisTabel.biasa(Sel.teks(""), Sel.teks("Capaian sub kegiatan (rata-rata " + (b.indikatorLain().size() + 1)
                        + " indikator)"), Sel.teks(""), Sel.teks(""), Sel.teks(""), Sel.persen(b.capaianTw()),
                        Sel.persen(b.capaianSd()), Sel.teks(b.predikat())));
            }
        }
        baris.add(BarisTabel.total(Sel.teks("Rata-rata Capaian Kinerja", 5), Sel.persen(l.ringkasan().rataKinerja()), Sel.teks(""),
                Sel.teks(l.ringkasan().predikatKinerja())));
        Tabel tabel = new Tabel("Tabel 3.1", "Capaian Kinerja Triwulan " + tw, List.of(
                List.of(SelKepala.tinggi("No", 2), SelKepala.tinggi("Sub Kegiatan", 2), SelKepala.tinggi("Target Tahunan", 2),
                        SelKepala.lebar("Triwulan " + tw, 3), SelKepala.tinggi("Capaian s.d. TW " + tw, 2),
                        SelKepala.tinggi("Predikat", 2)),
                List.of(SelKepala.of("Target"), SelKepala.of("Realisasi"), SelKepala.of("Capaian"))), baris,
                List.of(5, 31, 12, 9, 9, 10, 10, 14), false);
        List<Blok> analisis = new ArrayList<>();
        for (BarisLaporan b : l.baris()) {
            boolean satu = b.indikatorLain().isEmpty();
            analisis.add(new Paragraf(b.nama() + ": indikator \"" + teks(b.indikator()) + "\" dengan target triwulan "
                    + angka(b.targetTw()) + " " + teks(b.satuan()) + " terealisasi " + angka(b.realisasiTw()) + " " + teks(b.satuan())
                    + ", capaian " + FormatIndonesia.persen(b.capaianTwIndikator())
                    + (satu ? " (predikat " + b.predikat() + ")." : ".")));
            for (IndikatorLainLaporan i : b.indikatorLain()) {
                analisis.add(new Paragraf("   Indikator ke-" + i.urutan() + " \"" + i.indikator() + "\": target triwulan "
                        + angka(i.targetTw()) + " " + teks(i.satuan()) + " terealisasi " + angka(i.realisasiTw()) + " "
                        + teks(i.satuan()) + ", capaian " + FormatIndonesia.persen(i.capaianTw()) + "; s.d. triwulan ini "
                        + angka(i.realisasiSd()) + " " + teks(i.satuan()) + " dari target tahunan " + angka(i.targetTahunan())
                        + " " + teks(i.satuan()) + ", capaian " + FormatIndonesia.persen(i.capaianSd()) + "."));
            }
            if (!satu) {
                analisis.add(new Paragraf("   Capaian sub kegiatan (rata-rata " + (b.indikatorLain().size() + 1)
                        + " indikator): " + FormatIndonesia.persen(b.capaianTw()) + " (predikat " + b.predikat() + ")."));
            }
            int k = 1;
            for (KegiatanData kg : b.kegiatan()) {
                analisis.add(new Paragraf("   " + k++ + ". " + FormatIndonesia.tanggal(kg.tanggal()) + ", " + kg.desa() + ": " + kg.uraian()));
            }
            if (b.kendala() != null) {
                analisis.add(new Paragraf("Kendala: " + b.kendala()));
            }
            if (b.tindakLanjut() != null) {
                analisis.add(new Paragraf("Tindak lanjut: " + b.tindakLanjut()));
            }
        }
        return new Bab("III", "REALISASI KINERJA", List.of(new Bagian("A.", "Capaian Kinerja " + l.unitNama(), List.of(tabel)),
                new Bagian("B.", "Analisis Capaian Kinerja", analisis)));
    }

    private static Bab realisasiKeuangan(LaporanData l, String tw) {
        List<BarisTabel> baris = new ArrayList<>();
        int no = 1;
        for (BarisLaporan b : l.baris()) {
            baris.add(BarisTabel.biasa(Sel.angka(no++), Sel.teks(b.nama()), Sel.rupiahAtauKosong(b.anggaran()), Sel.rupiahAtauKosong(b.targetRpTw()),
                    Sel.rupiahAtauKosong(b.realisasiRpTw()), Sel.persen(b.capaianRpTw())));
        }
        var r = l.ringkasan();
        baris.add(BarisTabel.total(Sel.teks("Jumlah", 2), Sel.rupiah(r.anggaran()), Sel.rupiah(r.targetRp()),
                Sel.rupiah(r.realisasiRp()), Sel.persen(r.capaianKeuangan())));
        Tabel tabel = new Tabel("Tabel 4.1", "Realisasi Keuangan Triwulan " + tw, List.of(
                List.of(SelKepala.tinggi("No", 2), SelKepala.tinggi("Sub Kegiatan", 2), SelKepala.tinggi("Anggaran", 2),
                        SelKepala.lebar("Triwulan " + tw, 3)),
                List.of(SelKepala.of("Target"), SelKepala.of("Realisasi"), SelKepala.of("Capaian"))), baris,
                List.of(5, 35, 16, 16, 16, 12), false);
        List<Blok> blok = new ArrayList<>(List.of(tabel));
        l.baris().stream().filter(BarisLaporan::melebihiAnggaran).forEach(b -> blok.add(new Paragraf(
                "Catatan: realisasi keuangan " + b.nama() + " melebihi anggaran — " + teks(b.catatanKeuangan()))));
        return new Bab("IV", "REALISASI KEUANGAN", List.of(new Bagian("", "", blok)));
    }

    private static Bab penutup(LaporanData l, List<String> kepalaUnit, List<String> sekcam, TandaTangan camat) {
        var r = l.ringkasan();
        Tabel ringkas = new Tabel("Tabel 5.1", "Rata-rata Capaian", List.of(List.of(SelKepala.of("Rata-rata Capaian Kinerja"),
                SelKepala.of("Rata-rata Capaian Keuangan"))), List.of(BarisTabel.biasa(Sel.persen(r.rataKinerja()),
                Sel.persen(r.capaianKeuangan()))), List.of(), false);
        List<Blok> blok = new ArrayList<>(List.of(new Paragraf("Rata-rata capaian kinerja " + l.unitNama() + " pada triwulan "
                + FormatIndonesia.triwulan(l.triwulan()) + " adalah " + FormatIndonesia.persen(r.rataKinerja()) + " (" + r.predikatKinerja()
                + ") dan capaian keuangan " + FormatIndonesia.persen(r.capaianKeuangan()) + " (" + r.predikatKeuangan() + ")."), ringkas));
        kepalaUnit.forEach(t -> blok.add(new Paragraf(t)));
        if (!sekcam.isEmpty()) {
            blok.add(new Paragraf("Mengetahui,"));
            sekcam.forEach(t -> blok.add(new Paragraf(t)));
        }
        if (camat != null) {
            blok.add(camat);
        }
        return new Bab("V", "PENUTUP", List.of(new Bagian("", "", blok)));
    }

    private static String angka(BigDecimal v) {
        return v == null ? "–" : FormatIndonesia.angka(v);
    }

    private static String teks(String s) {
        return s == null ? "" : s;
    }
}
