package id.sipeka.renja;

import id.sipeka.base.StatusPersetujuan;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.ToLongFunction;

/** What the Renja module hands out and takes in. */
public final class RenjaData {

    private RenjaData() {
    }

    /**
     * @param penetapanArsipKode the signed penetapan PDF in the document archive (set in the same transaction as
     *                           DITETAPKAN)
     * @param beritaAcaraArsipKode the forum's berita acara signed by the sekcam when the forum was closed
     * @param beritaAcaraBuktiKode the uploaded scan of the hand-signed berita acara, kept in the archive
     */
    /**
     * @param versi 1 for the Renja of the year, 2 for its first perubahan, 3 for the second, … (the version its
     *              document carries)
     */
    public record RenjaRingkas(long id, long kecamatanId, int tahun, JenisRenja jenis, Long indukId, int versi, Tahap tahap,
            LocalDate batasIsi, LocalDate batasTelaah, LocalDate batasForum, LocalDate batasPenetapan,
            String penetapanTempat, LocalDate penetapanTanggal, String penetapanNama, String penetapanJabatan,
            String penetapanArsipKode, String beritaAcaraArsipKode, String beritaAcaraNama, String beritaAcaraBuktiKode,
            long version) {

        /** "Renja 2026", "Renja Perubahan 2026 (ke-1)": a year may have more than one perubahan. */
        public String judul() {
            return jenis == JenisRenja.PERUBAHAN ? "Renja Perubahan " + tahun + " (ke-" + (versi - 1) + ")" : "Renja " + tahun;
        }
    }

    /** A document file to download: what to call it, its media type and its bytes. */
    public record BerkasDokumen(String namaBerkas, String tipeMedia, byte[] isi) {

        public static final String PDF = "application/pdf";
        public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    }

    /** One sub kegiatan row. For a perubahan, the *Sebelum fields hold the ditetapkan values. */
    public record BarisRenja(long id, String kode, String nama, long unitKerjaId, String unitNama, String indikator,
            String satuan, BigDecimal target, String lokasi, Long pagu, String sumberDana, String catatan,
            BigDecimal targetMaju, Long paguMaju, BigDecimal targetSebelum, Long paguSebelum, String lokasiSebelum,
            String indikatorSebelum, String catatanTelaah, boolean dikembalikan, long version,
            List<IndikatorLainRenja> indikatorLain, List<AktivitasRenjaData.AktivitasRenja> aktivitas) {

        /** A version frozen before rows had further indicators and Aktivitas reads them as none. */
        public BarisRenja {
            indikatorLain = indikatorLain == null ? List.of() : List.copyOf(indikatorLain);
            aktivitas = aktivitas == null ? List.of() : List.copyOf(aktivitas);
        }

        /** Filled enough to submit: target, lokasi, pagu and sumber dana. */
        public boolean lengkap() {
            return lengkap(target, lokasi, pagu, sumberDana);
        }

        /** The rule of {@link #lengkap()}, also for a row not mapped to this record. */
        static boolean lengkap(BigDecimal target, String lokasi, Long pagu, String sumberDana) {
            return target != null && lokasi != null && !lokasi.isBlank() && pagu != null && sumberDana != null
                    && !sumberDana.isBlank();
        }

        /** Jumlah perubahan (+/−) of the pagu in a perubahan; 0 when not a perubahan row. */
        public long perubahanPagu() {
            return paguSebelum == null ? 0 : (pagu == null ? 0 : pagu) - paguSebelum;
        }

        public boolean berubah() {
            return paguSebelum != null && (perubahanPagu() != 0 || !sama(target, targetSebelum)
                    || !Objects.equals(lokasi, lokasiSebelum) || !Objects.equals(indikator, indikatorSebelum));
        }

        private static boolean sama(BigDecimal a, BigDecimal b) {
            return a == null ? b == null : b != null && a.compareTo(b) == 0;
        }
    }

    /**
     * A further indicator of a Renja row (issue 13): the row's own copy of the Renstra's second, third, … indicator.
     *
     * @param urutan 2 for the second indicator
     */
    public record IndikatorLainRenja(int urutan, String indikator, String satuan, BigDecimal target,
            BigDecimal targetMaju) {
    }

    /** An edit of one further indicator of a row, named by its {@code urutan}. */
    public record UbahIndikatorLain(int urutan, String indikator, BigDecimal target, BigDecimal targetMaju) {
    }

    /**
     * An edit of one row by its unit.
     *
     * @param indikatorLain the further indicators as edited; null leaves them as they are
     */
    public record UbahBarisRenja(long id, long version, String indikator, BigDecimal target, String lokasi, Long pagu,
            String sumberDana, String catatan, BigDecimal targetMaju, Long paguMaju, List<UbahIndikatorLain> indikatorLain) {

        /** An edit of the row's own fields only: its further indicators stay as they are. */
        public UbahBarisRenja(long id, long version, String indikator, BigDecimal target, String lokasi, Long pagu,
                String sumberDana, String catatan, BigDecimal targetMaju, Long paguMaju) {
            this(id, version, indikator, target, lokasi, pagu, sumberDana, catatan, targetMaju, paguMaju, null);
        }
    }

    /**
     * One row of the review of the rancangan awal RKPD (T-C.31): the kabupaten's draft values (rkpd*) beside the
     * hasil analisis kebutuhan (the Renja row's own values), and the sekcam's catatan penting.
     */
    public record ReviewRkpd(long barisId, String kode, String nama, String rkpdLokasi, String rkpdIndikator,
            BigDecimal rkpdTarget, Long rkpdPagu, String lokasi, String indikator, BigDecimal target, String satuan,
            Long kebutuhanDana, String catatan, long version) {
    }

    /** The sekcam's entry for one T-C.31 row. */
    public record UbahReviewRkpd(long barisId, long version, String rkpdLokasi, String rkpdIndikator, BigDecimal rkpdTarget,
            Long rkpdPagu, String catatan) {
    }

    /**
     * A unit's section as the sekcam sees it in the overview.
     *
     * @param dibawa carried over unchanged into a Renja Perubahan: approved as in the ditetapkan Renja, no task
     */
    public record BagianRenja(long unitKerjaId, String unitNama, StatusPersetujuan status, String alasan, int barisLengkap,
            int jumlahBaris, boolean terlambat, Instant diajukanPada, boolean dibawa) {
    }

    public record NarasiRenja(long id, String kode, String judul, Long unitKerjaId, String isi, long version) {
    }

    public record UsulanRenja(Long id, SumberUsulan sumber, String desa, String kode, String uraian, String besaran,
            KeputusanUsulan keputusan, String alasan) {
    }

    public record Forum(LocalDate tanggal, String tempat, String peserta, List<UsulanRenja> usulan) {
    }

    public record Peristiwa(Instant waktu, String username, String jabatan, String aksi, String unitNama,
            String keterangan) {
    }

    /** A frozen version: its number and stage. */
    public record Versi(long id, int nomor, Tahap tahap, Instant dibuatPada, String dibuatOleh) {
    }

    /** One field of one row that differs between a version and now. */
    public record Perbedaan(String kode, String kolom, String lama, String baru) {
    }

    /**
     * A program or kegiatan line with values computed from its sub kegiatan rows (the RKPD pagu from the T-C.31
     * review included), or the TOTAL of all programs.
     */
    public record Jumlah(String kode, String nama, long pagu, long paguMaju, long paguSebelum, long paguRkpd) {

        /** A program line (7.01.PP); the TOTAL sums only these, each already the sum of its rows. */
        public boolean program() {
            return kode.split("\\.").length == 3;
        }

        /** Jumlah perubahan (+/−) of the pagu in a perubahan. */
        public long perubahanPagu() {
            return Math.subtractExact(pagu, paguSebelum);
        }

        /** The TOTAL line: the sum of the program lines. The one place a Renja's grand total is added up. */
        public static Jumlah total(List<Jumlah> jumlah) {
            List<Jumlah> program = jumlah.stream().filter(Jumlah::program).toList();
            return new Jumlah("", "TOTAL", jumlah(program, Jumlah::pagu), jumlah(program, Jumlah::paguMaju),
                    jumlah(program, Jumlah::paguSebelum), jumlah(program, Jumlah::paguRkpd));
        }

        /** Exact: a total too large for a long is an error, never a negative number on a page. */
        private static long jumlah(List<Jumlah> baris, ToLongFunction<Jumlah> nilai) {
            return baris.stream().mapToLong(nilai).reduce(0L, Math::addExact);
        }
    }

    /** What the Renja knows of a T-C.29 row: the Renstra's end-of-period target and the target of year N−1. */
    public record AcuanEvaluasiLalu(String kode, String nama, String indikator, String satuan,
            BigDecimal targetAkhirPeriode, BigDecimal targetTahunSebelum) {
    }

    /**
     * One row of the evaluation of last years' Renja (T-C.29), numbered as the form: (4) target Renstra akhir
     * periode, (5) realisasi s/d N−3, (6) target Renja N−2, (7) realisasi N−2, (8) tingkat realisasi %, (9) target
     * N−1, (10) perkiraan realisasi s/d N−1, (11) perkiraan capaian Renstra %.
     */
    public record BarisEvaluasiLalu(String kode, String nama, String indikator, String satuan, BigDecimal k4TargetAkhir,
            BigDecimal k5RealisasiSampaiN3, BigDecimal k6TargetN2, BigDecimal k7RealisasiN2, BigDecimal k8TingkatN2,
            BigDecimal k9TargetN1, BigDecimal k10PerkiraanRealisasi, BigDecimal k11PerkiraanCapaian,
            List<IndikatorEvaluasiLalu> indikatorLain) {

        /** A row of one indicator (or one without a stored evaluation of N−2). */
        public BarisEvaluasiLalu(String kode, String nama, String indikator, String satuan, BigDecimal k4TargetAkhir,
                BigDecimal k5RealisasiSampaiN3, BigDecimal k6TargetN2, BigDecimal k7RealisasiN2, BigDecimal k8TingkatN2,
                BigDecimal k9TargetN1, BigDecimal k10PerkiraanRealisasi, BigDecimal k11PerkiraanCapaian) {
            this(kode, nama, indikator, satuan, k4TargetAkhir, k5RealisasiSampaiN3, k6TargetN2, k7RealisasiN2, k8TingkatN2,
                    k9TargetN1, k10PerkiraanRealisasi, k11PerkiraanCapaian, List.of());
        }
    }

    /**
     * A sub kegiatan's second, third, … indicator in T-C.29, printed as its own line under the row: its target of
     * N−2 (6), realisasi of N−2 (7) and tingkat realisasi (8), as "evaluasi tahun N−2" stored them.
     */
    public record IndikatorEvaluasiLalu(int urutan, String indikator, String satuan, BigDecimal k6TargetN2,
            BigDecimal k7RealisasiN2, BigDecimal k8TingkatN2) {
    }

    // ---- the kabupaten's overview ----

    /** Where one Renja of a kecamatan stands (the kabupaten's dashboard lists every kecamatan's). */
    public record TahapRenja(long id, long kecamatanId, int tahun, JenisRenja jenis, Tahap tahap) {
    }

    /** A sub kegiatan row's annual target and pagu: what an evaluation measures the realisasi against. */
    public record SasaranBaris(long renjaId, String kode, long unitKerjaId, String indikator, String satuan,
            BigDecimal target, Long pagu, String sumberDana) {
    }

    /**
     * The Renja of every kecamatan of a kabupaten for years N and N+1 (oldest first), and the rows of every Renja of
     * year N (murni and perubahan), read in two queries.
     */
    public record RenjaKabupaten(List<TahapRenja> renja, List<SasaranBaris> baris) {
    }
}
