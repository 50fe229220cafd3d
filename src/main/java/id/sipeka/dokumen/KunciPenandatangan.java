package id.sipeka.dokumen;

import id.sipeka.base.AturanDilanggarException;
import id.sipeka.base.Pesan;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.springframework.stereotype.Component;

/**
 * The private key and certificate of each signer, found by NIP. A configured keystore (e.g. certificates from
 * BSrE) is only read: a signer without a key there cannot sign. Without one, SIPEKA issues a self-signed
 * certificate per signer into its own keystore on first use, so signing works out of the box and the keystore
 * can later be replaced by CA-issued keys under the same aliases.
 */
@Component
class KunciPenandatangan {

    record Kunci(PrivateKey kunciPrivat, X509Certificate[] rantai) {

        X509Certificate sertifikat() {
            return rantai[0];
        }
    }

    private static final String BERKAS_KUNCI = "penandatangan.p12";
    private static final String BERKAS_SANDI = "kata-sandi.txt";
    private static final Duration MASA_BERLAKU = Duration.ofDays(5 * 365);

    private final DokumenProperties properties;
    private final Clock clock;

    KunciPenandatangan(DokumenProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /** Serialised: two first signatures of the same person must not issue two certificates. */
    synchronized Kunci untuk(TandaTangan penanda, String instansi) {
        String alias = penanda.nip().nilai();
        try {
            if (properties.keystoreDikonfigurasi()) {
                char[] sandi = sandi(properties.keystorePassword());
                KeyStore ks = muat(properties.keystore(), sandi);
                if (!ks.isKeyEntry(alias)) {
                    throw new AturanDilanggarException(Pesan.get("dokumen.kunciTidakAda", penanda.nip().tertulis()));
                }
                return ambil(ks, alias, sandi);
            }
            Files.createDirectories(properties.direktoriKunci());
            char[] sandi = sandiSendiri();
            Path berkas = properties.direktoriKunci().resolve(BERKAS_KUNCI);
            KeyStore ks = Files.exists(berkas) ? muat(berkas, sandi) : kosong();
            if (!ks.isKeyEntry(alias)) {
                terbitkan(ks, alias, sandi, penanda, instansi);
                simpan(ks, berkas, sandi);
            }
            return ambil(ks, alias, sandi);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("Kunci penandatangan tidak dapat dibaca atau dibuat", e);
        }
    }

    private static char[] sandi(String sandi) {
        return sandi == null ? new char[0] : sandi.toCharArray();
    }

    /** The configured password, or a random one kept beside the keystore (readable by the service account only). */
    private char[] sandiSendiri() throws IOException {
        if (properties.keystorePassword() != null) {
            return properties.keystorePassword().toCharArray();
        }
        Path berkas = properties.direktoriKunci().resolve(BERKAS_SANDI);
        if (!Files.exists(berkas)) {
            byte[] acak = new byte[24];
            new SecureRandom().nextBytes(acak);
            Files.writeString(berkas, Base64.getUrlEncoder().withoutPadding().encodeToString(acak), StandardCharsets.US_ASCII);
            try {
                Files.setPosixFilePermissions(berkas, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // Not a POSIX file system (Windows): the directory's own permissions apply.
            }
        }
        return Files.readString(berkas, StandardCharsets.US_ASCII).strip().toCharArray();
    }

    private static KeyStore kosong() throws GeneralSecurityException, IOException {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        return ks;
    }

    private static KeyStore muat(Path berkas, char[] sandi) throws GeneralSecurityException, IOException {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(berkas)) {
            ks.load(in, sandi);
        }
        return ks;
    }

    private static void simpan(KeyStore ks, Path berkas, char[] sandi) throws GeneralSecurityException, IOException {
        Path sementara = Files.createTempFile(berkas.getParent(), "kunci", ".tmp");
        try (OutputStream out = Files.newOutputStream(sementara)) {
            ks.store(out, sandi);
        }
        Files.move(sementara, berkas, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static Kunci ambil(KeyStore ks, String alias, char[] sandi) throws GeneralSecurityException {
        PrivateKey kunci = (PrivateKey) ks.getKey(alias, sandi);
        Certificate[] rantai = ks.getCertificateChain(alias);
        return new Kunci(kunci, Arrays.copyOf(rantai, rantai.length, X509Certificate[].class));
    }

    private void terbitkan(KeyStore ks, String alias, char[] sandi, TandaTangan penanda, String instansi)
            throws GeneralSecurityException, OperatorCreationException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(3072);
        KeyPair pasangan = generator.generateKeyPair();
        X500Name subjek = new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.CN, penanda.nama())
                .addRDN(BCStyle.SERIALNUMBER, penanda.nip().nilai())
                .addRDN(BCStyle.O, instansi)
                .addRDN(BCStyle.C, "ID")
                .build();
        Instant mulai = clock.instant().minus(Duration.ofDays(1));
        var builder = new JcaX509v3CertificateBuilder(subjek, new BigInteger(64, new SecureRandom()), Date.from(mulai),
                Date.from(mulai.plus(MASA_BERLAKU)), subjek, pasangan.getPublic());
        try {
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
        } catch (org.bouncycastle.cert.CertIOException e) {
            throw new IllegalStateException(e);
        }
        X509Certificate sertifikat = new JcaX509CertificateConverter().setProvider(TandaTanganPdf.BC)
                .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").setProvider(TandaTanganPdf.BC)
                        .build(pasangan.getPrivate())));
        ks.setKeyEntry(alias, pasangan.getPrivate(), sandi, new Certificate[] {sertifikat});
    }
}
