package id.sipeka.evaluasi;

import id.sipeka.base.FormatIndonesia;
import id.sipeka.base.Pesan;
import id.sipeka.inbox.JudulTugas;
import id.sipeka.organisasi.OrganisasiService;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * "Laporan evaluasi TW III 2026 — Seksi Pelayanan Umum" for the tasks on one unit's report (filling, verification,
 * signature: the per-unit sub process holds {@code unitId}), "Rekap evaluasi TW III 2026" for the recap.
 */
@Component
class JudulTugasEvaluasi implements JudulTugas {

    private final EvaluasiTriwulanRepository evaluasiRepo;
    private final OrganisasiService organisasi;

    JudulTugasEvaluasi(EvaluasiTriwulanRepository evaluasiRepo, OrganisasiService organisasi) {
        this.evaluasiRepo = evaluasiRepo;
        this.organisasi = organisasi;
    }

    @Override
    public String prosesKey() {
        return ProsesEvaluasi.KUNCI;
    }

    @Override
    public String namaProses() {
        return Pesan.get("inbox.prosesEvaluasi");
    }

    @Override
    public Map<String, String> judul(List<TugasProses> tugas) {
        List<Long> ids = tugas.stream().map(TugasProses::kunciAngka).filter(Objects::nonNull).distinct().toList();
        Map<Long, EvaluasiTriwulan> evaluasi = evaluasiRepo.findAllById(ids).stream()
                .collect(Collectors.toMap(e -> e.id, Function.identity()));
        Map<Long, Map<Long, String>> unitPerKecamatan = new HashMap<>();
        Map<String, String> hasil = new HashMap<>();
        for (TugasProses t : tugas) {
            EvaluasiTriwulan e = evaluasi.get(t.kunciAngka());
            if (e == null) {
                continue;
            }
            String tw = FormatIndonesia.triwulan(e.triwulan);
            Long unitId = t.angka("unitId");
            if (unitId == null) {
                hasil.put(t.tugasId(), Pesan.get("inbox.judulRekapEvaluasi", tw, e.tahun));
                continue;
            }
            String judul = Pesan.get("inbox.judulLaporanEvaluasi", tw, e.tahun);
            String unit = unitPerKecamatan.computeIfAbsent(e.kecamatanId, organisasi::namaUnit).get(unitId);
            hasil.put(t.tugasId(), JudulTugas.denganUnit(judul, unit));
        }
        return hasil;
    }

}
