package id.sipeka.evaluasi;

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
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The camat's own Perjanjian Kinerja with the bupati (PermenPAN-RB 53/2014): the statement, the camat's signature
 * (the one digital signature; the bupati's part is printed as text) and the lampiran: the kecamatan's sasaran with
 * indikator and the year's target from the Renstra, and per program the anggaran of the ditetapkan Renja with the
 * total. Nothing is computed here: the sums come from {@link PerjanjianKinerjaCamatService}.
 */
final class DokumenPerjanjianKinerjaCamat {

    static final String JENIS = "Perjanjian Kinerja Camat";

    /** A sasaran of the Renstra with its indikator and the year's target (null when the Renstra sets none). */
    record Sasaran(String uraian, String indikator, BigDecimal target, String satuan) {
    }

    /** A program with the sum of the ditetapkan Renja's pagu of its sub kegiatan. */
    record Program(String kode, String nama, long anggaran) {
    }

    private DokumenPerjanjianKinerjaCamat() {
    }

    static Dokumen susun(long kecamatanId, String kecamatan, String kabupaten, int tahun, boolean perubahan, int versi,
            String namaCamat, List<Sasaran> sasaran, List<Program> program, long jumlah, TandaTangan camat, boolean draf) {
        String judulBesar = (perubahan ? "PERJANJIAN KINERJA PERUBAHAN TAHUN " : "PERJANJIAN KINERJA TAHUN ") + tahun;
        String instansi = "KECAMATAN " + kecamatan.toUpperCase(FormatIndonesia.LOCALE);
        String bupati = "BUPATI " + kabupaten.toUpperCase(FormatIndonesia.LOCALE);
        List<Blok> blok = new ArrayList<>();
        blok.add(new Paragraf("Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel"
                + " serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:"));
        blok.add(new Paragraf("Nama : " + namaCamat + "\nJabatan : CAMAT " + kecamatan.toUpperCase(FormatIndonesia.LOCALE)));
        blok.add(new Paragraf("selanjutnya disebut pihak pertama;"));
        blok.add(new Paragraf("Jabatan : " + bupati));
        blok.add(new Paragraf("selaku atasan pihak pertama, selanjutnya disebut pihak kedua."));
        blok.add(new Paragraf("Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran"
                + " perjanjian ini, dalam rangka mencapai target kinerja jangka menengah seperti yang telah ditetapkan dalam"
                + " dokumen perencanaan. Keberhasilan dan kegagalan pencapaian target kinerja tersebut menjadi tanggung jawab"
                + " kami."));
        blok.add(new Paragraf("Pihak kedua akan melakukan supervisi yang diperlukan serta akan melakukan evaluasi"
                + " terhadap capaian kinerja dari perjanjian ini dan mengambil tindakan yang diperlukan dalam rangka pemberian"
                + " penghargaan dan sanksi."));
        blok.add(new Paragraf("PIHAK KEDUA,\n" + bupati));
        blok.add(new Paragraf("PIHAK PERTAMA,"));
        if (camat != null) {
            blok.add(camat);
        } else {
            blok.add(new Paragraf("CAMAT " + kecamatan.toUpperCase(FormatIndonesia.LOCALE) + ",\n" + namaCamat));
        }
        Bab isi = Bab.tanpaNomor(judulBesar + "\n" + instansi, List.of(new Bagian("", "", blok)));
        Bab lampiran = Bab.tanpaNomor("LAMPIRAN\n" + judulBesar + "\n" + instansi,
                List.of(new Bagian("", "", List.of(tabelSasaran(sasaran), tabelProgram(program, jumlah)))));
        Metadata m = new Metadata(JENIS, kecamatanId, "Kecamatan " + kecamatan, tahun, perubahan ? "Perubahan" : "Penetapan",
                Math.max(1, versi));
        return new Dokumen(judul(kecamatan, tahun, perubahan), m, null, List.of(), List.of(isi, lampiran), false, draf);
    }

    static String judul(String kecamatan, int tahun, boolean perubahan) {
        return (perubahan ? "Perjanjian Kinerja Perubahan Camat " : "Perjanjian Kinerja Camat ") + kecamatan + " Tahun " + tahun;
    }

    private static Tabel tabelSasaran(List<Sasaran> sasaran) {
        List<BarisTabel> baris = new ArrayList<>();
        int no = 0;
        for (Sasaran s : sasaran) {
            baris.add(BarisTabel.biasa(Sel.angka(++no), Sel.teks(s.uraian()), Sel.teks(teks(s.indikator())),
                    Sel.teks(DokumenPerjanjianKinerja.target(s.target(), s.satuan()))));
        }
        if (baris.isEmpty()) {
            baris.add(BarisTabel.biasa(Sel.teks("Renstra belum memuat sasaran kecamatan.", 4)));
        }
        return new Tabel("", "Sasaran, indikator kinerja dan target", List.of(List.of(SelKepala.of("No"),
                SelKepala.of("Sasaran"), SelKepala.of("Indikator Kinerja"), SelKepala.of("Target"))), baris,
                List.of(5, 40, 40, 15), false);
    }

    private static Tabel tabelProgram(List<Program> program, long jumlah) {
        List<BarisTabel> baris = new ArrayList<>();
        int no = 0;
        for (Program p : program) {
            baris.add(BarisTabel.biasa(Sel.angka(++no), Sel.teks(p.kode() + " " + p.nama()), Sel.rupiah(p.anggaran())));
        }
        baris.add(BarisTabel.total(Sel.teks("JUMLAH ANGGARAN", 2), Sel.rupiah(jumlah)));
        return new Tabel("", "Program dan anggaran", List.of(List.of(SelKepala.of("No"), SelKepala.of("Program"),
                SelKepala.of("Anggaran (Rp)"))), baris, List.of(5, 70, 25), false);
    }

    private static String teks(String s) {
        return s == null ? "" : s;
    }
}
