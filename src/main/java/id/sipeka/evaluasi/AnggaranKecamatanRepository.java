package id.sipeka.evaluasi;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AnggaranKecamatanRepository extends JpaRepository<AnggaranKecamatan, Long> {

    List<AnggaranKecamatan> findByKecamatanIdAndTahun(Long kecamatanId, int tahun);
}
