package id.sipeka.evaluasi;

import id.sipeka.base.Pesan;
import id.sipeka.inbox.JudulTugas;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** "LKjIP 2026" for the tasks on a kecamatan's LKjIP; they open the LKjIP screen at that year ("lkjip/2026"). */
@Component
class JudulTugasLkjip implements JudulTugas {

    @Override
    public String prosesKey() {
        return ProsesLkjip.KUNCI;
    }

    @Override
    public String namaProses() {
        return Pesan.get("inbox.prosesLkjip");
    }

    @Override
    public Map<String, String> judul(List<TugasProses> tugas) {
        Map<String, String> hasil = new HashMap<>();
        for (TugasProses t : tugas) {
            Long tahun = t.angka("tahun");
            if (tahun != null) {
                hasil.put(t.tugasId(), Pesan.get("inbox.judulLkjip", tahun));
            }
        }
        return hasil;
    }

    @Override
    public String rute(TugasProses tugas, String formKey) {
        Long tahun = tugas.angka("tahun");
        return tahun == null ? formKey : formKey + "/" + tahun;
    }
}
