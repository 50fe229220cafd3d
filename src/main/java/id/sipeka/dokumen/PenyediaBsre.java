package id.sipeka.dokumen;

import id.sipeka.base.AturanDilanggarException;
import id.sipeka.base.Pesan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Signing through BSrE's Esign Client Service: the signer's certificate and key stay at BSrE; the signer proves
 * themselves with the passphrase (or a TOTP from the BeSign app) typed for this one signing. SIPEKA sends the PDF/A
 * it rendered (with its own visible block and QR code) and asks for an invisible signature.
 */
final class PenyediaBsre implements PenyediaTandaTangan {

    private static final Logger log = LoggerFactory.getLogger(PenyediaBsre.class);

    private final KlienBsre klien;

    PenyediaBsre(KlienBsre klien) {
        this.klien = klien;
    }

    @Override
    public String nama() {
        return "bsre";
    }

    @Override
    public boolean perluKredensial() {
        return true;
    }

    @Override
    public boolean siap(String nip) {
        return true;
    }

    /** Refused before anything is rendered: no NIK, nothing typed, or (v2) a NIK without a usable certificate. */
    @Override
    public void sebelumRender(TandaTangan penanda, String instansi, String nik, KredensialTandaTangan kredensial) {
        if (nik == null || nik.isBlank()) {
            throw new AturanDilanggarException(Pesan.get("dokumen.bsre.tanpaNik", penanda.nama()));
        }
        if (kredensial == null || kredensial.nilai() == null || kredensial.nilai().isBlank()) {
            throw new AturanDilanggarException(Pesan.get("dokumen.bsre.kredensialKosong"));
        }
        klien.periksaPengguna(nik);
    }

    @Override
    public byte[] tandatangani(Permintaan p) {
        byte[] hasil = klien.tandatangani(p.pdf(), p.nik(), p.kredensial(), p.penanda().tempat(), p.alasan());
        if (!awalanSama(hasil, p.pdf())) {
            // Still checked as a whole (DokumenService verifies the signature over the entire returned file), but
            // the bytes SIPEKA rendered are no longer a prefix: the service rewrote the file instead of appending.
            log.warn("Layanan BSrE menulis ulang berkas alih-alih menambahkan tanda tangan (NIP {})", p.penanda().nip().nilai());
        }
        return hasil;
    }

    private static boolean awalanSama(byte[] hasil, byte[] asli) {
        return hasil.length > asli.length && java.util.Arrays.equals(hasil, 0, asli.length, asli, 0, asli.length);
    }
}
