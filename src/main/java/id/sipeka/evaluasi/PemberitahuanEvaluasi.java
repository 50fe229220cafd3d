package id.sipeka.evaluasi;

import id.sipeka.base.BatasTeks;
import id.sipeka.base.FormatIndonesia;
import id.sipeka.base.LangkahSelesai;
import id.sipeka.base.Pesan;
import id.sipeka.notifikasi.Pemberitahu;
import id.sipeka.notifikasi.Pemberitahuan;
import id.sipeka.security.Peran;
import id.sipeka.security.SistemAuthentication;
import java.util.List;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Who hears about a step of the quarterly evaluation, after it committed: each step marks what waited on its document
 * done (the unit's "isi laporan" once it is submitted, the camat's "rekap siap" once it is signed) and tells whoever
 * acts next. Runs on a background thread as the system; the publication registry keeps an event until it is done.
 */
@Component
class PemberitahuanEvaluasi {

    private final EvaluasiTriwulanRepository evaluasiRepo;
    private final LaporanEvaluasiRepository laporanRepo;
    private final SumberRenja sumber;
    private final Pemberitahu pemberitahu;

    PemberitahuanEvaluasi(EvaluasiTriwulanRepository evaluasiRepo, LaporanEvaluasiRepository laporanRepo,
            SumberRenja sumber, Pemberitahu pemberitahu) {
        this.evaluasiRepo = evaluasiRepo;
        this.laporanRepo = laporanRepo;
        this.sumber = sumber;
        this.pemberitahu = pemberitahu;
    }

    /** Every unit head: the unit's report is to be filled by the deadline. */
    @ApplicationModuleListener
    void dimulai(EvaluasiDimulai langkah) {
        kirim(langkah, () -> {
            EvaluasiTriwulan e = evaluasi(langkah.evaluasiId());
            return laporanRepo.findByEvaluasiIdOrderByUnitKerjaId(e.id).stream()
                    .map(l -> new Pemberitahuan(e.kecamatanId, Peran.KEPALA_UNIT, l.unitKerjaId, "TUGAS",
                            Pesan.get("evaluasi.tugasJudul", FormatIndonesia.triwulan(e.triwulan), e.tahun),
                            Pesan.get("evaluasi.tugasPesan", FormatIndonesia.tanggal(e.batas)), laporan(e), "laporan:" + l.id))
                    .toList();
        });
    }

    /** The sekcam: a unit's report waits for verification. */
    @ApplicationModuleListener
    void diajukan(LaporanDiajukan langkah) {
        kirim(langkah, () -> {
            EvaluasiTriwulan e = evaluasi(langkah.evaluasiId());
            return List.of(new Pemberitahuan(e.kecamatanId, Peran.SEKCAM, null, "TUGAS",
                    Pesan.get("evaluasi.verifikasiJudul", FormatIndonesia.triwulan(e.triwulan)),
                    Pesan.get("evaluasi.verifikasiPesan", sumber.namaUnit(e.kecamatanId).get(langkah.unitKerjaId())),
                    "evaluasi/" + e.id + "/verifikasi", langkah.subjek()));
        });
    }

    /** Nobody new: the camat finds the verified report in "Tugas Saya"; what waited on it is done. */
    @ApplicationModuleListener
    void diverifikasi(LaporanDiverifikasi langkah) {
        kirim(langkah, List::of);
    }

    /** The unit head: the report is back with reasons. */
    @ApplicationModuleListener
    void dikembalikan(LaporanDikembalikan langkah) {
        kirim(langkah, () -> {
            EvaluasiTriwulan e = evaluasi(langkah.evaluasiId());
            return List.of(new Pemberitahuan(e.kecamatanId, Peran.KEPALA_UNIT, langkah.unitKerjaId(), "DIKEMBALIKAN",
                    Pesan.get("evaluasi.dikembalikanJudul", FormatIndonesia.triwulan(e.triwulan)),
                    BatasTeks.potong(langkah.alasan(), BatasTeks.ALASAN), // notifikasi.pesan VARCHAR(2000)
                    laporan(e), langkah.subjek()));
        });
    }

    @ApplicationModuleListener
    void ditandatangani(LaporanDitandatangani langkah) {
        kirim(langkah, List::of);
    }

    /** The camat: every report is signed, the recap waits for the signature. */
    @ApplicationModuleListener
    void rekapDisusun(RekapDisusun langkah) {
        kirim(langkah, () -> {
            EvaluasiTriwulan e = evaluasi(langkah.evaluasiId());
            return List.of(new Pemberitahuan(e.kecamatanId, Peran.CAMAT, null, "TUGAS",
                    Pesan.get("evaluasi.rekapJudul", FormatIndonesia.triwulan(e.triwulan), e.tahun),
                    Pesan.get("evaluasi.rekapPesan"), "evaluasi/" + e.id + "/rekap", langkah.subjek()));
        });
    }

    @ApplicationModuleListener
    void rekapDitandatangani(RekapDitandatangani langkah) {
        kirim(langkah, List::of);
    }

    /**
     * A unit's rencana aksi moved on: nothing new is sent (the next actor finds the task in "Tugas Saya"), but what
     * waited on it is done.
     */
    @ApplicationModuleListener
    void rencanaAksiDiajukan(RencanaAksiDiajukan langkah) {
        kirim(langkah, List::of);
    }

    @ApplicationModuleListener
    void rencanaAksiDisetujui(RencanaAksiDisetujui langkah) {
        kirim(langkah, List::of);
    }

    @ApplicationModuleListener
    void rencanaAksiDikembalikan(RencanaAksiDikembalikan langkah) {
        kirim(langkah, List::of);
    }

    private void kirim(LangkahSelesai langkah, java.util.function.Supplier<List<Pemberitahuan>> berikutnya) {
        SistemAuthentication.jalankan(() -> pemberitahu.langkahSelesai(langkah, berikutnya.get()));
    }

    private EvaluasiTriwulan evaluasi(long evaluasiId) {
        return evaluasiRepo.findById(evaluasiId).orElseThrow();
    }

    private static String laporan(EvaluasiTriwulan e) {
        return "evaluasi/" + e.id + "/laporan";
    }
}
