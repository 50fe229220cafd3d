package id.sipeka.dokumen;

import java.time.Instant;
import java.util.List;

/**
 * A final document was signed and archived ({@link DokumenService#terbitkan}); published inside the signing step
 * and delivered after it commits. It carries the document's tables, so the XLSX copy can be built afterwards from
 * the event alone — also when the application stopped between the commit and that work (the event publication
 * registry keeps the event in the database and hands it out again at the next start). A step that rolls back
 * publishes nothing.
 *
 * @param arsipKode the signed document's code
 * @param namaBerkasTabel the XLSX file's download name
 * @param tabel the document's tables in reading order, as signed
 * @param oleh the signer's username
 * @param waktu when it was signed
 */
public record DokumenDiterbitkan(String arsipKode, long kecamatanId, int tahun, String judul, String namaBerkasTabel,
        List<Tabel> tabel, String oleh, Instant waktu) {

    public DokumenDiterbitkan {
        tabel = List.copyOf(tabel);
    }
}
