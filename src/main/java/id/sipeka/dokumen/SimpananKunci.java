package id.sipeka.dokumen;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One PKCS#12 file of signing keys, read once and held in memory. A signature looks its key up in a concurrent map:
 * no lock and no file access, only a look at the file's time and size, so a keystore replaced on disk (e.g. new
 * certificates from BSrE) is read again without a restart. A private key is decrypted on its first use and kept.
 * Adding a key (self-issued keystores only) re-reads the file under a lock, so neither another context in this JVM
 * nor another process sharing the directory is overwritten, and an alias already there is never replaced.
 */
final class SimpananKunci {

    /** One state of the file: its keystore, when it was read, and the keys decrypted from it so far. */
    private record Muatan(KeyStore ks, FileTime waktu, long ukuran, ConcurrentHashMap<String, KunciPenandatangan.Kunci> terbuka) {
    }

    /** Every SimpananKunci of the JVM writes under this lock (FileLock alone throws within one JVM). */
    private static final ReentrantLock TULIS = new ReentrantLock();

    private final Path berkas;
    private final char[] sandi;
    private final AtomicInteger jumlahBaca = new AtomicInteger();
    private volatile Muatan muatan;

    SimpananKunci(Path berkas, char[] sandi) {
        this.berkas = berkas;
        this.sandi = sandi.clone();
    }

    /** The key and chain of an alias, if the keystore has one. */
    Optional<KunciPenandatangan.Kunci> ambil(String alias) {
        Muatan m = terkini();
        KunciPenandatangan.Kunci k = m.terbuka().get(alias);
        if (k != null) {
            return Optional.of(k);
        }
        try {
            if (!m.ks().isKeyEntry(alias)) {
                return Optional.empty();
            }
            return Optional.of(Objects.requireNonNullElse(m.terbuka().putIfAbsent(alias, buka(m.ks(), alias)),
                    m.terbuka().get(alias)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Kunci penandatangan tidak dapat dibuka: " + alias, e);
        }
    }

    /**
     * Stores a new key unless the alias already has one in the file as it is now; returns the alias's key either way.
     * Serialised within the JVM and, by a lock file, between processes.
     */
    KunciPenandatangan.Kunci tambah(String alias, PrivateKey kunci, X509Certificate sertifikat) {
        TULIS.lock();
        try {
            Files.createDirectories(berkas.getParent());
            try (FileChannel kanal = FileChannel.open(berkas.resolveSibling(berkas.getFileName() + ".lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE); FileLock ignored = kanal.lock()) {
                Muatan m = baca();
                if (!m.ks().isKeyEntry(alias)) {
                    m.ks().setKeyEntry(alias, kunci, sandi, new Certificate[] {sertifikat});
                    Path sementara = Files.createTempFile(berkas.getParent(), "kunci", ".tmp");
                    try (OutputStream out = Files.newOutputStream(sementara)) {
                        m.ks().store(out, sandi);
                    }
                    Files.move(sementara, berkas, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                    BasicFileAttributes a = Files.readAttributes(berkas, BasicFileAttributes.class);
                    m = new Muatan(m.ks(), a.lastModifiedTime(), a.size(), new ConcurrentHashMap<>());
                }
                muatan = m;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Kunci penandatangan tidak dapat disimpan", e);
        } finally {
            TULIS.unlock();
        }
        return ambil(alias).orElseThrow();
    }

    /** How often the file was read (and its MAC checked): once, and again only after it changed. */
    int jumlahBaca() {
        return jumlahBaca.get();
    }

    private Muatan terkini() {
        Muatan m = muatan;
        BasicFileAttributes a = atribut();
        if (m != null && Objects.equals(m.waktu(), a == null ? null : a.lastModifiedTime())
                && m.ukuran() == (a == null ? -1 : a.size())) {
            return m;
        }
        synchronized (this) {
            if (muatan != m) {
                return muatan;
            }
            try {
                muatan = baca();
                return muatan;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("Keystore penandatangan tidak dapat dibaca: " + berkas, e);
            }
        }
    }

    private BasicFileAttributes atribut() {
        try {
            return Files.readAttributes(berkas, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Muatan baca() throws IOException, GeneralSecurityException {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        BasicFileAttributes a = atribut();
        if (a == null) {
            ks.load(null, null);
            return new Muatan(ks, null, -1, new ConcurrentHashMap<>());
        }
        try (InputStream in = Files.newInputStream(berkas)) {
            ks.load(in, sandi);
        }
        jumlahBaca.incrementAndGet();
        return new Muatan(ks, a.lastModifiedTime(), a.size(), new ConcurrentHashMap<>());
    }

    private KunciPenandatangan.Kunci buka(KeyStore ks, String alias) throws GeneralSecurityException {
        PrivateKey kunci = (PrivateKey) ks.getKey(alias, sandi);
        Certificate[] rantai = ks.getCertificateChain(alias);
        return new KunciPenandatangan.Kunci(kunci, Arrays.copyOf(rantai, rantai.length, X509Certificate[].class));
    }
}
