package id.sipeka.evaluasi;

import id.sipeka.audit.AuditService;
import id.sipeka.base.AturanDilanggarException;
import id.sipeka.base.BatasTeks;
import id.sipeka.base.Pesan;
import id.sipeka.base.UlangSaatTabrakan;
import id.sipeka.security.Akses;
import id.sipeka.security.Peran;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checking and signing a quarter: the sekcam verifies a unit's report or returns it with reasons, the camat (or an
 * acting Plt./Plh. camat) signs it or returns it, and when every report is signed the camat signs the recap. Each
 * signature produces, signs and archives the original in the same transaction.
 */
@Service
public class PemeriksaanEvaluasiService {

    private final LaporanBarisRepository barisRepo;
    private final EvaluasiTriwulanRepository evaluasiRepo;
    private final EvaluasiQueryService baca;
    private final LaporanDokumenService dokumenLaporan;
    private final RekapEvaluasiService rekap;
    private final RekapDokumenService dokumenRekap;
    private final Akses akses;
    private final AuditService audit;
    private final ApplicationEventPublisher events;
    private final ProsesEvaluasi proses;
    private final Clock clock;
    private final UlangSaatTabrakan ulang;

    PemeriksaanEvaluasiService(LaporanBarisRepository barisRepo, EvaluasiTriwulanRepository evaluasiRepo,
            EvaluasiQueryService baca, LaporanDokumenService dokumenLaporan, RekapEvaluasiService rekap,
            RekapDokumenService dokumenRekap, Akses akses, AuditService audit, ApplicationEventPublisher events,
            ProsesEvaluasi proses, Clock clock, UlangSaatTabrakan ulang) {
        this.barisRepo = barisRepo;
        this.evaluasiRepo = evaluasiRepo;
        this.baca = baca;
        this.dokumenLaporan = dokumenLaporan;
        this.rekap = rekap;
        this.dokumenRekap = dokumenRekap;
        this.akses = akses;
        this.audit = audit;
        this.events = events;
        this.proses = proses;
        this.clock = clock;
        this.ulang = ulang;
    }

    // ---- the sekcam verifies ----

    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void verifikasi(long laporanId) {
        ulang.jalankan(() -> {
            EvaluasiTriwulan e = bacaUntukLangkah(laporanId);
            LaporanEvaluasi l = baca.bacaLaporan(laporanId);
            akses.wajibPeranDi(Peran.SEKCAM, e.kecamatanId);
            ProsesEvaluasi.Tugas tugas = proses.wajibVerifikasiSekcam(e.id, l.unitKerjaId);
            var saya = akses.pengguna();
            l.verifikasi(saya.getUsername(), saya.nama(), saya.jabatanPada(akses.hariIni()), clock.instant());
            barisRepo.findByLaporanIdOrderByKode(l.id).forEach(b -> b.alasanKembali = null);
            proses.selesaikan(tugas, "diverifikasi", true);
            audit.catat(e.kecamatanId, "VERIFIKASI", "LaporanEvaluasi", l.id, null, null);
            events.publishEvent(new LaporanDiverifikasi(e.kecamatanId, e.id, l.id, l.unitKerjaId));
        });
    }

    /** The sekcam returns a report to its unit: a reason for the report, per row, or both. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void kembalikan(long laporanId, Map<Long, String> alasanPerBaris, String alasan) {
        ulang.jalankan(() -> {
            EvaluasiTriwulan e = bacaUntukLangkah(laporanId);
            LaporanEvaluasi l = baca.bacaLaporan(laporanId);
            akses.wajibPeranDi(Peran.SEKCAM, e.kecamatanId);
            ProsesEvaluasi.Tugas tugas = proses.wajibVerifikasiSekcam(e.id, l.unitKerjaId);
            Map<Long, String> perBaris = new LinkedHashMap<>();
            alasanPerBaris.forEach((id, teks) -> {
                if (teks != null && !teks.isBlank()) {
                    perBaris.put(id, teks.strip());
                }
            });
            if (perBaris.isEmpty() && (alasan == null || alasan.isBlank())) {
                throw new AturanDilanggarException(Pesan.get("evaluasi.alasanWajib"));
            }
            perBaris.values().forEach(a -> BatasTeks.periksa(a, BatasTeks.ALASAN, Pesan.get("pemeriksaanView.alasanBaris")));
            BatasTeks.periksa(alasan, BatasTeks.ALASAN, Pesan.get("pemeriksaanView.alasan"));
            for (LaporanBaris b : barisRepo.findByLaporanIdOrderByKode(l.id)) {
                b.alasanKembali = perBaris.get(b.id);
            }
            l.kembalikan(alasan, !perBaris.isEmpty(), akses.pengguna().getUsername(), clock.instant());
            proses.selesaikan(tugas, "diverifikasi", false);
            String keterangan = (l.alasan() == null ? "" : l.alasan()) + (perBaris.isEmpty() ? "" : " " + perBaris.values());
            audit.catat(e.kecamatanId, "KEMBALIKAN", "LaporanEvaluasi", l.id, null, keterangan.strip());
            events.publishEvent(new LaporanDikembalikan(e.kecamatanId, e.id, l.id, l.unitKerjaId, Peran.SEKCAM,
                    keterangan.strip()));
        });
    }

    // ---- the camat signs ----

    /** The camat (or an acting Plt./Plh. camat) signs a verified report; from now on nothing in it changes. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void tandaTangani(long laporanId, String tempat, LocalDate tanggal) {
        ulang.jalankan(() -> {
            EvaluasiTriwulan e = bacaUntukLangkah(laporanId);
            LaporanEvaluasi l = baca.bacaLaporan(laporanId);
            akses.wajibPeranDi(Peran.CAMAT, e.kecamatanId);
            ProsesEvaluasi.Tugas tugas = proses.wajibTandaTanganCamat(e.id, l.unitKerjaId);
            BatasTeks.periksa(tempat, BatasTeks.LOKASI, Pesan.get("tandaTanganDialog.tempat"));
            if (tempat == null || tempat.isBlank() || tanggal == null) {
                throw new AturanDilanggarException(Pesan.get("validasi.wajibIsi", "Tempat dan tanggal"));
            }
            var saya = akses.pengguna();
            l.tandaTangani(saya.nama(), saya.jabatanPada(akses.hariIni()), tempat.strip(), tanggal, clock.instant());
            // the signed original is produced, signed and archived in this transaction: never signed without it
            l.arsipkan(dokumenLaporan.terbitkan(l.id, l.tempat, tanggal));
            proses.selesaikan(tugas, "ditandatangani", true);
            audit.catat(e.kecamatanId, "TANDA_TANGAN", "LaporanEvaluasi", l.id, null, l.penandatanganJabatan + " | dokumen " + l.arsipKode);
            events.publishEvent(new LaporanDitandatangani(e.kecamatanId, e.id, l.id, l.unitKerjaId));
        });
    }

    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void kembalikanOlehCamat(long laporanId, String alasan) {
        ulang.jalankan(() -> {
            EvaluasiTriwulan e = bacaUntukLangkah(laporanId);
            LaporanEvaluasi l = baca.bacaLaporan(laporanId);
            akses.wajibPeranDi(Peran.CAMAT, e.kecamatanId);
            ProsesEvaluasi.Tugas tugas = proses.wajibTandaTanganCamat(e.id, l.unitKerjaId);
            if (alasan == null || alasan.isBlank()) {
                throw new AturanDilanggarException(Pesan.get("evaluasi.alasanWajib"));
            }
            BatasTeks.periksa(alasan, BatasTeks.ALASAN, Pesan.get("pemeriksaanView.alasan"));
            l.kembalikan(alasan, false, akses.pengguna().getUsername(), clock.instant());
            proses.selesaikan(tugas, "ditandatangani", false);
            audit.catat(e.kecamatanId, "KEMBALIKAN", "LaporanEvaluasi", l.id, null, l.alasan());
            events.publishEvent(new LaporanDikembalikan(e.kecamatanId, e.id, l.id, l.unitKerjaId, Peran.CAMAT, l.alasan()));
        });
    }

    // ---- called by the process ----

    /** All units signed: the recap is ready for the camat (service task {@code susunRekap}). */
    public void rekapSiap(long evaluasiId) {
        akses.wajibSistem();
        EvaluasiTriwulan e = evaluasiRepo.findById(evaluasiId).orElseThrow();
        e.rekapSiap();
        events.publishEvent(new RekapDisusun(e.kecamatanId, e.id));
    }

    /**
     * The camat signs the quarter's recap. In the same transaction: after TW IV "evaluasi tahun N" is stored, and
     * the recap (at TW IV also the year's evaluation) is produced once as a PDF, signed with the camat's key and
     * archived — a recap is never signed without its signed original.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void tandaTanganiRekap(long evaluasiId, String tempat, LocalDate tanggal) {
        ulang.jalankan(() -> {
            EvaluasiTriwulan e = baca.bacaUntukLangkah(evaluasiId);
            akses.wajibPeranDi(Peran.CAMAT, e.kecamatanId);
            ProsesEvaluasi.Tugas tugas = proses.wajibTandaTanganRekap(e.id, e.kecamatanId);
            BatasTeks.periksa(tempat, BatasTeks.LOKASI, Pesan.get("tandaTanganDialog.tempat"));
            if (tempat == null || tempat.isBlank() || tanggal == null) {
                throw new AturanDilanggarException(Pesan.get("validasi.wajibIsi", "Tempat dan tanggal"));
            }
            var saya = akses.pengguna();
            e.tandaTanganiRekap(tempat.strip(), tanggal, saya.getUsername(), saya.nama(), saya.jabatanPada(akses.hariIni()));
            proses.selesaikan(tugas);
            audit.catat(e.kecamatanId, "TANDA_TANGAN", "RekapEvaluasi", e.id, null, e.rekapJabatan);
            if (e.triwulan == 4) {
                rekap.simpanTahunan(e.kecamatanId, e.tahun, e.renjaId);
            }
            String rekapArsip = dokumenRekap.terbitkan(e.id, false, e.rekapTempat, tanggal);
            e.arsipkan(rekapArsip, e.triwulan == 4 ? dokumenRekap.terbitkan(e.id, true, e.rekapTempat, tanggal) : null);
            events.publishEvent(new RekapDitandatangani(e.kecamatanId, e.id));
        });
    }

    private EvaluasiTriwulan bacaUntukLangkah(long laporanId) {
        return baca.bacaUntukLangkah(baca.evaluasiDari(laporanId));
    }
}
