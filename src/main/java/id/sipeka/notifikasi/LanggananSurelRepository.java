package id.sipeka.notifikasi;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface LanggananSurelRepository extends JpaRepository<LanggananSurel, String> {

    List<LanggananSurel> findByKecamatanIdAndCara(Long kecamatanId, CaraSurel cara);

    List<LanggananSurel> findByCara(CaraSurel cara);

    List<LanggananSurel> findByKecamatanIdAndNomorWaIsNotNull(Long kecamatanId);
}
