package id.sipeka.dokumen;

import id.sipeka.base.AturanDilanggarException;
import id.sipeka.base.Pesan;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Files of the archive under {@code sipeka.dokumen.direktori-arsip}: {@code <kecamatanId>/<kode>.pdf} for signed
 * documents, {@code <kecamatanId>/lampiran/<kode>.<ext>} for their tables and for evidence. A file is
 * written once (never replaced) and removed again if the transaction that recorded it rolls back, so the table and
 * the directory agree; what a stopped process left behind is moved to quarantine at start-up ({@link SapuanArsip}).
 */
@Component
class PenyimpananBerkas {

    private final Path akar;

    PenyimpananBerkas(DokumenProperties properties) {
        this.akar = properties.direktoriArsip().toAbsolutePath().normalize();
    }

    /** @return the path relative to the archive directory, as stored in the table */
    String simpan(long kecamatanId, String kode, byte[] isi) {
        return simpanBerkas(kecamatanId, kode + ".pdf", isi);
    }

    /**
     * @param nama the file's name under the kecamatan's directory, made by this module (a code and an extension),
     *             never a user's file name
     * @return the path relative to the archive directory, as stored in the table
     */
    String simpanBerkas(long kecamatanId, String nama, byte[] isi) {
        String relatif = kecamatanId + "/" + nama;
        Path tujuan = akar.resolve(relatif).normalize();
        if (!tujuan.startsWith(akar)) {
            throw new IllegalArgumentException("Jalur di luar arsip: " + relatif);
        }
        try {
            Files.createDirectories(tujuan.getParent());
            // CREATE_NEW: an archived file is never overwritten (the code is new for every document anyway).
            Files.write(tujuan, isi, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, StandardOpenOption.SYNC);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status == STATUS_ROLLED_BACK) {
                        try {
                            Files.deleteIfExists(tujuan);
                        } catch (IOException e) {
                            // Left behind: an orphan file without a row is never served; SapuanArsip moves it away
                            // at the next start.
                        }
                    }
                }
            });
        }
        return relatif;
    }

    /** Reads the file and refuses it if its bytes no longer match the hash recorded when it was stored. */
    byte[] baca(String relatif, String sha256) {
        Path berkas = akar.resolve(relatif).normalize();
        if (!berkas.startsWith(akar)) {
            throw new IllegalArgumentException("Jalur di luar arsip: " + relatif);
        }
        try {
            byte[] isi = Files.readAllBytes(berkas);
            if (!sha256(isi).equals(sha256)) {
                throw new AturanDilanggarException(Pesan.get("dokumen.berkasRusak"));
            }
            return isi;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(byte[] isi) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(isi));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
