package id.sipeka.audit;

import id.sipeka.security.Akses;
import id.sipeka.security.PenggunaSipeka;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Writes and reads the audit log. Writing joins the caller's transaction: no change without its entry. */
@Service
public class AuditService {

    private static final int BATAS_TAMPIL = 500;

    private final AuditLogRepository repository;
    private final Akses akses;
    private final Clock clock;

    AuditService(AuditLogRepository repository, Akses akses, Clock clock) {
        this.repository = repository;
        this.akses = akses;
        this.clock = clock;
    }

    /**
     * Records a change by the signed-in user.
     *
     * @param aksi e.g. "UBAH", "TAMBAH", "IMPOR"
     * @param jenisData the kind of record, e.g. "SubKegiatan"
     * @param idData its id or code
     * @param lama the value before ({@code null} when created)
     * @param baru the value after ({@code null} when removed)
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void catat(Long kecamatanId, String aksi, String jenisData, Object idData, String lama, String baru) {
        String siapa = akses.penggunaOpsional().map(PenggunaSipeka::getUsername).orElse("anonim");
        repository.save(new AuditLog(clock.instant(), siapa, kecamatanId, aksi, jenisData,
                idData == null ? null : String.valueOf(idData), lama, baru));
    }

    /** Newest first. Admin sees everything; the sekcam and camat see their own kecamatan. */
    @Transactional(readOnly = true)
    public List<AuditEntri> terbaru() {
        PenggunaSipeka p = akses.pengguna();
        var halaman = PageRequest.of(0, BATAS_TAMPIL);
        if (akses.admin()) {
            return repository.findAllByOrderByIdDesc(halaman).stream().map(AuditEntri::dari).toList();
        }
        if (p.kecamatanId() == null) {
            throw new AccessDeniedException(id.sipeka.base.Pesan.get("akses.kecamatanLain"));
        }
        // as on the audit screen: the camat and sekcam (also Plt./Plh. today), never unit heads or staf
        akses.wajibPeriksa(p.kecamatanId(), p.kabupatenId());
        return repository.findByKecamatanIdOrderByIdDesc(p.kecamatanId(), halaman).stream().map(AuditEntri::dari).toList();
    }

    /**
     * A kecamatan's entries of a period, oldest first, for an inspector (the yearly archive): see
     * {@link Akses#bolehPeriksa}.
     *
     * @param dari inclusive
     * @param sampai exclusive
     */
    @Transactional(readOnly = true)
    public List<AuditEntri> untukPemeriksa(long kecamatanId, long kabupatenId, Instant dari, Instant sampai) {
        akses.wajibPeriksa(kecamatanId, kabupatenId);
        return repository.findByKecamatanIdAndWaktuGreaterThanEqualAndWaktuLessThanOrderByIdAsc(kecamatanId, dari, sampai)
                .stream().map(AuditEntri::dari).toList();
    }

    /** The history of one record, oldest first (used by tests and record timelines). */
    @Transactional(readOnly = true)
    public List<AuditEntri> riwayat(String jenisData, Object idData) {
        akses.wajibAdmin();
        return repository.findByJenisDataAndIdDataOrderByIdAsc(jenisData, String.valueOf(idData)).stream()
                .map(AuditEntri::dari).toList();
    }

    public record AuditEntri(long id, Instant waktu, String username, Long kecamatanId, String aksi,
            String jenisData, String idData, String nilaiLama, String nilaiBaru) {

        static AuditEntri dari(AuditLog log) {
            return new AuditEntri(log.getId(), log.getWaktu(), log.getUsername(), log.getKecamatanId(), log.getAksi(),
                    log.getJenisData(), log.getIdData(), log.getNilaiLama(), log.getNilaiBaru());
        }
    }
}
