package id.sipeka.notifikasi;

/**
 * A channel that carries a short text message to a phone number, beside e-mail: today WhatsApp through an HTTP
 * gateway ({@link GerbangWhatsApp}); another gateway or SMS would be another implementation.
 */
interface SaluranPesan {

    /** Whether this installation has the channel configured; off, nothing is written or sent for it. */
    boolean aktif();

    /**
     * Sends {@code teks} to {@code nomor} (international form, 62…).
     *
     * @throws PesanTidakTerkirim when the gateway refused or could not be reached (the outbox tries again later)
     */
    void kirim(String nomor, String teks);

    /** The gateway refused the message or did not answer; the reason is for the log, secrets masked. */
    final class PesanTidakTerkirim extends RuntimeException {
        PesanTidakTerkirim(String pesan, Throwable sebab) {
            super(pesan, sebab);
        }
    }
}
