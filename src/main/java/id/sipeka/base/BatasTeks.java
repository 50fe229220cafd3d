package id.sipeka.base;

import java.util.Optional;

/**
 * How long a text a user types or imports may be: the column lengths of the migrations
 * ({@code src/main/resources/db/migration}), checked with a message naming the field before the database would refuse
 * the row with a server error. Screens also give their fields these lengths ({@code setMaxLength}), but the check here
 * is the one that counts (a REST body or an import file has no text field).
 *
 * <p>Lengths are counted in characters (code points), as MariaDB counts a {@code VARCHAR}. A {@code TEXT} column holds
 * {@value #TEKS_PANJANG} bytes of UTF-8 (that many plain letters, fewer with accents or emoji): {@link #masalahTeks}.
 */
public final class BatasTeks {

    /** nomenklatur.kode, renja_baris.kode, tujuan_sasaran.kode (V3, V4). */
    public static final int KODE = 30;
    /** nomenklatur.nama, renja_baris.nama (V3, V4). */
    public static final int NAMA_NOMENKLATUR = 500;
    /** nomenklatur.hasil (V3). */
    public static final int HASIL = 1000;
    /** nomenklatur.indikator, tujuan_sasaran.indikator, renja_baris.indikator, rkpd_indikator (V3, V4). */
    public static final int INDIKATOR = 1000;
    /** nomenklatur.satuan, tujuan_sasaran.satuan, renja_baris.satuan (V3, V4). */
    public static final int SATUAN = 60;
    /** tujuan_sasaran.uraian, renja_usulan.uraian (V3, V4). */
    public static final int URAIAN = 1000;
    /** renja_baris.lokasi, rkpd_lokasi, renja.forum_tempat, penetapan_tempat, laporan_kegiatan.desa (V4, V6). */
    public static final int LOKASI = 200;
    /** renja_baris.sumber_dana (V4). */
    public static final int SUMBER_DANA = 100;
    /** renja_baris.catatan, catatan_telaah, rkpd_catatan, renja_usulan.alasan (V4). */
    public static final int CATATAN = 1000;
    /** renja_usulan.besaran, renja_usulan.desa (V4). */
    public static final int BESARAN = 200;
    /** renja_bagian.alasan, rencana_aksi_unit.alasan, laporan_evaluasi.alasan, laporan_baris.alasan_kembali (V4, V6). */
    public static final int ALASAN = 2000;
    /** renja_peristiwa.keterangan (V4): written by the application from reasons, so shortened, never refused. */
    public static final int KETERANGAN = 2000;
    /** laporan_baris.kendala, tindak_lanjut (V6). */
    public static final int KENDALA = 4000;
    /** laporan_baris.catatan_keuangan, laporan_kegiatan.uraian (V6). */
    public static final int CATATAN_KEUANGAN = 2000;
    /** A {@code TEXT} column (renja.forum_peserta, renja_narasi.isi): 65,535 bytes of UTF-8. */
    public static final int TEKS_PANJANG = 65_535;

    private BatasTeks() {
    }

    /** The length as the database counts it: characters, not UTF-16 units. */
    public static int panjang(String teks) {
        return teks == null ? 0 : teks.codePointCount(0, teks.length());
    }

    /**
     * Why the text for the named field is too long, in Indonesian ("Catatan penting terlalu panjang: 20.000 karakter,
     * paling banyak 1.000."); empty when it fits. Leading and trailing blanks do not count: they are stripped on save.
     */
    public static Optional<String> masalah(String teks, int batas, String namaField) {
        if (teks == null || teks.length() <= batas) {
            return Optional.empty();
        }
        int panjang = panjang(teks.strip());
        return panjang <= batas ? Optional.empty()
                : Optional.of(Pesan.get("teks.terlaluPanjang", namaField, FormatIndonesia.angka(panjang),
                        FormatIndonesia.angka(batas)));
    }

    /** For a {@code TEXT} column: why the text's UTF-8 does not fit its {@value #TEKS_PANJANG} bytes; empty when it does. */
    public static Optional<String> masalahTeks(String teks, String namaField) {
        if (teks == null || teks.length() <= TEKS_PANJANG / 4) {
            return Optional.empty();
        }
        String bersih = teks.strip();
        return bersih.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= TEKS_PANJANG ? Optional.empty()
                : Optional.of(Pesan.get("teks.terlaluPanjangTeks", namaField, FormatIndonesia.angka(panjang(bersih)),
                        FormatIndonesia.angka(TEKS_PANJANG)));
    }

    /** @throws AturanDilanggarException naming the field when the text does not fit a {@code TEXT} column */
    public static String periksaTeks(String teks, String namaField) {
        masalahTeks(teks, namaField).ifPresent(p -> {
            throw new AturanDilanggarException(p);
        });
        return teks;
    }

    /**
     * @return the text unchanged
     * @throws AturanDilanggarException naming the field when the text is longer than the column
     */
    public static String periksa(String teks, int batas, String namaField) {
        masalah(teks, batas, namaField).ifPresent(p -> {
            throw new AturanDilanggarException(p);
        });
        return teks;
    }

    /** For texts the application composes (a timeline entry from several reasons): cut to fit, marked with "…". */
    public static String potong(String teks, int batas) {
        if (teks == null || panjang(teks) <= batas) {
            return teks;
        }
        return teks.substring(0, teks.offsetByCodePoints(0, batas - 1)) + "…";
    }
}
