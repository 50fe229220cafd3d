package id.sipeka.dokumen;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.Provider;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Calendar;
import java.util.Collection;
import java.util.GregorianCalendar;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * PAdES baseline signatures (B-B: ETSI.CAdES.detached, SHA-256, signing-certificate-v2, no signing-time attribute
 * — the time is the signature dictionary's M entry) added as an incremental update, so the signed bytes are the
 * PDF/A file as rendered. The visible part (name, jabatan, place, date, QR code) is printed by the renderer in the
 * signature block; the signature field itself has no appearance of its own.
 */
final class TandaTanganPdf {

    static final Provider BC = new BouncyCastleProvider();

    /**
     * Outcome of checking the signatures in a PDF.
     *
     * @param penandatangan the name in the (last) signature dictionary, or its certificate's subject CN
     * @param penerbit the issuer of the signer's certificate (RFC 2253 name)
     * @param sertifikatSha256 hex SHA-256 of the signer's certificate
     * @param waktuTsa the time of a valid RFC 3161 document time-stamp over the signature, null without one
     */
    record Hasil(boolean sah, String penandatangan, Instant waktu, String alasan, String penerbit,
            String sertifikatSha256, Instant waktuTsa) {

        static Hasil tidakSah(String alasan) {
            return new Hasil(false, null, null, alasan, null, null, null);
        }
    }

    private TandaTanganPdf() {
    }

    static byte[] tandatangani(byte[] pdf, KunciPenandatangan.Kunci kunci, TandaTangan penanda, String alasan,
            Instant waktu) {
        return tandatangani(pdf, kunci, penanda.nama(), penanda.tempat(), alasan, waktu);
    }

    /** The same for a signer known only by name and place (a signing service's own key, in tests). */
    static byte[] tandatangani(byte[] pdf, KunciPenandatangan.Kunci kunci, String nama, String tempat, String alasan,
            Instant waktu) {
        try (PDDocument doc = Loader.loadPDF(pdf); ByteArrayOutputStream keluar = new ByteArrayOutputStream(pdf.length + 40_000)) {
            PDSignature tanda = new PDSignature();
            tanda.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            tanda.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            tanda.setName(nama);
            tanda.setLocation(tempat);
            tanda.setReason(alasan);
            Calendar kalender = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            kalender.setTimeInMillis(waktu.toEpochMilli());
            tanda.setSignDate(kalender);
            try (SignatureOptions opsi = new SignatureOptions()) {
                opsi.setPreferredSignatureSize(SignatureOptions.DEFAULT_SIGNATURE_SIZE * 2);
                doc.addSignature(tanda, konten -> cms(konten.readAllBytes(), kunci), opsi);
                // PDF/A requires every annotation, the invisible signature widget too, to be marked printable.
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

    private static byte[] cms(byte[] konten, KunciPenandatangan.Kunci kunci) throws IOException {
        try {
            X509Certificate sertifikat = kunci.sertifikat();
            ESSCertIDv2 id = new ESSCertIDv2(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256),
                    MessageDigest.getInstance("SHA-256").digest(sertifikat.getEncoded()),
                    new IssuerSerial(new GeneralNames(new GeneralName(X500Name.getInstance(
                            sertifikat.getIssuerX500Principal().getEncoded()))), sertifikat.getSerialNumber()));
            ASN1EncodableVector atribut = new ASN1EncodableVector();
            atribut.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                    new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {id}))));
            DefaultSignedAttributeTableGenerator generatorAtribut = new DefaultSignedAttributeTableGenerator(
                    new AttributeTable(atribut)) {
                @Override
                public AttributeTable getAttributes(@SuppressWarnings("rawtypes") Map parameter) {
                    // PAdES: the claimed signing time lives in the PDF, not in the CMS.
                    return super.getAttributes(parameter).remove(CMSAttributes.signingTime);
                }
            };
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().setProvider(BC).build())
                    .setSignedAttributeGenerator(generatorAtribut)
                    .build(new JcaContentSignerBuilder("SHA256withRSA").setProvider(BC).build(kunci.kunciPrivat()),
                            sertifikat));
            generator.addCertificates(new JcaCertStore(List.of(kunci.rantai())));
            return generator.generate(new CMSProcessableByteArray(konten), false).getEncoded();
        } catch (GeneralSecurityException | OperatorCreationException | CMSException e) {
            throw new IOException("Tanda tangan CMS tidak dapat dibuat", e);
        }
    }

    /** The CN of a certificate's subject, or the whole name when it has none. */
    private static String namaUmum(X500Name nama) {
        var cn = nama.getRDNs(org.bouncycastle.asn1.x500.style.BCStyle.CN);
        return cn.length == 0 ? nama.toString()
                : org.bouncycastle.asn1.x500.style.IETFUtils.valueToString(cn[0].getFirst().getValue());
    }

    /**
     * The CMS structure at the start of /Contents. The rest of the reserved space must still be the zero padding
     * written at signing: the signature does not cover /Contents, so a change there is caught here.
     */
    static Optional<ContentInfo> isiCms(byte[] isi) throws IOException {
        try (ASN1InputStream in = new ASN1InputStream(isi)) {
            ASN1Primitive objek = in.readObject();
            if (objek == null) {
                return Optional.empty();
            }
            int panjang = objek.getEncoded(ASN1Encoding.DER).length;
            for (int i = panjang; i < isi.length; i++) {
                if (isi[i] != 0) {
                    return Optional.empty();
                }
            }
            return Optional.of(ContentInfo.getInstance(objek));
        }
    }

    /**
     * Checks every signature of the file: the CMS signature is valid for the bytes it names, and the last
     * signature covers the whole file (nothing was appended after signing). Any damage makes it invalid.
     */
    static Hasil periksa(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<PDSignature> semua = doc.getSignatureDictionaries();
            if (semua.isEmpty()) {
                return Hasil.tidakSah("tidak ada tanda tangan");
            }
            Hasil hasil = Hasil.tidakSah("tidak ada tanda tangan");
            for (PDSignature tanda : semua) {
                int[] rentang = tanda.getByteRange();
                if (rentang.length != 4 || rentang[0] != 0) {
                    return Hasil.tidakSah("rentang bita tanda tangan tidak sah");
                }
                Optional<ContentInfo> isiCms = isiCms(tanda.getContents(pdf));
                if (isiCms.isEmpty()) {
                    return Hasil.tidakSah("isi tanda tangan telah diubah");
                }
                byte[] ditandatangani = tanda.getSignedContent(pdf);
                if (CapWaktu.SUBFILTER.equals(tanda.getSubFilter())) {
                    // a document time-stamp (PAdES B-T): covers everything before it, the signature included
                    Optional<Instant> waktuTsa = CapWaktu.periksa(isiCms.get(), ditandatangani);
                    if (waktuTsa.isEmpty() || !hasil.sah()) {
                        return Hasil.tidakSah("cap waktu tidak sah");
                    }
                    hasil = new Hasil(true, hasil.penandatangan(), hasil.waktu(), null, hasil.penerbit(),
                            hasil.sertifikatSha256(), waktuTsa.get());
                    continue;
                }
                CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(ditandatangani), isiCms.get());
                Collection<SignerInformation> penandaCms = cms.getSignerInfos().getSigners();
                if (penandaCms.size() != 1) {
                    return Hasil.tidakSah("jumlah penanda tangan CMS harus satu");
                }
                SignerInformation info = penandaCms.iterator().next();
                @SuppressWarnings("unchecked")
                Collection<X509CertificateHolder> cocok = cms.getCertificates().getMatches(info.getSID());
                if (cocok.isEmpty()) {
                    return Hasil.tidakSah("sertifikat penanda tangan tidak ada");
                }
                X509CertificateHolder sertifikat = cocok.iterator().next();
                if (!info.verify(new JcaSimpleSignerInfoVerifierBuilder().setProvider(BC).build(sertifikat))) {
                    return Hasil.tidakSah("tanda tangan tidak cocok dengan isi berkas");
                }
                String nama = tanda.getName() != null ? tanda.getName() : namaUmum(sertifikat.getSubject());
                hasil = new Hasil(true, nama, tanda.getSignDate() == null ? null : tanda.getSignDate().toInstant(), null,
                        sertifikat.getIssuer().toString(), HexFormat.of().formatHex(
                                MessageDigest.getInstance("SHA-256").digest(sertifikat.getEncoded())), null);
            }
            int[] terakhir = semua.getLast().getByteRange();
            if (terakhir[2] + terakhir[3] != pdf.length) {
                return Hasil.tidakSah("ada perubahan sesudah ditandatangani");
            }
            return hasil;
        } catch (IOException | CMSException | OperatorCreationException | GeneralSecurityException | RuntimeException e) {
            return Hasil.tidakSah("berkas rusak atau tanda tangan tidak dapat dibaca: " + e.getClass().getSimpleName());
        }
    }
}
