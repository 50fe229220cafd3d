package id.sipeka.dokumen;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * Settings of the document module ({@code sipeka.dokumen.*}, fed by environment variables in
 * application.properties).
 *
 * @param direktoriArsip where final documents are stored, one file each, never overwritten
 * @param urlPublik the address citizens reach SIPEKA at (empty: the port this app serves on); read through
 *                  {@link id.sipeka.base.AlamatAplikasi}, printed in the QR code of every signed document
 * @param keystore a PKCS#12 keystore with one key per signer (alias = the signer's 18-digit NIP), e.g. issued by
 *                 BSrE; empty to let SIPEKA issue its own certificates
 * @param keystorePassword password of that keystore (also used for the self-issued one when set)
 * @param direktoriKunci where the self-issued keystore lives when no keystore is configured
 * @param tungguKunci how long a signing step waits for a key still being issued (a signer recorded a moment ago)
 *                    before it is refused with "try again"; default 60 s
 * @param umurSapuan how old a file in the archive directory without a committed row must be before the start-up
 *                   sweep moves it to quarantine; default 1 hour (a signing still under way is never that old)
 */
@ConfigurationProperties("sipeka.dokumen")
public record DokumenProperties(Path direktoriArsip, String urlPublik, Path keystore, String keystorePassword,
        Path direktoriKunci, Duration tungguKunci, Duration umurSapuan) {

    /** With the default waits (tests that build the module's parts by hand). */
    public DokumenProperties(Path direktoriArsip, String urlPublik, Path keystore, String keystorePassword,
            Path direktoriKunci) {
        this(direktoriArsip, urlPublik, keystore, keystorePassword, direktoriKunci, null, null);
    }

    @ConstructorBinding
    public DokumenProperties {
        direktoriArsip = direktoriArsip == null ? Path.of("data", "arsip") : direktoriArsip;
        direktoriKunci = direktoriKunci == null ? Path.of("data", "kunci") : direktoriKunci;
        keystorePassword = keystorePassword == null || keystorePassword.isBlank() ? null : keystorePassword;
        tungguKunci = tungguKunci == null ? Duration.ofSeconds(60) : tungguKunci;
        umurSapuan = umurSapuan == null ? Duration.ofHours(1) : umurSapuan;
    }

    boolean keystoreDikonfigurasi() {
        return keystore != null && !keystore.toString().isBlank();
    }
}
