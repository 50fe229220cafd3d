package id.sipeka.kalender;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface HariLiburRepository extends JpaRepository<HariLibur, Long> {

    List<HariLibur> findByTanggalBetweenOrderByTanggal(LocalDate dari, LocalDate sampai);

    Optional<HariLibur> findByTanggal(LocalDate tanggal);
}
