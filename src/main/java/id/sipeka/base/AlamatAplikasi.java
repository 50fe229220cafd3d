package id.sipeka.base;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * The address SIPEKA is reached at, for links that leave the app: the QR code on every signed document
 * ({@code …/verifikasi/{kode}}) and the links in e-mails. {@code SIPEKA_URL_PUBLIK} in a deployment; without it, the
 * port this app actually serves on (so a run on port 8081 does not print 8080 into its documents).
 */
@Component
public class AlamatAplikasi implements ApplicationListener<WebServerInitializedEvent> {

    private final String dikonfigurasi;
    private volatile String dariServer;

    AlamatAplikasi(@Value("${sipeka.dokumen.url-publik:}") String dikonfigurasi) {
        this.dikonfigurasi = dikonfigurasi == null || dikonfigurasi.isBlank() ? null : dikonfigurasi.strip().replaceAll("/+$", "");
    }

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        if (event.getWebServer().getPort() > 0) {
            dariServer = "http://localhost:" + event.getWebServer().getPort();
        }
    }

    /** Without a trailing slash, e.g. "https://sipeka.luwutimurkab.go.id". */
    public String alamat() {
        if (dikonfigurasi != null) {
            return dikonfigurasi;
        }
        String server = dariServer;
        return server != null ? server : "http://localhost:8080";
    }
}
