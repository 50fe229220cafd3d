package id.sipeka.dokumen;

import java.time.Instant;

/**
 * Who applies the signature to a rendered PDF: SIPEKA with a self-issued key ({@code sendiri}), SIPEKA with a key from
 * a configured PKCS#12 keystore ({@code pkcs12}), or BSrE's Esign Client Service ({@code bsre}). Chosen per kabupaten
 * ({@link PilihanPenyedia}). Whatever signs, the result is checked ({@link TandaTanganPdf#periksa}) and, with a TSA
 * configured, time-stamped ({@link CapWaktu}) before anything is stored.
 */
interface PenyediaTandaTangan {

    /** The name used in configuration and stored with the archived document: sendiri, pkcs12 or bsre. */
    String nama();

    /** Whether the signer must type a passphrase or TOTP at the moment of signing. */
    default boolean perluKredensial() {
        return false;
    }

    /** Whether this signer can sign now without waiting (their key is ready); certified providers answer true. */
    boolean siap(String nip);

    /**
     * Checks before the document is rendered that this signer can sign now (their key is there, they have a NIK and
     * typed something, their certificate is active), so a refusal costs no rendering. Refuses with an Indonesian
     * message; by default nothing to check.
     */
    default void sebelumRender(TandaTangan penanda, String instansi, String nik, KredensialTandaTangan kredensial) {
    }

    /**
     * Signs the PDF (PAdES, incremental update), or refuses with an {@link id.sipeka.base.AturanDilanggarException}
     * whose Indonesian message says why (wrong passphrase, NIK unknown, service down…). Never stores anything.
     */
    byte[] tandatangani(Permintaan permintaan);

    /**
     * @param nik the signer's NIK (BSrE's identity of the signer), null if the pegawai has none
     * @param kredensial what the signer typed for this call, null when none was asked
     */
    record Permintaan(byte[] pdf, TandaTangan penanda, String instansi, String nik, String alasan, Instant waktu,
            KredensialTandaTangan kredensial) {

        @Override
        public String toString() {
            return "Permintaan[" + penanda.nip().nilai() + ", " + alasan + "]";
        }
    }
}
