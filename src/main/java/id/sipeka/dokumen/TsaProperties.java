package id.sipeka.dokumen;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * The RFC 3161 time-stamping authority ({@code sipeka.dokumen.tsa.*}). With a URL every signed document gets a
 * document time-stamp (PAdES baseline-T), whichever provider signed it; without one documents are B-B as before.
 *
 * @param url e.g. the TSA of BSrE or of a commercial CA; empty: no time-stamps
 * @param pengguna HTTP Basic user, if the TSA asks for one
 * @param sandi its password
 * @param batasWaktu how long one request may take before the signing step is refused; default 30 s
 */
@ConfigurationProperties("sipeka.dokumen.tsa")
public record TsaProperties(URI url, String pengguna, String sandi, Duration batasWaktu) {

    @ConstructorBinding
    public TsaProperties {
        url = url == null || url.toString().isBlank() ? null : url;
        pengguna = pengguna == null || pengguna.isBlank() ? null : pengguna;
        batasWaktu = batasWaktu == null ? Duration.ofSeconds(30) : batasWaktu;
    }

    boolean aktif() {
        return url != null;
    }
}
