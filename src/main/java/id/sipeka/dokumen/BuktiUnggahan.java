package id.sipeka.dokumen;

import id.sipeka.base.AturanDilanggarException;
import id.sipeka.base.Pesan;
import id.sipeka.security.Akses;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * Evidence a user uploaded, kept in the archive ({@link DokumenService#simpanBukti},
 * {@link DokumenService#simpanBuktiDokumen}): refused when empty or too large, stored under a safe file name by
 * {@link PenyimpananLampiran} in the caller's transaction. Who may store what the service has checked already.
 */
@Component
class BuktiUnggahan {

    /** The largest file a user may hand in: evidence, and a copy uploaded to the verification page. */
    static final long BATAS_UNGGAH = 100L * 1024 * 1024;

    private final PenyimpananLampiran lampiran;
    private final Akses akses;
    private final Clock clock;

    BuktiUnggahan(PenyimpananLampiran lampiran, Akses akses, Clock clock) {
        this.lampiran = lampiran;
        this.akses = akses;
        this.clock = clock;
    }

    /** Evidence of the kecamatan and year, uploaded now by the signed-in user. */
    LampiranDokumen simpan(long kecamatanId, int tahun, String jenis, String judul, String namaBerkas, byte[] isi) {
        wajibBerisi(isi);
        return lampiran.simpan(kecamatanId, null, jenis, judul, tahun, namaAman(namaBerkas), isi,
                akses.pengguna().getUsername(), clock.instant());
    }

    /** Evidence archived with a signed document: its kecamatan and year, the original uploader and upload time. */
    LampiranDokumen simpanBersama(ArsipDokumen dokumenInduk, String jenis, String judul, String namaBerkas, byte[] isi,
            String diunggahOleh, Instant diunggahPada) {
        wajibBerisi(isi);
        return lampiran.simpan(dokumenInduk.kecamatanId(), null, jenis, judul, dokumenInduk.tahun(),
                namaAman(namaBerkas), isi, diunggahOleh, diunggahPada);
    }

    private static void wajibBerisi(byte[] isi) {
        if (isi == null || isi.length == 0) {
            throw new AturanDilanggarException(Pesan.get("dokumen.berkasKosong"));
        }
        if (isi.length > BATAS_UNGGAH) {
            throw new AturanDilanggarException(Pesan.get("dokumen.berkasTerlaluBesar"));
        }
    }

    /** The uploader's file name as offered for download: no path, no characters a file system or header chokes on. */
    static String namaAman(String namaBerkas) {
        String nama = namaBerkas == null ? "" : namaBerkas.replace('\\', '/');
        nama = nama.substring(nama.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._ -]+", "_").strip();
        if (nama.isEmpty() || nama.startsWith(".")) {
            nama = "berkas" + nama;
        }
        return nama.length() > 200 ? nama.substring(nama.length() - 200) : nama;
    }
}
