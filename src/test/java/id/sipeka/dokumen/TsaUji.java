package id.sipeka.dokumen;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

/**
 * A local RFC 3161 time-stamping authority for tests: {@code POST /} with an {@code application/timestamp-query}
 * answers a {@code application/timestamp-reply} signed by a TSA certificate of {@link CaUji}.
 */
public final class TsaUji implements AutoCloseable {

    private final HttpServer server;
    private final AtomicLong nomor = new AtomicLong();
    private final AtomicInteger diminta = new AtomicInteger();

    public TsaUji(CaUji ca) {
        KunciPenandatangan.Kunci kunci = ca.tsa();
        try {
            TimeStampTokenGenerator token = new TimeStampTokenGenerator(new JcaSimpleSignerInfoGeneratorBuilder()
                    .setProvider(TandaTanganPdf.BC).build("SHA256withRSA", kunci.kunciPrivat(), kunci.sertifikat()),
                    new JcaDigestCalculatorProviderBuilder().build().get(
                            new org.bouncycastle.asn1.x509.AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256)),
                    new org.bouncycastle.asn1.ASN1ObjectIdentifier("1.2.3.4.1"));
            token.addCertificates(new JcaCertStore(List.of(kunci.rantai())));
            TimeStampResponseGenerator generator = new TimeStampResponseGenerator(token, TSPAlgorithms.ALLOWED);
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", tukar -> {
                try (tukar) {
                    if (!"application/timestamp-query".equals(tukar.getRequestHeaders().getFirst("Content-Type"))) {
                        tukar.sendResponseHeaders(415, -1);
                        return;
                    }
                    TimeStampRequest permintaan = new TimeStampRequest(tukar.getRequestBody().readAllBytes());
                    byte[] jawaban = generator.generateGrantedResponse(permintaan, BigInteger.valueOf(nomor.incrementAndGet()),
                            new Date()).getEncoded();
                    diminta.incrementAndGet();
                    tukar.getResponseHeaders().set("Content-Type", "application/timestamp-reply");
                    tukar.sendResponseHeaders(200, jawaban.length);
                    tukar.getResponseBody().write(jawaban);
                } catch (Exception e) {
                    tukar.sendResponseHeaders(400, -1);
                }
            });
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    /** How many tokens were issued. */
    public int diminta() {
        return diminta.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
