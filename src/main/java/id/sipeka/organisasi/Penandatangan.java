package id.sipeka.organisasi;

import id.sipeka.security.Peran;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who signs documents: a pegawai with a NIP who has an account as camat or sekcam, or an acting assignment as one of
 * them. The organisation's services call {@link #kabarkan} after every change that may make someone a signer; the
 * event goes out after the change commits.
 */
@Component
class Penandatangan {

    private static final Set<Peran> PERAN = Set.of(Peran.CAMAT, Peran.SEKCAM);
    private static final Set<PosisiPlt> POSISI = Set.of(PosisiPlt.CAMAT, PosisiPlt.SEKCAM);

    private final PegawaiRepository pegawaiRepo;
    private final AkunRepository akunRepo;
    private final PenugasanPltRepository penugasanRepo;
    private final KecamatanRepository kecamatanRepo;
    private final ApplicationEventPublisher kabar;

    Penandatangan(PegawaiRepository pegawaiRepo, AkunRepository akunRepo, PenugasanPltRepository penugasanRepo,
            KecamatanRepository kecamatanRepo, ApplicationEventPublisher kabar) {
        this.pegawaiRepo = pegawaiRepo;
        this.akunRepo = akunRepo;
        this.penugasanRepo = penugasanRepo;
        this.kecamatanRepo = kecamatanRepo;
        this.kabar = kabar;
    }

    static boolean peranMenandatangani(Peran peran) {
        return PERAN.contains(peran);
    }

    static boolean posisiMenandatangani(PosisiPlt posisi) {
        return POSISI.contains(posisi);
    }

    /** Publishes {@link PenandatanganDitetapkan} when the pegawai is a signer now (inside the caller's transaction). */
    void kabarkan(Long pegawaiId) {
        if (pegawaiId != null) {
            pegawaiRepo.findById(pegawaiId).flatMap(this::sebagaiPenandatangan).ifPresent(kabar::publishEvent);
        }
    }

    /** Every signer of every kecamatan, for the document module's start-up check of signing keys. */
    @Transactional(readOnly = true)
    List<PenandatanganDitetapkan> semua() {
        return pegawaiRepo.findAll().stream().map(this::sebagaiPenandatangan).flatMap(Optional::stream).toList();
    }

    private Optional<PenandatanganDitetapkan> sebagaiPenandatangan(Pegawai p) {
        if (p.nip == null || p.nip.isBlank()) {
            return Optional.empty();
        }
        boolean menandatangani = akunRepo.findByPegawaiId(p.id).stream().anyMatch(a -> a.aktif && PERAN.contains(a.peran))
                || penugasanRepo.findByPegawaiId(p.id).stream().anyMatch(t -> POSISI.contains(t.posisi));
        if (!menandatangani) {
            return Optional.empty();
        }
        String kecamatan = kecamatanRepo.findById(p.kecamatanId).map(k -> k.nama).orElse("");
        return Optional.of(new PenandatanganDitetapkan(p.id, Objects.requireNonNull(p.kecamatanId), p.nip, p.nama,
                "Kecamatan " + kecamatan));
    }
}
