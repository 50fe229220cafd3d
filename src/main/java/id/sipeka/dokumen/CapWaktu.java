package id.sipeka.dokumen;

import id.sipeka.base.AturanDilanggarException;
import id.sipeka.base.Pesan;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;
import org.springframework.stereotype.Component;

/**
 * PAdES baseline-T through an RFC 3161 time-stamping authority: after the signature, a document time-stamp
 * ({@code /Type /DocTimeStamp}, {@code ETSI.RFC3161}) is appended as a further incremental update. Chosen over a
 * signature-time-stamp attribute inside the CMS because it works the same for every provider: SIPEKA cannot add an
 * unsigned attribute to the CMS that BSrE returns without rewriting its /Contents, but it can always time-stamp the
 * signed file. The token covers the signature bytes, so it proves the signature existed at the TSA's time.
 */
@Component
class CapWaktu {

    static final String SUBFILTER = "ETSI.RFC3161";
    private static final int RUANG_TOKEN = 20_000;

    private final TsaProperties properties;
    private final HttpClient http;

    CapWaktu(TsaProperties properties) {
        this.properties = properties;
        this.http = HttpClient.newBuilder().connectTimeout(properties.batasWaktu()).build();
    }

    boolean aktif() {
        return properties.aktif();
    }

    /** The signed PDF with a document time-stamp appended; refused (Indonesian message) when the TSA fails. */
    byte[] tambahkan(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf); ByteArrayOutputStream keluar = new ByteArrayOutputStream(pdf.length + 2 * RUANG_TOKEN)) {
            PDSignature cap = new PDSignature();
            cap.setType(COSName.getPDFName("DocTimeStamp"));
            cap.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            cap.setSubFilter(COSName.getPDFName(SUBFILTER));
            try (SignatureOptions opsi = new SignatureOptions()) {
                opsi.setPreferredSignatureSize(RUANG_TOKEN);
                doc.addSignature(cap, konten -> token(sha256(konten.readAllBytes())).getEncoded(), opsi);
                // PDF/A: every widget, the invisible ones too, is marked printable
                for (PDSignatureField field : doc.getSignatureFields()) {
                    field.getWidgets().forEach(w -> w.setPrinted(true));
                }
                doc.saveIncremental(keluar);
            }
            return keluar.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Asks the TSA for a token over this SHA-256 digest and checks that the answer is the one asked for. */
    TimeStampToken token(byte[] sha256) {
        BigInteger nonce = new BigInteger(63, new SecureRandom());
        TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
        generator.setCertReq(true);
        TimeStampRequest permintaan = generator.generate(NISTObjectIdentifiers.id_sha256, sha256, nonce);
        try {
            HttpRequest.Builder kiriman = HttpRequest.newBuilder(properties.url()).timeout(properties.batasWaktu())
                    .header("Content-Type", "application/timestamp-query")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(permintaan.getEncoded()));
            if (properties.pengguna() != null) {
                kiriman.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (properties.pengguna() + ":" + (properties.sandi() == null ? "" : properties.sandi()))
                                .getBytes(StandardCharsets.UTF_8)));
            }
            HttpResponse<byte[]> jawaban = http.send(kiriman.build(), HttpResponse.BodyHandlers.ofByteArray());
            if (jawaban.statusCode() != 200) {
                throw new AturanDilanggarException(Pesan.get("dokumen.tsa.gagal", jawaban.statusCode()));
            }
            TimeStampResponse respons = new TimeStampResponse(jawaban.body());
            respons.validate(permintaan);
            if (respons.getTimeStampToken() == null) {
                throw new AturanDilanggarException(Pesan.get("dokumen.tsa.gagal", respons.getStatusString()));
            }
            return respons.getTimeStampToken();
        } catch (HttpTimeoutException e) {
            throw new AturanDilanggarException(Pesan.get("dokumen.tsa.lambat"));
        } catch (IOException e) {
            throw new AturanDilanggarException(Pesan.get("dokumen.tsa.tidakTersedia"));
        } catch (TSPException e) {
            throw new AturanDilanggarException(Pesan.get("dokumen.tsa.gagal", e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AturanDilanggarException(Pesan.get("dokumen.tsa.tidakTersedia"));
        }
    }

    /**
     * Checks a document time-stamp: the token is signed by the certificate it carries and its message imprint is
     * the SHA-256 of the bytes it covers. Whether that TSA is trusted is the reader's judgement (the page shows it).
     *
     * @return the TSA's time, empty when the token is not valid for these bytes
     */
    static Optional<Instant> periksa(ContentInfo isi, byte[] dicakup) {
        try {
            TimeStampToken token = new TimeStampToken(new CMSSignedData(isi));
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> cocok = token.getCertificates().getMatches(token.getSID());
            if (cocok.isEmpty()) {
                return Optional.empty();
            }
            token.validate(new JcaSimpleSignerInfoVerifierBuilder().setProvider(TandaTanganPdf.BC).build(cocok.iterator().next()));
            var imprint = token.getTimeStampInfo().getMessageImprintAlgOID();
            byte[] hash = MessageDigest.getInstance(imprint.equals(NISTObjectIdentifiers.id_sha512) ? "SHA-512"
                    : imprint.equals(NISTObjectIdentifiers.id_sha384) ? "SHA-384" : "SHA-256").digest(dicakup);
            if (!Arrays.equals(hash, token.getTimeStampInfo().getMessageImprintDigest())) {
                return Optional.empty();
            }
            return Optional.of(token.getTimeStampInfo().getGenTime().toInstant());
        } catch (TSPException | CMSException | IOException | OperatorCreationException | GeneralSecurityException
                | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static byte[] sha256(byte[] isi) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(isi);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
