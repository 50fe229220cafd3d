package id.sipeka.dokumen;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Insert and read only: there is deliberately no update or delete. */
interface ArsipRepository extends Repository<Arsip, Long> {

    Arsip save(Arsip arsip);

    /** Every stored file's path, for the start-up sweep. */
    @Query("select a.berkas from Arsip a")
    List<String> semuaBerkas();

    Optional<Arsip> findByKode(String kode);

    List<Arsip> findByKecamatanIdOrderByIdDesc(long kecamatanId);

    List<Arsip> findByKecamatanIdAndTahunOrderById(long kecamatanId, int tahun);
}

/** Insert and read only, like the archive itself. */
interface LampiranRepository extends Repository<Lampiran, Long> {

    Lampiran save(Lampiran lampiran);

    boolean existsByArsipKode(String arsipKode);

    /** Every stored file's path, for the start-up sweep. */
    @Query("select l.berkas from Lampiran l")
    List<String> semuaBerkas();

    Optional<Lampiran> findByKode(String kode);

    List<Lampiran> findByKecamatanIdOrderByIdDesc(long kecamatanId);

    List<Lampiran> findByKecamatanIdAndTahunOrderById(long kecamatanId, int tahun);
}
