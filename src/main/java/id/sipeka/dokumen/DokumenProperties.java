package id.sipeka.dokumen;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the document module ({@code sipeka.dokumen.*}, fed by environment variables in
 * application.properties).
 *
 * @param direktoriArsip where final documents are stored, one file each, never overwritten
 * @param urlPublik the address citizens reach SIPEKA at; printed in the QR code of every signed document
 * @param keystore a PKCS#12 keystore with one key per signer (alias = the signer's 18-digit NIP), e.g. issued by
 *                 BSrE; empty to let SIPEKA issue its own certificates
 * @param keystorePassword password of that keystore (also used for the self-issued one when set)
 * @param direktoriKunci where the self-issued keystore lives when no keystore is configured
 */
@ConfigurationProperties("sipeka.dokumen")
public record DokumenProperties(Path direktoriArsip, String urlPublik, Path keystore, String keystorePassword,
        Path direktoriKunci) {

    public DokumenProperties {
        direktoriArsip = direktoriArsip == null ? Path.of("data", "arsip") : direktoriArsip;
        urlPublik = urlPublik == null || urlPublik.isBlank() ? "http://localhost:8080" : urlPublik.replaceAll("/+$", "");
        direktoriKunci = direktoriKunci == null ? Path.of("data", "kunci") : direktoriKunci;
        keystorePassword = keystorePassword == null || keystorePassword.isBlank() ? null : keystorePassword;
    }

    boolean keystoreDikonfigurasi() {
        return keystore != null && !keystore.toString().isBlank();
    }
}
