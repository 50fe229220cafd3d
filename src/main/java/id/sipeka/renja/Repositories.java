package id.sipeka.renja;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface RenjaRepository extends JpaRepository<Renja, Long> {
    List<Renja> findByKecamatanIdOrderByTahunDescIdDesc(Long kecamatanId);

    List<Renja> findByRenstraIdOrderByTahunAscIdAsc(Long renstraId);

    List<Renja> findByKecamatanIdInAndTahunInOrderById(Collection<Long> kecamatanIds, Collection<Integer> tahun);

    long countByKecamatanIdAndTahunAndJenisAndIdLessThanEqual(Long kecamatanId, int tahun, JenisRenja jenis, Long id);

    /**
     * 1 for the Renja of a year; a perubahan counts the perubahan of its year opened up to it, so the first is 2, the
     * second 3, … — also for perubahan opened side by side from one Renja before that was refused.
     */
    default int versi(Renja r) {
        return r.jenis == JenisRenja.PERUBAHAN
                ? 1 + (int) countByKecamatanIdAndTahunAndJenisAndIdLessThanEqual(r.kecamatanId, r.tahun, JenisRenja.PERUBAHAN, r.id)
                : 1;
    }

    /** SELECT … FOR UPDATE: serialises the steps of one Renja (see RenjaStore#bacaUntukLangkah). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from Renja r where r.id = :id")
    Optional<Renja> kunci(@Param("id") Long id);
}

interface RenjaBarisRepository extends JpaRepository<RenjaBaris, Long> {
    /** A row locked until the transaction ends: two users adding an Aktivitas to it take turns (next code, pagu sum). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select b from RenjaBaris b where b.id = :id")
    Optional<RenjaBaris> findForUpdate(@Param("id") long id);

    List<RenjaBaris> findByRenjaIdOrderByKode(Long renjaId);

    List<RenjaBaris> findByRenjaIdInOrderByRenjaIdAscKodeAsc(Collection<Long> renjaIds);

    /** The rows of many Renja as values only (the kabupaten's dashboard): nothing for Hibernate to manage. */
    @Query("""
            select new id.sipeka.renja.RenjaData$SasaranBaris(b.renjaId, b.kode, b.unitKerjaId, b.indikator, b.satuan,
                   b.target, b.pagu, b.sumberDana)
              from RenjaBaris b where b.renjaId in :renjaIds order by b.renjaId, b.kode""")
    List<RenjaData.SasaranBaris> sasaranBaris(@Param("renjaIds") Collection<Long> renjaIds);

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

interface RenjaAktivitasRepository extends JpaRepository<RenjaAktivitas, Long> {
    List<RenjaAktivitas> findByRenjaBarisIdOrderByUrutanAscIdAsc(Long renjaBarisId);

    List<RenjaAktivitas> findByRenjaBarisIdInOrderByUrutanAscIdAsc(Collection<Long> renjaBarisIds);
}

interface RenjaBarisIndikatorRepository extends JpaRepository<RenjaBarisIndikator, Long> {
    List<RenjaBarisIndikator> findByRenjaBarisIdOrderByUrutan(Long renjaBarisId);

    List<RenjaBarisIndikator> findByRenjaBarisIdInOrderByRenjaBarisIdAscUrutanAsc(Collection<Long> renjaBarisIds);
}
