package id.sipeka.dokumen;

import id.sipeka.audit.AuditService;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Stores a file of the archive that is not itself a signed document (a signed document's XLSX tables, uploaded
 * evidence): the file once, its row with the SHA-256, and the audit entry, in the caller's transaction. The file is
 * removed again if that transaction rolls back ({@link PenyimpananBerkas}).
 */
@Component
class PenyimpananLampiran {

    static final String JENIS_TABEL = "Tabel dokumen (XLSX)";

    private static final Map<String, String> TIPE_MEDIA = Map.of(
            "pdf", "application/pdf",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "jpg", "image/jpeg", "jpeg", "image/jpeg", "png", "image/png");

    private final LampiranRepository repository;
    private final PenyimpananBerkas penyimpanan;
    private final AuditService audit;

    PenyimpananLampiran(LampiranRepository repository, PenyimpananBerkas penyimpanan, AuditService audit) {
        this.repository = repository;
        this.penyimpanan = penyimpanan;
        this.audit = audit;
    }

    LampiranDokumen simpan(long kecamatanId, String arsipKode, String jenis, String judul, int tahun, String namaBerkas,
            byte[] isi, String oleh, Instant waktu) {
        String kode = UUID.randomUUID().toString();
        String ekstensi = ekstensi(namaBerkas);
        String sha256 = PenyimpananBerkas.sha256(isi);
        String berkas = penyimpanan.simpanBerkas(kecamatanId, "lampiran/" + kode + "." + ekstensi, isi);
        Lampiran lampiran = repository.save(new Lampiran(kode, kecamatanId, arsipKode, jenis, judul, tahun, namaBerkas,
                TIPE_MEDIA.getOrDefault(ekstensi, "application/octet-stream"), sha256, isi.length, berkas, oleh, waktu));
        audit.catat(kecamatanId, "SIMPAN_LAMPIRAN", "Lampiran", kode, null,
                jenis + " | " + namaBerkas + " | " + judul + " | SHA-256 " + sha256);
        return lampiran.info();
    }

    /** Only known extensions name a stored file; anything else is stored as .bin and served as bytes. */
    private static String ekstensi(String namaBerkas) {
        int titik = namaBerkas.lastIndexOf('.');
        String ekstensi = titik < 0 ? "" : namaBerkas.substring(titik + 1).toLowerCase(Locale.ROOT);
        return TIPE_MEDIA.containsKey(ekstensi) ? ekstensi : "bin";
    }
}
