package id.sipeka.renja;

import java.util.List;
import java.util.Optional;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface RenjaRepository extends JpaRepository<Renja, Long> {
    List<Renja> findByKecamatanIdOrderByTahunDescIdDesc(Long kecamatanId);

    /** SELECT … FOR UPDATE: serialises the steps of one Renja (see RenjaStore#bacaUntukLangkah). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from Renja r where r.id = :id")
    Optional<Renja> kunci(@Param("id") Long id);
}

interface RenjaBarisRepository extends JpaRepository<RenjaBaris, Long> {
    List<RenjaBaris> findByRenjaIdOrderByKode(Long renjaId);

    List<RenjaBaris> findByRenjaIdAndUnitKerjaIdOrderByKode(Long renjaId, Long unitKerjaId);
}

interface RenjaBagianRepository extends JpaRepository<RenjaBagian, Long> {
    List<RenjaBagian> findByRenjaId(Long renjaId);

    Optional<RenjaBagian> findByRenjaIdAndUnitKerjaId(Long renjaId, Long unitKerjaId);
}

interface RenjaNarasiRepository extends JpaRepository<RenjaNarasi, Long> {
    List<RenjaNarasi> findByRenjaIdOrderByKode(Long renjaId);
}

interface RenjaUsulanRepository extends JpaRepository<RenjaUsulan, Long> {
    List<RenjaUsulan> findByRenjaIdOrderById(Long renjaId);
}

interface RenjaVersiRepository extends JpaRepository<RenjaVersi, Long> {
    List<RenjaVersi> findByRenjaIdOrderByNomor(Long renjaId);

    long countByRenjaId(Long renjaId);
}

interface RenjaPeristiwaRepository extends JpaRepository<RenjaPeristiwa, Long> {
    List<RenjaPeristiwa> findByRenjaIdOrderByWaktuAscIdAsc(Long renjaId);
}
