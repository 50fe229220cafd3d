package id.sipeka.dokumen;

import java.util.ArrayList;
import java.nio.file.NoSuchFileException;
import org.springframework.scheduling.annotation.Scheduled;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files in the archive directory that no committed row names — left by a stop in the middle of a signing (the
 * file is written before the transaction commits; a rollback removes it, a kill -9 cannot). At start-up every such
 * file older than {@code sipeka.dokumen.umur-sapuan} is moved to {@code .karantina/} in the archive directory,
 * under the same relative path. Moved, not deleted: a file without a row is usually debris, but after a database
 * restored from an older backup than the files it may be the only copy of a signed original, and that is for a
 * person to decide. Younger files are left: another instance sharing the directory may be signing right now.
 */
@Component
class SapuanArsip {

    static final String KARANTINA = ".karantina";
    private static final Logger log = LoggerFactory.getLogger(SapuanArsip.class);

    private final ArsipRepository arsipRepo;
    private final LampiranRepository lampiranRepo;
    private final NaskahBerurutanRepository naskahRepo;
    private final Path akar;
    private final DokumenProperties properties;
    private final Clock clock;

    SapuanArsip(ArsipRepository arsipRepo, LampiranRepository lampiranRepo, NaskahBerurutanRepository naskahRepo,
            DokumenProperties properties, Clock clock) {
        this.arsipRepo = arsipRepo;
        this.lampiranRepo = lampiranRepo;
        this.naskahRepo = naskahRepo;
        this.akar = properties.direktoriArsip().toAbsolutePath().normalize();
        this.properties = properties;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void saatMulai() {
        sapuDanCatat();
    }

    /**
     * Also while SIPEKA runs ({@code sipeka.dokumen.sapu-setiap}): a step whose rollback itself failed (the database
     * went away in the middle) keeps its file, since the commit may have gone through; once no row names it and it is
     * older than the cut-off, it goes the same way without waiting for a restart.
     */
    @Scheduled(fixedDelayString = "${sipeka.dokumen.sapu-setiap:1h}", initialDelayString = "${sipeka.dokumen.sapu-setiap:1h}")
    void berkala() {
        sapuDanCatat();
    }

    private void sapuDanCatat() {
        try {
            List<Path> dipindah = sapu();
            if (!dipindah.isEmpty()) {
                log.warn("{} berkas arsip tanpa catatan di basis data dipindahkan ke {}: {}", dipindah.size(),
                        akar.resolve(KARANTINA), dipindah);
            }
        } catch (RuntimeException e) {
            log.warn("Sapuan arsip gagal", e);
        }
    }

    /** @return the moved files, relative to the archive directory */
    @Transactional(readOnly = true)
    List<Path> sapu() {
        if (!Files.isDirectory(akar)) {
            return List.of();
        }
        // A file older than the cut-off was written by a transaction that has long committed (its row is read here)
        // or died; younger files are never touched.
        Instant batas = clock.instant().minus(properties.umurSapuan());
        Set<Path> tercatat = new HashSet<>();
        // a file signed by its first signer only (NaskahBerurutan) waits for the countersignature: not debris
        Stream.of(arsipRepo.semuaBerkas(), lampiranRepo.semuaBerkas(), naskahRepo.semuaBerkas()).flatMap(List::stream)
                .forEach(b -> tercatat.add(akar.resolve(b).normalize()));
        Path karantina = akar.resolve(KARANTINA);
        try (Stream<Path> semua = Files.walk(akar)) {
            List<Path> yatim = semua.filter(Files::isRegularFile)
                    .filter(p -> !p.startsWith(karantina))
                    .filter(p -> !tercatat.contains(p.normalize()))
                    .filter(p -> lebihTua(p, batas))
                    .toList();
            List<Path> dipindah = new ArrayList<>();
            for (Path p : yatim) {
                Path tujuan = karantina.resolve(akar.relativize(p));
                Files.createDirectories(tujuan.getParent());
                try {
                    Files.move(p, tujuan, StandardCopyOption.REPLACE_EXISTING);
                    dipindah.add(akar.relativize(p));
                } catch (NoSuchFileException e) {
                    // another node sharing the directory moved it a moment ago
                }
            }
            return dipindah;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean lebihTua(Path p, Instant batas) {
        try {
            return Files.getLastModifiedTime(p).toInstant().isBefore(batas);
        } catch (IOException e) {
            return false;
        }
    }
}
