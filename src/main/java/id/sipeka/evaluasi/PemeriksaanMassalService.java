package id.sipeka.evaluasi;

import id.sipeka.base.DataTidakDitemukanException;
import id.sipeka.security.Akses;
import id.sipeka.security.Peran;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Several reports of one quarter in one action: the sekcam verifies, the camat signs. Each report goes through its own
 * step (its own transaction, its own document and signature), so one that is refused leaves the others signed and
 * itself untouched — never half-signed; the answer says, per report, what happened.
 */
@Service
public class PemeriksaanMassalService {

    private final PemeriksaanEvaluasiService pemeriksaan;
    private final EvaluasiTriwulanRepository evaluasiRepo;
    private final LaporanEvaluasiRepository laporanRepo;
    private final Akses akses;

    PemeriksaanMassalService(PemeriksaanEvaluasiService pemeriksaan, EvaluasiTriwulanRepository evaluasiRepo,
            LaporanEvaluasiRepository laporanRepo, Akses akses) {
        this.pemeriksaan = pemeriksaan;
        this.evaluasiRepo = evaluasiRepo;
        this.laporanRepo = laporanRepo;
        this.akses = akses;
    }

    /** The sekcam verifies these reports of the quarter, each on its own. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public List<HasilLangkah> verifikasi(long evaluasiId, List<Long> laporanIds) {
        wajib(evaluasiId, Peran.SEKCAM);
        return untukSetiap(evaluasiId, laporanIds, pemeriksaan::verifikasi);
    }

    /** The camat signs these verified reports of the quarter with one place and date, each on its own. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public List<HasilLangkah> tandaTangani(long evaluasiId, List<Long> laporanIds, String tempat, LocalDate tanggal) {
        wajib(evaluasiId, Peran.CAMAT);
        return untukSetiap(evaluasiId, laporanIds, id -> pemeriksaan.tandaTangani(id, tempat, tanggal));
    }

    private void wajib(long evaluasiId, Peran peran) {
        EvaluasiTriwulan e = evaluasiRepo.findById(evaluasiId).orElseThrow(DataTidakDitemukanException::new);
        akses.wajibPeranDi(peran, e.kecamatanId);
    }

    private List<HasilLangkah> untukSetiap(long evaluasiId, List<Long> laporanIds, LongConsumer langkah) {
        List<HasilLangkah> hasil = new ArrayList<>();
        for (long id : laporanIds) {
            boolean dariTriwulanIni = laporanRepo.findById(id).filter(l -> l.evaluasiId == evaluasiId).isPresent();
            try {
                if (!dariTriwulanIni) {
                    throw new DataTidakDitemukanException();
                }
                langkah.accept(id);
                hasil.add(new HasilLangkah(id, null));
            } catch (RuntimeException gagal) {
                // that report's step rolled back on its own; the ones before it stay done, the next ones still run
                hasil.add(new HasilLangkah(id, gagal));
            }
        }
        return hasil;
    }

    /** What happened to one report: done ({@code galat} null), or refused — the screen says why in Indonesian. */
    public record HasilLangkah(long laporanId, RuntimeException galat) {

        public boolean berhasil() {
            return galat == null;
        }
    }
}
