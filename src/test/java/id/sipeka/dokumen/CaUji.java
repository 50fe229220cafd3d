package id.sipeka.dokumen;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A certification authority for tests only, standing in for BSrE's CA and a TSA's: issues signing certificates
 * (as BSrE does for a NIK) and a time-stamping certificate. RSA-2048 to keep the tests fast.
 */
public final class CaUji {

    public static final String NAMA = "CN=CA Uji BSrE,O=Balai Sertifikasi Elektronik Uji,C=ID";

    private final KeyPair kunciCa;
    private final X509Certificate sertifikatCa;

    public CaUji() {
        try {
            kunciCa = pasangan();
            X500Name nama = new X500Name(NAMA);
            Instant mulai = Instant.now().minus(Duration.ofDays(1));
            var b = new JcaX509v3CertificateBuilder(nama, BigInteger.ONE, Date.from(mulai),
                    Date.from(mulai.plus(Duration.ofDays(3650))), nama, kunciCa.getPublic());
            b.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
            b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            sertifikatCa = tandai(b);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A key and certificate for a signer, issued by this CA (the chain: signer, CA). */
    KunciPenandatangan.Kunci penandatangan(String cn, String nomorSeri) {
        // built, not parsed: names like "H. Marsuki, S.Pd., M.M." carry commas
        return terbitkan(new org.bouncycastle.asn1.x500.X500NameBuilder(org.bouncycastle.asn1.x500.style.BCStyle.INSTANCE)
                .addRDN(org.bouncycastle.asn1.x500.style.BCStyle.CN, cn)
                .addRDN(org.bouncycastle.asn1.x500.style.BCStyle.SERIALNUMBER, nomorSeri)
                .addRDN(org.bouncycastle.asn1.x500.style.BCStyle.C, "ID").build(),
                new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation), null);
    }

    /** A key and certificate of a time-stamping authority (extended key usage timeStamping, critical, as RFC 3161 asks). */
    KunciPenandatangan.Kunci tsa() {
        return terbitkan(new X500Name("CN=TSA Uji,O=Balai Sertifikasi Elektronik Uji,C=ID"), new KeyUsage(KeyUsage.digitalSignature),
                new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
    }

    X509Certificate sertifikat() {
        return sertifikatCa;
    }

    private KunciPenandatangan.Kunci terbitkan(X500Name subjek, KeyUsage penggunaan, ExtendedKeyUsage lanjutan) {
        try {
            KeyPair kunci = pasangan();
            Instant mulai = Instant.now().minus(Duration.ofDays(1));
            var b = new JcaX509v3CertificateBuilder(new X500Name(NAMA), new BigInteger(64, new SecureRandom()),
                    Date.from(mulai), Date.from(mulai.plus(Duration.ofDays(730))), subjek, kunci.getPublic());
            b.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            b.addExtension(Extension.keyUsage, true, penggunaan);
            if (lanjutan != null) {
                b.addExtension(Extension.extendedKeyUsage, true, lanjutan);
            }
            return new KunciPenandatangan.Kunci(kunci.getPrivate(), new X509Certificate[] {tandai(b), sertifikatCa});
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private X509Certificate tandai(JcaX509v3CertificateBuilder b) throws Exception {
        PrivateKey kunci = kunciCa.getPrivate();
        return new JcaX509CertificateConverter().setProvider(TandaTanganPdf.BC)
                .getCertificate(b.build(new JcaContentSignerBuilder("SHA256withRSA").setProvider(TandaTanganPdf.BC).build(kunci)));
    }

    private static KeyPair pasangan() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        return g.generateKeyPair();
    }
}
