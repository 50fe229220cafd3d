package id.sipeka.organisasi;

import id.sipeka.base.FormatIndonesia;
import id.sipeka.security.Peran;
import java.time.LocalDate;

/** The values the organisation module hands out and takes in. {@code id == null} means "new". */
public final class OrganisasiData {

    private OrganisasiData() {
    }

    /** @param pakaiAktivitas the kabupaten plans Aktivitas, a 4th level under each sub kegiatan */
    public record KabupatenData(Long id, String kode, String nama, boolean pakaiAktivitas, long version) {

        /** A kabupaten without Aktivitas (the usual case). */
        public KabupatenData(Long id, String kode, String nama, long version) {
            this(id, kode, nama, false, version);
        }
    }

    public record KecamatanData(Long id, Long kabupatenId, String kabupatenNama, String kode, String nama, String ibuKota,
            long version) {

        /** "CAMAT KALAENA", as printed over the camat's signature. */
        public String jabatanCamat() {
            return "CAMAT " + nama.toUpperCase(FormatIndonesia.LOCALE);
        }

        /** "SEKRETARIS CAMAT KALAENA", as printed over the sekcam's signature. */
        public String jabatanSekcam() {
            return "SEKRETARIS CAMAT " + nama.toUpperCase(FormatIndonesia.LOCALE);
        }

        /** Where the kecamatan's documents are signed: its ibu kota, or its name when none is recorded. */
        public String tempatSurat() {
            return ibuKota == null || ibuKota.isBlank() ? nama : ibuKota;
        }
    }

    public record DesaData(Long id, Long kecamatanId, String nama, JenisDesa jenis, long version) {
    }

    public record UnitData(Long id, Long kecamatanId, String kode, String nama, JenisUnit jenis, String jabatanKepala,
            int urutan, long version) {
    }

    /** @param nik 16-digit NIK, the signer's identity at BSrE; null when not signing through BSrE */
    public record PegawaiData(Long id, Long kecamatanId, Long unitKerjaId, String nama, String nip, String nik,
            PangkatGolongan pangkatGolongan, String jabatan, long version) {

        /** Without a NIK (staff who never sign through BSrE). */
        public PegawaiData(Long id, Long kecamatanId, Long unitKerjaId, String nama, String nip,
                PangkatGolongan pangkatGolongan, String jabatan, long version) {
            this(id, kecamatanId, unitKerjaId, nama, nip, null, pangkatGolongan, jabatan, version);
        }
    }

    public record AkunData(Long id, String username, Peran peran, Long pegawaiId, Long kabupatenId, boolean aktif,
            boolean terkunci, long version) {
    }

    /** {@code jenis} is "Plt." or "Plh.". */
    public record PenugasanData(Long id, Long kecamatanId, Long pegawaiId, String jenis, PosisiPlt posisi,
            Long unitKerjaId, LocalDate mulai, LocalDate selesai, String nomorSk, long version) {
    }
}
