package id.sipeka.dokumen;

import id.sipeka.base.AturanDilanggarException;
import id.sipeka.base.Pesan;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The private key and certificate of each signer, found by NIP, held in memory after one read of the keystore
 * ({@link SimpananKunci}). A configured keystore (e.g. certificates from BSrE) is only read: a signer without a key
 * there cannot sign. Without one, SIPEKA issues a self-signed certificate per signer into its own keystore, so
 * signing works out of the box and the keystore can later be replaced by CA-issued keys under the same aliases.
 *
 * <p>Issuing (an RSA-3072 key pair, about a second of CPU) never runs in a signing step: it runs on this bean's own
 * background threads when an official becomes a signer ({@link #siapkan}, from the organisation's event after
 * commit, and the start-up check). One issuance per alias at a time; the keystore keeps the first key of an alias.
 */
@Component
class KunciPenandatangan implements DisposableBean {

    record Kunci(PrivateKey kunciPrivat, X509Certificate[] rantai) {

        X509Certificate sertifikat() {
            return rantai[0];
        }
    }

    private static final Logger log = LoggerFactory.getLogger(KunciPenandatangan.class);
    private static final String BERKAS_KUNCI = "penandatangan.p12";
    private static final String BERKAS_SANDI = "kata-sandi.txt";
    private static final Duration MASA_BERLAKU = Duration.ofDays(5 * 365);
    private static final AtomicInteger NOMOR_UTAS = new AtomicInteger();

    private final DokumenProperties properties;
    private final Clock clock;
    private final ConcurrentHashMap<String, CompletableFuture<Kunci>> sedangDiterbitkan = new ConcurrentHashMap<>();
    /** Two threads: the machine's cores, and a signer who is waited for is not stuck behind a long queue. */
    private final ExecutorService penerbit = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "penerbit-kunci-" + NOMOR_UTAS.incrementAndGet());
        t.setDaemon(true);
        return t;
    });
    private volatile SimpananKunci simpanan;
    /** Keys from the configured keystore (only read) rather than SIPEKA's own, self-issued ones. */
    private final boolean dariKeystore;

    /** The keys of the configured mode: the keystore when one is configured, otherwise self-issued. */
    @org.springframework.beans.factory.annotation.Autowired
    KunciPenandatangan(DokumenProperties properties, Clock clock) {
        this(properties, clock, properties.keystoreDikonfigurasi());
    }

    /**
     * @param dariKeystore true: the configured keystore; false: self-issued keys in {@code direktori-kunci} (a
     *                     kabupaten on {@code sendiri} while the default is {@code pkcs12})
     */
    KunciPenandatangan(DokumenProperties properties, Clock clock, boolean dariKeystore) {
        this.properties = properties;
        this.clock = clock;
        this.dariKeystore = dariKeystore;
    }

    boolean dariKeystore() {
        return dariKeystore;
    }

    /**
     * The signer's key, for a signing step. Normally in memory already. A signer whose key is still being issued
     * (a step right after the official was recorded) waits for that issuance, at most
     * {@code sipeka.dokumen.tunggu-kunci}; a signer without any key gets one issued in the background the same way.
     * Past the wait the step is refused with a message to try again, and stays open; the key keeps being issued.
     */
    Kunci untuk(TandaTangan penanda, String instansi) {
        String alias = penanda.nip().nilai();
        Optional<Kunci> ada = simpanan().ambil(alias);
        if (ada.isPresent()) {
            return ada.get();
        }
        if (dariKeystore) {
            throw new AturanDilanggarException(Pesan.get("dokumen.kunciTidakAda", penanda.nip().tertulis()));
        }
        try {
            return terbitkanDiLatar(alias, penanda.nama(), instansi)
                    .get(properties.tungguKunci().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new AturanDilanggarException(Pesan.get("dokumen.kunciSedangDisiapkan", penanda.nip().tertulis()));
        } catch (ExecutionException e) {
            throw new IllegalStateException("Kunci penandatangan tidak dapat dibuat", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Menunggu kunci penandatangan terputus", e);
        }
    }

    /**
     * Makes sure this signer has a key: issued on the background threads if missing. The result completes when the
     * key is stored. With a configured keystore nothing is issued, a missing key is only reported in the log.
     */
    CompletableFuture<?> siapkan(String nip, String nama, String instansi) {
        if (simpanan().ambil(nip).isPresent()) {
            return CompletableFuture.completedFuture(null);
        }
        if (dariKeystore) {
            log.warn("Keystore penandatangan tidak memuat kunci untuk NIP {} ({}): dokumen belum dapat ditandatangani",
                    nip, nama);
            return CompletableFuture.completedFuture(null);
        }
        return terbitkanDiLatar(nip, nama, instansi);
    }

    /** Whether the signer's key is ready (in the keystore). */
    boolean ada(String nip) {
        return simpanan().ambil(nip).isPresent();
    }

    /** How often the keystore file was read: once, and again only after it changed on disk. */
    int jumlahBacaBerkas() {
        return simpanan().jumlahBaca();
    }

    /** One issuance per alias at a time: a second caller gets the first caller's result. */
    private CompletableFuture<Kunci> terbitkanDiLatar(String alias, String nama, String instansi) {
        CompletableFuture<Kunci> baru = new CompletableFuture<>();
        CompletableFuture<Kunci> berjalan = sedangDiterbitkan.putIfAbsent(alias, baru);
        if (berjalan != null) {
            return berjalan;
        }
        penerbit.execute(() -> {
            try {
                baru.complete(simpanan().ambil(alias).orElseGet(() -> terbitkan(alias, nama, instansi)));
            } catch (Throwable e) {
                log.error("Kunci penandatangan untuk NIP {} tidak dapat diterbitkan", alias, e);
                baru.completeExceptionally(e);
            } finally {
                sedangDiterbitkan.remove(alias, baru);
            }
        });
        return baru;
    }

    private Kunci terbitkan(String alias, String nama, String instansi) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(3072);
            KeyPair pasangan = generator.generateKeyPair();
            X500Name subjek = new X500NameBuilder(BCStyle.INSTANCE)
                    .addRDN(BCStyle.CN, nama)
                    .addRDN(BCStyle.SERIALNUMBER, alias)
                    .addRDN(BCStyle.O, instansi)
                    .addRDN(BCStyle.C, "ID")
                    .build();
            Instant mulai = clock.instant().minus(Duration.ofDays(1));
            var builder = new JcaX509v3CertificateBuilder(subjek, new BigInteger(64, new SecureRandom()), Date.from(mulai),
                    Date.from(mulai.plus(MASA_BERLAKU)), subjek, pasangan.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            X509Certificate sertifikat = new JcaX509CertificateConverter().setProvider(TandaTanganPdf.BC)
                    .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").setProvider(TandaTanganPdf.BC)
                            .build(pasangan.getPrivate())));
            Kunci kunci = simpanan().tambah(alias, pasangan.getPrivate(), sertifikat);
            log.info("Kunci penandatangan diterbitkan untuk NIP {} ({})", alias, nama);
            return kunci;
        } catch (GeneralSecurityException | OperatorCreationException | CertIOException e) {
            throw new IllegalStateException("Kunci penandatangan tidak dapat dibuat", e);
        }
    }

    private SimpananKunci simpanan() {
        SimpananKunci s = simpanan;
        if (s == null) {
            synchronized (this) {
                s = simpanan;
                if (s == null) {
                    s = simpanan = dariKeystore
                            ? new SimpananKunci(properties.keystore(), sandi(properties.keystorePassword()))
                            : new SimpananKunci(properties.direktoriKunci().resolve(BERKAS_KUNCI), sandiSendiri());
                }
            }
        }
        return s;
    }

    private static char[] sandi(String sandi) {
        return sandi == null ? new char[0] : sandi.toCharArray();
    }

    /** The configured password, or a random one kept beside the keystore (readable by the service account only). */
    private char[] sandiSendiri() {
        if (properties.keystorePassword() != null) {
            return properties.keystorePassword().toCharArray();
        }
        try {
            Files.createDirectories(properties.direktoriKunci());
            Path berkas = properties.direktoriKunci().resolve(BERKAS_SANDI);
            if (!Files.exists(berkas)) {
                // Written whole under another name, then linked into place, which fails if the file appeared
                // meanwhile: two starts at once (two nodes, two contexts) must not each keep a password of their own.
                byte[] acak = new byte[24];
                new SecureRandom().nextBytes(acak);
                Path sementara = Files.createTempFile(properties.direktoriKunci(), "kata-sandi", ".tmp");
                try {
                    Files.writeString(sementara, Base64.getUrlEncoder().withoutPadding().encodeToString(acak),
                            StandardCharsets.US_ASCII);
                    try {
                        Files.setPosixFilePermissions(sementara, PosixFilePermissions.fromString("rw-------"));
                    } catch (UnsupportedOperationException e) {
                        // Not a POSIX file system (Windows): the directory's own permissions apply.
                    }
                    Files.createLink(berkas, sementara);
                } catch (java.nio.file.FileAlreadyExistsException e) {
                    // another start was first: its password is the one
                } finally {
                    Files.deleteIfExists(sementara);
                }
            }
            return Files.readString(berkas, StandardCharsets.US_ASCII).strip().toCharArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void destroy() {
        penerbit.shutdownNow();
    }
}
