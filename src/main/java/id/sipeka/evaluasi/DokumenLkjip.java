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
import id.sipeka.evaluasi.AnggaranData.BarisAnggaran;
import id.sipeka.evaluasi.LkjipData.AngkaLkjip;
import id.sipeka.evaluasi.LkjipData.BarisAnggaranLkjip;
import id.sipeka.evaluasi.LkjipData.BarisKinerja;
import id.sipeka.evaluasi.LkjipData.BarisSasaran;
import id.sipeka.evaluasi.LkjipData.RealisasiLalu;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The LKjIP as a document (PermenPAN-RB 53/2014 outline): BAB I Pendahuluan, BAB II Perencanaan Kinerja (Renstra
 * sasaran and IKU, the year's perjanjian kinerja), BAB III Akuntabilitas Kinerja (capaian per indicator against the
 * target, the earlier years and the Renstra's end-of-period target; realisasi anggaran and efisiensi), BAB IV Penutup
 * with the camat's signature. Every figure is {@link HitungLkjip}'s; the narratives are the sekcam's or the defaults.
 */
final class DokumenLkjip {

    private DokumenLkjip() {
    }

    static Dokumen susun(AngkaLkjip a, Map<BagianLkjip, String> narasi, TandaTangan camat, boolean draf) {
        String kec = a.kecamatan().toUpperCase(FormatIndonesia.LOCALE);
        Sampul sampul = Sampul.of("LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP)", "TAHUN " + a.tahun(), "KECAMATAN " + kec,
                "KABUPATEN " + a.kabupaten().toUpperCase(FormatIndonesia.LOCALE));
        Metadata m = new Metadata("LKjIP", a.kecamatanId(), "Kecamatan " + a.kecamatan(), a.tahun(), "Tahunan", 1);
        List<Bab> bab = List.of(
                new Bab("I", "PENDAHULUAN", List.of(new Bagian("", "", paragraf(narasi.get(BagianLkjip.PENDAHULUAN))))),
                perencanaan(a, narasi.get(BagianLkjip.PERENCANAAN)),
                akuntabilitas(a, narasi.get(BagianLkjip.AKUNTABILITAS)),
                penutup(narasi.get(BagianLkjip.PENUTUP), camat));
        return new Dokumen("LKjIP Kecamatan " + a.kecamatan() + " Tahun " + a.tahun(), m, sampul, List.of(), bab, true, draf);
    }

    /** The narrative's paragraphs (separated by empty lines). */
    static List<Blok> paragraf(String teks) {
        List<Blok> hasil = new ArrayList<>();
        for (String p : (teks == null ? "" : teks).split("\\R\\s*\\R")) {
            if (!p.isBlank()) {
                hasil.add(new Paragraf(p.strip()));
            }
        }
        return hasil;
    }

    private static Bab perencanaan(AngkaLkjip a, String narasi) {
        return new Bab("II", "PERENCANAAN KINERJA", List.of(
                new Bagian("", "", paragraf(narasi)),
                new Bagian("A.", "Sasaran Strategis dan Indikator Kinerja Utama", List.of(tabelSasaran(a))),
                new Bagian("B.", "Perjanjian Kinerja Tahun " + a.tahun(), List.of(tabelPk(a)))));
    }

    private static Tabel tabelSasaran(AngkaLkjip a) {
        String akhir = a.tahunAkhirRenstra() == null ? "Target Akhir Renstra" : "Target Akhir Renstra (" + a.tahunAkhirRenstra() + ")";
        List<BarisTabel> baris = new ArrayList<>();
        int no = 1;
        for (BarisSasaran s : a.sasaran()) {
            baris.add(BarisTabel.biasa(Sel.angka(no++), Sel.teks(s.uraian()), Sel.teks(indikator(s.indikator(), s.satuan())),
                    Sel.angkaAtauKosong(s.targetTahun()), Sel.angkaAtauKosong(s.targetAkhir())));
        }
        return new Tabel("Tabel 2.1", "Sasaran Strategis dan Indikator Kinerja Utama", List.of(List.of(SelKepala.of("No"),
                SelKepala.of("Sasaran"), SelKepala.of("Indikator Kinerja Utama (Satuan)"), SelKepala.of("Target " + a.tahun()),
                SelKepala.of(akhir))), baris, List.of(5, 35, 34, 12, 14), false);
    }

    private static Tabel tabelPk(AngkaLkjip a) {
        List<BarisTabel> baris = new ArrayList<>();
        for (BarisKinerja b : a.kinerja()) {
            baris.add(BarisTabel.biasa(Sel.teks(b.unitNama()), Sel.teks(b.kode()), Sel.teks(b.nama()),
                    Sel.teks(indikator(b.indikator(), b.satuan())), Sel.angkaAtauKosong(b.target()), Sel.rupiahAtauKosong(b.anggaran())));
        }
        if (a.jumlah() != null) {
            baris.add(BarisTabel.total(Sel.teks("JUMLAH", 5), Sel.rupiah(a.jumlah().anggaran())));
        }
        return new Tabel("Tabel 2.2", "Perjanjian Kinerja Tahun " + a.tahun() + " per Unit Kerja", List.of(List.of(
                SelKepala.of("Unit Kerja"), SelKepala.of("Kode"), SelKepala.of("Sub Kegiatan"),
                SelKepala.of("Indikator Kinerja (Satuan)"), SelKepala.of("Target"), SelKepala.of("Anggaran"))),
                baris, List.of(15, 15, 25, 22, 8, 15), false);
    }

    private static Bab akuntabilitas(AngkaLkjip a, String narasi) {
        List<Blok> anggaran = new ArrayList<>(List.of(tabelAnggaran("Tabel 3.2", "Realisasi Anggaran per Program Tahun "
                + a.tahun(), "Program", a.perProgram(), a.jumlah()), tabelAnggaran("Tabel 3.3", "Realisasi Anggaran per Unit"
                + " Kerja Tahun " + a.tahun(), "Unit Kerja", a.perUnit(), a.jumlah())));
        boolean belanja = a.belanja().baris().stream().anyMatch(b -> b.anggaran() != null);
        if (belanja) {
            anggaran.add(tabelBelanja(a));
        }
        return new Bab("III", "AKUNTABILITAS KINERJA", List.of(
                new Bagian("", "", paragraf(narasi)),
                new Bagian("A.", "Capaian Kinerja Tahun " + a.tahun(), List.of(tabelKinerja(a))),
                new Bagian("B.", "Realisasi Anggaran", anggaran),
                new Bagian("C.", "Efisiensi Penggunaan Sumber Daya", List.of(new Paragraf("Efisiensi = capaian kinerja −"
                        + " capaian keuangan (poin persen); nilai positif berarti hasil melampaui porsi anggaran yang"
                        + " digunakan."), tabelEfisiensi(a, belanja ? "Tabel 3.5" : "Tabel 3.4")))));
    }

    /** Target, realisasi and capaian of the year; of each earlier year held; against the Renstra's end target. */
    private static Tabel tabelKinerja(AngkaLkjip a) {
        List<SelKepala> atas = new ArrayList<>(List.of(SelKepala.tinggi("Kode", 2), SelKepala.tinggi("Sub Kegiatan", 2),
                SelKepala.tinggi("Indikator (Satuan)", 2), SelKepala.lebar("Tahun " + a.tahun(), 3)));
        List<SelKepala> bawah = new ArrayList<>(List.of(SelKepala.of("Target"), SelKepala.of("Realisasi"), SelKepala.of("Capaian (%)")));
        for (int t : a.tahunLalu()) {
            // a year recorded as history (outside the workflow) says so in its heading
            atas.add(SelKepala.lebar("Tahun " + t + (a.tahunRiwayat().contains(t) ? " (riwayat)" : ""), 2));
            bawah.addAll(List.of(SelKepala.of("Realisasi"), SelKepala.of("Capaian (%)")));
        }
        atas.add(SelKepala.lebar("Renstra" + (a.tahunAkhirRenstra() == null ? "" : " s.d. " + a.tahunAkhirRenstra()), 3));
        bawah.addAll(List.of(SelKepala.of("Target Akhir"), SelKepala.of("Realisasi s.d. " + a.tahun()), SelKepala.of("Capaian (%)")));
        atas.add(SelKepala.tinggi("Predikat", 2));
        List<BarisTabel> baris = new ArrayList<>();
        for (BarisKinerja b : a.kinerja()) {
            List<Sel> sel = new ArrayList<>(List.of(Sel.teks(b.kode()), Sel.teks(b.nama()), Sel.teks(indikator(b.indikator(), b.satuan())),
                    Sel.angkaAtauKosong(b.target()), Sel.angkaAtauKosong(b.realisasi()), Sel.persen(b.capaian())));
            for (int t : a.tahunLalu()) {
                RealisasiLalu l = b.lalu().get(t);
                sel.add(Sel.angkaAtauKosong(l == null ? null : l.realisasi()));
                sel.add(Sel.persen(l == null ? null : l.capaian()));
            }
            sel.addAll(List.of(Sel.angkaAtauKosong(b.targetAkhir()), Sel.angkaAtauKosong(b.realisasiSampaiTahun()),
                    Sel.persen(b.capaianAkhir()), Sel.teks(b.predikat())));
            baris.add(new BarisTabel(BarisTabel.Jenis.BIASA, sel));
        }
        List<Integer> lebar = new ArrayList<>(List.of(14, 24, 20, 8, 8, 8));
        a.tahunLalu().forEach(t -> lebar.addAll(List.of(8, 8)));
        lebar.addAll(List.of(8, 8, 8, 10));
        return new Tabel("Tabel 3.1", "Capaian Kinerja Sub Kegiatan Tahun " + a.tahun(), List.of(atas, bawah), baris, lebar, true);
    }

    private static Tabel tabelAnggaran(String nomor, String judul, String uraian, List<BarisAnggaranLkjip> isi,
            BarisAnggaranLkjip jumlah) {
        List<BarisTabel> baris = new ArrayList<>();
        for (BarisAnggaranLkjip b : isi) {
            baris.add(BarisTabel.biasa(Sel.teks(b.kode()), Sel.teks(b.uraian()), Sel.rupiah(b.anggaran()), Sel.rupiah(b.realisasi()),
                    Sel.persen(b.capaianKeuangan()), Sel.persen(b.rataKinerja()), Sel.angkaAtauKosong(Capaian.bulat(b.efisiensi()))));
        }
        if (jumlah != null) {
            baris.add(BarisTabel.total(Sel.teks("JUMLAH", 2), Sel.rupiah(jumlah.anggaran()), Sel.rupiah(jumlah.realisasi()),
                    Sel.persen(jumlah.capaianKeuangan()), Sel.persen(jumlah.rataKinerja()),
                    Sel.angkaAtauKosong(Capaian.bulat(jumlah.efisiensi()))));
        }
        return new Tabel(nomor, judul, List.of(List.of(SelKepala.of("Kode"), SelKepala.of(uraian), SelKepala.of("Anggaran"),
                SelKepala.of("Realisasi"), SelKepala.of("Capaian Keuangan (%)"), SelKepala.of("Rata-rata Capaian Kinerja (%)"),
                SelKepala.of("Efisiensi (poin)"))), baris, List.of(12, 30, 15, 15, 10, 10, 8), false);
    }

    private static Tabel tabelEfisiensi(AngkaLkjip a, String nomor) {
        List<BarisTabel> baris = new ArrayList<>();
        for (BarisKinerja b : a.kinerja()) {
            baris.add(BarisTabel.biasa(Sel.teks(b.kode()), Sel.teks(b.nama()), Sel.persen(b.capaian()), Sel.persen(b.capaianKeuangan()),
                    Sel.angkaAtauKosong(Capaian.bulat(b.efisiensi()))));
        }
        return new Tabel(nomor, "Efisiensi per Sub Kegiatan Tahun " + a.tahun(), List.of(List.of(SelKepala.of("Kode"),
                SelKepala.of("Sub Kegiatan"), SelKepala.of("Capaian Kinerja (%)"), SelKepala.of("Capaian Keuangan (%)"),
                SelKepala.of("Efisiensi (poin)"))), baris, List.of(16, 44, 13, 13, 14), false);
    }

    /** The kecamatan's budget lines of the year (Anggaran Kecamatan screen), when entered. */
    private static Tabel tabelBelanja(AngkaLkjip a) {
        List<BarisTabel> baris = new ArrayList<>();
        for (BarisAnggaran b : a.belanja().baris()) {
            baris.add(BarisTabel.biasa(Sel.teks(b.jenis().label()), Sel.rupiahAtauKosong(b.anggaran()),
                    Sel.rupiahAtauKosong(b.realisasi()), Sel.persen(b.persen())));
        }
        var t = a.belanja().totalBelanja();
        baris.add(BarisTabel.total(Sel.teks("Total Belanja"), Sel.rupiahAtauKosong(t.anggaran()), Sel.rupiahAtauKosong(t.realisasi()),
                Sel.persen(t.persen())));
        return new Tabel("Tabel 3.4", "Anggaran dan Realisasi Kecamatan Tahun " + a.tahun(), List.of(List.of(SelKepala.of("Uraian"),
                SelKepala.of("Anggaran"), SelKepala.of("Realisasi"), SelKepala.of("Realisasi (%)"))), baris, List.of(40, 22, 22, 16), false);
    }

    private static Bab penutup(String narasi, TandaTangan camat) {
        List<Blok> blok = new ArrayList<>(paragraf(narasi));
        if (camat != null) {
            blok.add(camat);
        }
        return new Bab("IV", "PENUTUP", List.of(new Bagian("", "", blok)));
    }

    private static String indikator(String indikator, String satuan) {
        String i = indikator == null ? "" : indikator;
        return satuan == null || satuan.isBlank() ? i : i + " (" + satuan + ")";
    }
}
