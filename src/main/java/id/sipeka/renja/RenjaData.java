package id.sipeka.renja;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the Renja module hands out and takes in. */
public final class RenjaData {

    private RenjaData() {
    }

    public record RenjaRingkas(long id, long kecamatanId, int tahun, JenisRenja jenis, Long indukId, Tahap tahap,
            LocalDate batasIsi, LocalDate batasTelaah, LocalDate batasForum, LocalDate batasPenetapan,
            String penetapanTempat, LocalDate penetapanTanggal, String penetapanNama, String penetapanJabatan, long version) {

        public String judul() {
            return (jenis == JenisRenja.PERUBAHAN ? "Renja Perubahan " : "Renja ") + tahun;
        }
    }

    /** One sub kegiatan row. For a perubahan, the *Sebelum fields hold the ditetapkan values. */
    public record BarisRenja(long id, String kode, String nama, long unitKerjaId, String unitNama, String indikator,
            String satuan, BigDecimal target, String lokasi, Long pagu, String sumberDana, String catatan,
            BigDecimal targetMaju, Long paguMaju, BigDecimal targetSebelum, Long paguSebelum, String lokasiSebelum,
            String indikatorSebelum, String catatanTelaah, boolean dikembalikan, long version) {

        /** Filled enough to submit: target, lokasi, pagu and sumber dana. */
        public boolean lengkap() {
            return target != null && lokasi != null && !lokasi.isBlank() && pagu != null && sumberDana != null
                    && !sumberDana.isBlank();
        }

        /** Jumlah perubahan (+/−) of the pagu in a perubahan; 0 when not a perubahan row. */
        public long perubahanPagu() {
            return paguSebelum == null ? 0 : (pagu == null ? 0 : pagu) - paguSebelum;
        }

        public boolean berubah() {
            return paguSebelum != null && (perubahanPagu() != 0 || !sama(target, targetSebelum)
                    || !java.util.Objects.equals(lokasi, lokasiSebelum) || !java.util.Objects.equals(indikator, indikatorSebelum));
        }

        private static boolean sama(BigDecimal a, BigDecimal b) {
            return a == null ? b == null : b != null && a.compareTo(b) == 0;
        }
    }

    /** An edit of one row by its unit. */
    public record UbahBarisRenja(long id, long version, String indikator, BigDecimal target, String lokasi, Long pagu,
            String sumberDana, String catatan, BigDecimal targetMaju, Long paguMaju) {
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

    /** A unit's section as the sekcam sees it in the overview. */
    public record BagianRenja(long unitKerjaId, String unitNama, StatusBagian status, String alasan, int barisLengkap,
            int jumlahBaris, boolean terlambat, Instant diajukanPada) {
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

    /** A program or kegiatan line with values computed from its sub kegiatan rows. */
    public record Jumlah(String kode, String nama, long pagu, long paguMaju, long paguSebelum) {
    }
}
