package id.sipeka.dokumen;

/**
 * What a signer types at the moment of signing through a certified provider (BSrE): the passphrase of their
 * certificate, or a one-time code from the BeSign app. Held only for one signing call on the caller's thread
 * ({@link DokumenService#denganKredensial}); never stored, logged, audited or put in a process variable.
 *
 * @param jenis passphrase or TOTP
 * @param nilai what was typed
 */
public record KredensialTandaTangan(Jenis jenis, String nilai) {

    public enum Jenis {
        PASSPHRASE, TOTP
    }

    /** Never the secret itself: records print their components, and this one may end up in a log line. */
    @Override
    public String toString() {
        return "KredensialTandaTangan[" + jenis + ", ***]";
    }
}
