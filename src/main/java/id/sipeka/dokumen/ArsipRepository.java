package id.sipeka.dokumen;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

/** Insert and read only: there is deliberately no update or delete. */
interface ArsipRepository extends Repository<Arsip, Long> {

    Arsip save(Arsip arsip);

    Optional<Arsip> findByKode(String kode);

    List<Arsip> findByKecamatanIdOrderByIdDesc(long kecamatanId);

    List<Arsip> findByKecamatanIdAndTahunOrderById(long kecamatanId, int tahun);
}

/** Insert and read only, like the archive itself. */
interface LampiranRepository extends Repository<Lampiran, Long> {

    Lampiran save(Lampiran lampiran);

    Optional<Lampiran> findByKode(String kode);

    List<Lampiran> findByKecamatanIdOrderByIdDesc(long kecamatanId);

    List<Lampiran> findByKecamatanIdAndTahunOrderById(long kecamatanId, int tahun);
}
