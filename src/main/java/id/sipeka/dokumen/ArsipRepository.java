package id.sipeka.dokumen;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

/** Insert and read only: there is deliberately no update or delete. */
interface ArsipRepository extends Repository<Arsip, Long> {

    Arsip save(Arsip arsip);

    Optional<Arsip> findByKode(String kode);

    List<Arsip> findByKecamatanIdOrderByIdDesc(long kecamatanId);
}
