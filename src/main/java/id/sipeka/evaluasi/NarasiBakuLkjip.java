package id.sipeka.evaluasi;

import id.sipeka.base.FormatIndonesia;
import id.sipeka.evaluasi.LkjipData.AngkaLkjip;
import id.sipeka.evaluasi.LkjipData.BarisAnggaranLkjip;
import id.sipeka.evaluasi.LkjipData.BarisKinerja;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

/**
 * The default text of each narrative part of the LKjIP, written from the year's figures, so a sekcam who writes
 * nothing still gets a sensible report. Text of the printed document, in Bahasa Indonesia like the other documents.
 */
final class NarasiBakuLkjip {

    private static final BigDecimal SERATUS = BigDecimal.valueOf(100);

    private NarasiBakuLkjip() {
    }

    static Map<BagianLkjip, String> semua(AngkaLkjip a) {
        Map<BagianLkjip, String> hasil = new EnumMap<>(BagianLkjip.class);
        hasil.put(BagianLkjip.PENDAHULUAN, pendahuluan(a));
        hasil.put(BagianLkjip.PERENCANAAN, perencanaan(a));
        hasil.put(BagianLkjip.AKUNTABILITAS, akuntabilitas(a));
        hasil.put(BagianLkjip.PENUTUP, penutup(a));
        return hasil;
    }

    private static String pendahuluan(AngkaLkjip a) {
        return "Laporan Kinerja Instansi Pemerintah (LKjIP) Kecamatan " + a.kecamatan() + " Tahun " + a.tahun()
                + " disusun sebagai pertanggungjawaban atas pelaksanaan tugas dan fungsi kecamatan selama satu tahun"
                + " anggaran, sebagaimana diamanatkan Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas"
                + " Kinerja Instansi Pemerintah dan Peraturan Menteri PAN-RB Nomor 53 Tahun 2014.\n\n"
                + "Kecamatan sebagai perangkat daerah menyelenggarakan urusan pemerintahan umum, pemberdayaan masyarakat"
                + " dan desa, ketenteraman dan ketertiban umum, serta pelayanan kepada masyarakat di wilayahnya. Laporan ini"
                + " menyajikan perencanaan kinerja, capaian kinerja terhadap target, dan realisasi anggaran tahun " + a.tahun()
                + "; seluruh angka dihitung dari laporan evaluasi triwulan yang telah ditandatangani camat.";
    }

    private static String perencanaan(AngkaLkjip a) {
        String renstra = a.periodeRenstra() == null ? "Rencana Strategis kecamatan"
                : "Rencana Strategis (Renstra) Kecamatan " + a.kecamatan() + " periode " + a.periodeRenstra();
        long anggaran = a.jumlah() == null ? 0 : a.jumlah().anggaran();
        return "Perencanaan kinerja tahun " + a.tahun() + " berpedoman pada " + renstra + ", yang memuat "
                + a.sasaran().size() + " sasaran strategis beserta indikator kinerja utamanya. Renstra dijabarkan dalam"
                + " Rencana Kerja (Renja) tahun " + a.tahun() + " dan Perjanjian Kinerja setiap unit kerja, yang memuat "
                + a.kinerja().size() + " sub kegiatan dengan anggaran seluruhnya " + FormatIndonesia.rupiah(anggaran) + ".";
    }

    private static String akuntabilitas(AngkaLkjip a) {
        BarisAnggaranLkjip j = a.jumlah();
        if (j == null) {
            return "Belum ada sub kegiatan Renja tahun " + a.tahun() + " yang dievaluasi, sehingga capaian kinerja belum"
                    + " dapat diukur.";
        }
        long tercapai = a.kinerja().stream().map(BarisKinerja::capaian)
                .filter(c -> c != null && Capaian.bulat(c).compareTo(SERATUS) >= 0).count();
        return "Dari " + a.kinerja().size() + " sub kegiatan yang dilaksanakan pada tahun " + a.tahun() + ", " + tercapai
                + " sub kegiatan mencapai atau melampaui targetnya. Rata-rata tingkat capaian kinerja adalah "
                + FormatIndonesia.persen(j.rataKinerja()) + (a.predikat() == null ? "" : " (predikat " + a.predikat() + ")")
                + ", dengan realisasi anggaran " + FormatIndonesia.rupiah(j.realisasi()) + " dari "
                + FormatIndonesia.rupiah(j.anggaran()) + " (" + FormatIndonesia.persen(j.capaianKeuangan()) + ").\n\n"
                + "Efisiensi diukur sebagai selisih capaian kinerja dan capaian keuangan: "
                + poin(j.efisiensi()) + ". Nilai positif berarti hasil yang dicapai melampaui porsi anggaran yang"
                + " digunakan.";
    }

    private static String penutup(AngkaLkjip a) {
        return "Demikian Laporan Kinerja Instansi Pemerintah Kecamatan " + a.kecamatan() + " Tahun " + a.tahun()
                + " ini disusun. Capaian dan kendala yang tercatat menjadi bahan perbaikan perencanaan, penganggaran, dan"
                + " pelaksanaan program pada tahun berikutnya.";
    }

    /** "12,34 poin" (two decimals, half-up), or "–". */
    static String poin(BigDecimal efisiensi) {
        return efisiensi == null ? "–" : FormatIndonesia.persen(efisiensi).replace("%", "") + " poin";
    }
}
