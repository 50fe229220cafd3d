package id.sipeka.evaluasi;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface LkjipRepository extends JpaRepository<Lkjip, Long> {
    Optional<Lkjip> findByKecamatanIdAndTahun(Long kecamatanId, int tahun);
}

interface LkjipNarasiRepository extends JpaRepository<LkjipNarasi, Long> {
    List<LkjipNarasi> findByLkjipId(Long lkjipId);
}
