package id.sipeka.evaluasi;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SkalaPredikatRepository extends JpaRepository<SkalaPredikatKabupaten, Long> {

    Optional<SkalaPredikatKabupaten> findByKabupatenId(Long kabupatenId);
}
