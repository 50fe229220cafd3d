package id.sipeka.evaluasi;

import id.sipeka.base.Pesan;
import id.sipeka.inbox.JudulTugas;
import id.sipeka.organisasi.OrganisasiService;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * "Rencana aksi 2026 — Seksi Pelayanan Umum" for the tasks on one unit's rencana aksi; they open the Renja's rencana
 * aksi screen ("renja/12/rencana-aksi": the business key is the rencana aksi's own id, the route needs its Renja).
 */
@Component
class JudulTugasRencanaAksi implements JudulTugas {

    private final RencanaAksiUnitRepository unitRepo;
    private final OrganisasiService organisasi;

    JudulTugasRencanaAksi(RencanaAksiUnitRepository unitRepo, OrganisasiService organisasi) {
        this.unitRepo = unitRepo;
        this.organisasi = organisasi;
    }

    @Override
    public String prosesKey() {
        return ProsesRencanaAksi.KUNCI;
    }

    @Override
    public String namaProses() {
        return Pesan.get("inbox.prosesRencanaAksi");
    }

    @Override
    public Map<String, String> judul(List<TugasProses> tugas) {
        Map<Long, Map<Long, String>> unitPerKecamatan = new HashMap<>();
        Map<String, String> hasil = new HashMap<>();
        for (TugasProses t : tugas) {
            Long kecamatanId = t.angka("kecamatanId");
            Long unitId = t.angka("unitId");
            Long tahun = t.angka("tahun");
            if (kecamatanId == null || unitId == null || tahun == null) {
                continue;
            }
            String judul = Pesan.get("inbox.judulRencanaAksi", tahun);
            String unit = unitPerKecamatan.computeIfAbsent(kecamatanId, organisasi::namaUnit).get(unitId);
            hasil.put(t.tugasId(), JudulTugas.denganUnit(judul, unit));
        }
        return hasil;
    }

    @Override
    public String rute(TugasProses tugas, String formKey) {
        Long renjaId = tugas.angka("renjaId");
        return renjaId == null ? null : "renja/" + renjaId + "/rencana-aksi";
    }
}
