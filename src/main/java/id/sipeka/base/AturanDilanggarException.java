package id.sipeka.base;

/**
 * A business rule refused the change. The message is for the user, in Bahasa Indonesia; nothing was saved.
 */
public class AturanDilanggarException extends RuntimeException {

    public AturanDilanggarException(String pesan) {
        super(pesan);
    }
}
