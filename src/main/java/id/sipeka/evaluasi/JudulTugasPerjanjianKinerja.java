package id.sipeka.evaluasi;

import id.sipeka.base.Pesan;
import id.sipeka.inbox.JudulTugas;
import id.sipeka.inbox.JudulTugas.TugasProses;
import id.sipeka.organisasi.OrganisasiService;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * "Tanda tangan PK 2026 — Seksi Pemerintahan" for the camat's countersignature of a unit's Perjanjian Kinerja; it opens
 * the Renja's rencana aksi screen, whose PK tab lists the PK waiting for the camat.
 */
@Component
class JudulTugasPerjanjianKinerja implements JudulTugas {

    private final OrganisasiService organisasi;

    JudulTugasPerjanjianKinerja(OrganisasiService organisasi) {
        this.organisasi = organisasi;
    }

    @Override
    public String prosesKey() {
        return ProsesPerjanjianKinerja.KUNCI;
    }

    @Override
    public String namaProses() {
        return Pesan.get("inbox.prosesPerjanjianKinerja");
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
            String unit = unitPerKecamatan.computeIfAbsent(kecamatanId, organisasi::namaUnit).get(unitId);
            hasil.put(t.tugasId(), JudulTugas.denganUnit(Pesan.get("inbox.judulPerjanjianKinerja", tahun), unit));
        }
        return hasil;
    }

    @Override
    public String rute(TugasProses tugas, String formKey) {
        Long renjaId = tugas.angka("renjaId");
        return renjaId == null ? null : "renja/" + renjaId + "/rencana-aksi";
    }
}
