package id.sipeka.dokumen;

/**
 * What the signer typed, for the signing step running on this thread only ({@link DokumenService#denganKredensial}):
 * set and cleared around that one call, so it never outlives the request, reaches another thread or gets stored.
 */
final class KredensialBerjalan {

    private static final ThreadLocal<KredensialTandaTangan> KREDENSIAL = new ThreadLocal<>();

    private KredensialBerjalan() {
    }

    /** Runs the step with the credential; the one held before (a nested call) is back afterwards, whatever happens. */
    static void jalankan(KredensialTandaTangan kredensial, Runnable langkah) {
        KredensialTandaTangan sebelumnya = KREDENSIAL.get();
        KREDENSIAL.set(kredensial);
        try {
            langkah.run();
        } finally {
            if (sebelumnya == null) {
                KREDENSIAL.remove();
            } else {
                KREDENSIAL.set(sebelumnya);
            }
        }
    }

    /** The credential of the step running on this thread, null outside one. */
    static KredensialTandaTangan saatIni() {
        return KREDENSIAL.get();
    }
}
