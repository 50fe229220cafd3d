package id.sipeka.renja;

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

/** "Renja 2027" / "Renja Perubahan 2026" in "Tugas Saya", with the unit's name for a unit's section. */
@Component
class JudulTugasRenja implements JudulTugas {

    private final RenjaRepository renjaRepo;
    private final OrganisasiService organisasi;

    JudulTugasRenja(RenjaRepository renjaRepo, OrganisasiService organisasi) {
        this.renjaRepo = renjaRepo;
        this.organisasi = organisasi;
    }

    @Override
    public String prosesKey() {
        return ProsesRenja.PROSES;
    }

    @Override
    public String namaProses() {
        return Pesan.get("inbox.prosesRenja");
    }

    @Override
    public Map<String, String> judul(List<TugasProses> tugas) {
        List<Long> ids = tugas.stream().map(TugasProses::kunciAngka).filter(Objects::nonNull).distinct().toList();
        Map<Long, Renja> renja = renjaRepo.findAllById(ids).stream().collect(Collectors.toMap(r -> r.id, Function.identity()));
        Map<Long, Map<Long, String>> unitPerKecamatan = new HashMap<>();
        Map<String, String> hasil = new HashMap<>();
        for (TugasProses t : tugas) {
            Renja r = renja.get(t.kunciAngka());
            if (r == null) {
                continue;
            }
            String judul = Pesan.get(r.jenis == JenisRenja.PERUBAHAN ? "inbox.judulRenjaPerubahan" : "inbox.judulRenja", r.tahun);
            Long unitId = t.angka("unitId");
            String unit = unitId == null ? null : unitPerKecamatan.computeIfAbsent(r.kecamatanId, organisasi::namaUnit).get(unitId);
            hasil.put(t.tugasId(), JudulTugas.denganUnit(judul, unit));
        }
        return hasil;
    }

}
