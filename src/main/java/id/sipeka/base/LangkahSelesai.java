package id.sipeka.base;

/**
 * A completed step of a document's life (a section submitted, a report verified, a Renja ditetapkan …): the domain
 * event every use case publishes in its own transaction. Listeners hear it only after that transaction has committed
 * ({@code @ApplicationModuleListener}; the event publication registry keeps it until they are done), so nothing is
 * sent for a step that rolled back. Each module's event records implement this, so modules that do not know the
 * document (notifications) can still follow it.
 */
public interface LangkahSelesai {

    long kecamatanId();

    /**
     * The document the step moved on, e.g. {@code "renja:12:unit:5"} or {@code "laporan:34"}: whatever was waiting
     * on that document before this step (a notification asking to act on it) is done now.
     */
    String subjek();
}
