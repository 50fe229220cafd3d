package id.sipeka.dokumen;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * The BSrE Esign Client Service a kabupaten on provider {@code bsre} signs through ({@code sipeka.dokumen.bsre.*}).
 *
 * @param url base address of the service, e.g. {@code http://esign.kabupaten.go.id}; without the {@code /api} path
 * @param versi 2 (JSON, {@code /api/v2/sign/pdf}, the default) or 1 (multipart, {@code /api/sign/pdf}) for older
 *              installations
 * @param pengguna HTTP Basic user the installation was set up with
 * @param sandi its password (from an environment variable, never in a file under version control)
 * @param batasWaktu how long one request may take before the signing step is refused as "too slow"; default 30 s
 */
@ConfigurationProperties("sipeka.dokumen.bsre")
public record BsreProperties(URI url, Integer versi, String pengguna, String sandi, Duration batasWaktu) {

    @ConstructorBinding
    public BsreProperties {
        url = url == null || url.toString().isBlank() ? null : URI.create(url.toString().replaceAll("/+$", ""));
        versi = versi == null ? 2 : versi;
        pengguna = pengguna == null || pengguna.isBlank() ? null : pengguna;
        batasWaktu = batasWaktu == null ? Duration.ofSeconds(30) : batasWaktu;
        if (versi != 1 && versi != 2) {
            throw new IllegalArgumentException("sipeka.dokumen.bsre.versi harus 1 atau 2, bukan " + versi);
        }
    }

    /** The sandi never appears in a log line or an actuator dump of this record. */
    @Override
    public String toString() {
        return "BsreProperties[url=" + url + ", versi=" + versi + ", pengguna=" + pengguna + ", batasWaktu=" + batasWaktu + "]";
    }
}
