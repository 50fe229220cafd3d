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
import id.sipeka.dokumen.TandaTanganBersama;
import id.sipeka.evaluasi.EvaluasiData.BarisPk;
import id.sipeka.evaluasi.EvaluasiData.IndikatorTarget;
import id.sipeka.evaluasi.EvaluasiData.PerjanjianKinerjaData;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A unit head's Perjanjian Kinerja in the format of PermenPAN-RB 53/2014: the title, the statement naming pihak
 * pertama (the unit head) and pihak kedua (the camat, their superior), the two signature blocks side by side (pihak
 * kedua left, pihak pertama right) and the lampiran: per kegiatan its sub kegiatan with indikator, target and
 * anggaran, and the total. Every figure is the ditetapkan Renja's ({@link PerjanjianKinerjaService}); the total is
 * the one computed there.
 */
final class DokumenPerjanjianKinerja {

    static final String JENIS = "Perjanjian Kinerja";

    /** Who signs: printed as text in a draft, as the signature blocks of the final document. */
    record Pihak(String nama, String jabatan) {
    }

    private DokumenPerjanjianKinerja() {
    }

    /**
     * @param perubahan the PK follows a Renja Perubahan
     * @param versi the Renja's version (1 murni, higher for each perubahan)
     * @param tandaTangan the two blocks of the final document, {@code null} for a draft (names printed as text)
     */
    static Dokumen susun(PerjanjianKinerjaData pk, long kecamatanId, String kecamatan, boolean perubahan, int versi,
            Pihak pertama, Pihak kedua, TandaTanganBersama tandaTangan, boolean draf) {
        String judul = judul(pk, perubahan);
        String unit = pk.unitNama() + " Kecamatan " + kecamatan;
        List<Blok> pernyataan = new ArrayList<>();
        pernyataan.add(new Paragraf("Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel"
                + " serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:"));
        pernyataan.add(new Paragraf("Nama : " + pertama.nama() + "\nJabatan : " + pertama.jabatan()));
        pernyataan.add(new Paragraf("selanjutnya disebut pihak pertama;"));
        pernyataan.add(new Paragraf("Nama : " + kedua.nama() + "\nJabatan : " + kedua.jabatan()));
        pernyataan.add(new Paragraf("selaku atasan pihak pertama, selanjutnya disebut pihak kedua."));
        pernyataan.add(new Paragraf("Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran"
                + " perjanjian ini, dalam rangka mencapai target kinerja jangka menengah seperti yang telah ditetapkan dalam"
                + " dokumen perencanaan. Keberhasilan dan kegagalan pencapaian target kinerja tersebut menjadi tanggung jawab"
                + " kami."));
        pernyataan.add(new Paragraf("Pihak kedua akan melakukan supervisi yang diperlukan serta akan melakukan evaluasi"
                + " terhadap capaian kinerja dari perjanjian ini dan mengambil tindakan yang diperlukan dalam rangka pemberian"
                + " penghargaan dan sanksi."));
        if (tandaTangan != null) {
            pernyataan.add(tandaTangan);
        }
        String tahun = (perubahan ? "PERJANJIAN KINERJA PERUBAHAN TAHUN " : "PERJANJIAN KINERJA TAHUN ") + pk.tahun();
        Bab isi = Bab.tanpaNomor(tahun + "\n" + unit.toUpperCase(FormatIndonesia.LOCALE),
                List.of(new Bagian("", "", pernyataan)));
        Bab lampiran = Bab.tanpaNomor("LAMPIRAN\n" + tahun + "\n" + unit.toUpperCase(FormatIndonesia.LOCALE),
                List.of(new Bagian("", "", List.of(tabel(pk)))));
        Metadata m = new Metadata(JENIS, kecamatanId, "Kecamatan " + kecamatan + " – " + pk.unitNama(), pk.tahun(),
                perubahan ? "Perubahan" : "Penetapan", Math.max(1, versi));
        return new Dokumen(judul, m, null, List.of(), List.of(isi, lampiran), false, draf);
    }

    /** The title as archived, e.g. "Perjanjian Kinerja Seksi Pemerintahan Umum Tahun 2026". */
    static String judul(PerjanjianKinerjaData pk, boolean perubahan) {
        return (perubahan ? "Perjanjian Kinerja Perubahan " : "Perjanjian Kinerja ") + pk.unitNama() + " Tahun " + pk.tahun();
    }

    /** Per kegiatan a group row, then its sub kegiatan with indikator, target (with satuan) and anggaran; the total. */
    static Tabel tabel(PerjanjianKinerjaData pk) {
        List<BarisTabel> baris = new ArrayList<>();
        String kegiatan = null;
        int no = 0;
        for (BarisPk b : pk.baris()) {
            if (!Objects.equals(kegiatan, b.kegiatan()) && b.kegiatan() != null && !b.kegiatan().isBlank()) {
                kegiatan = b.kegiatan();
                baris.add(BarisTabel.kelompok(Sel.teks(""), Sel.teks("Kegiatan: " + kegiatan, 4)));
            }
            baris.add(BarisTabel.biasa(Sel.angka(++no), Sel.teks(b.kode() + " " + b.subKegiatan()),
                    Sel.teks(teks(b.indikator())), Sel.teks(target(b.target(), b.satuan())), Sel.rupiahAtauKosong(b.anggaran())));
            // a sub kegiatan's further indicators agreed on too, each with its own target, under its row
            for (IndikatorTarget i : b.indikatorLain()) {
                baris.add(BarisTabel.biasa(Sel.teks(""), Sel.teks(""), Sel.teks(teks(i.indikator())),
                        Sel.teks(target(i.target(), i.satuan())), Sel.teks("")));
            }
        }
        baris.add(BarisTabel.total(Sel.teks("JUMLAH ANGGARAN", 4), Sel.rupiah(pk.jumlahAnggaran())));
        return new Tabel("", "Sasaran, indikator kinerja, target dan anggaran", List.of(List.of(SelKepala.of("No"),
                SelKepala.of("Program/Kegiatan/Sub Kegiatan"), SelKepala.of("Indikator Kinerja"), SelKepala.of("Target"),
                SelKepala.of("Anggaran (Rp)"))), baris, List.of(5, 33, 30, 14, 18), false);
    }

    /** "12 Dokumen": the annual target as the Renja holds it, with its satuan. */
    static String target(BigDecimal target, String satuan) {
        return ((target == null ? "–" : FormatIndonesia.angka(target)) + " " + teks(satuan)).strip();
    }

    static TandaTanganBersama tandaTangan(TandaTangan pertama, TandaTangan kedua) {
        return new TandaTanganBersama("PIHAK KEDUA,", kedua, "PIHAK PERTAMA,", pertama);
    }

    private static String teks(String s) {
        return s == null ? "" : s;
    }
}
