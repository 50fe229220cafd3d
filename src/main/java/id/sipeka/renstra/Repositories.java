package id.sipeka.renstra;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface RenstraRepository extends JpaRepository<Renstra, Long> {
    /** The version in force of every period of the kecamatan, newest period first. */
    List<Renstra> findByKecamatanIdAndBerlakuTrueOrderByTahunAwalDesc(Long kecamatanId);

    /** The version in force of the period. */
    Optional<Renstra> findByKecamatanIdAndTahunAwalAndBerlakuTrue(Long kecamatanId, int tahunAwal);

    /** Every version of the period, the original first. */
    List<Renstra> findByKecamatanIdAndTahunAwalOrderByPerubahanKe(Long kecamatanId, int tahunAwal);

    /** The version in force, locked until the transaction ends (an import applies over exactly what it compared with). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from Renstra r where r.kecamatanId = :kecamatanId and r.tahunAwal = :tahunAwal and r.berlaku = true")
    Optional<Renstra> findForUpdateBerlaku(@Param("kecamatanId") Long kecamatanId, @Param("tahunAwal") int tahunAwal);

    List<Renstra> findByKecamatanIdInAndBerlakuTrueOrderByTahunAwalDesc(Collection<Long> kecamatanIds);

    /** Every version of these kecamatan's Renstra, the latest period first and within it the newest version first. */
    List<Renstra> findByKecamatanIdInOrderByTahunAwalDescPerubahanKeDesc(Collection<Long> kecamatanIds);
}

interface NomenklaturRepository extends JpaRepository<Nomenklatur, Long> {
    List<Nomenklatur> findByRenstraIdOrderByUrutan(Long renstraId);

    /** The tree of several Renstra without their yearly values: id, parent, level, kode, nama, kind, polarity. */
    @Query("select n.id, n.parentId, n.tingkat, n.kode, n.nama, n.jenis, n.polaritas, n.renstraId from Nomenklatur n"
            + " where n.renstraId in :renstraIds")
    List<Object[]> pohonTanpaNilai(@Param("renstraIds") Collection<Long> renstraIds);

    /**
     * The further indicators of several Renstra's rows with their target of one year: row id, urutan, indicator,
     * satuan, polarity, kind, target (null when that year has none); by row and urutan.
     */
    @Query("select n.id, i.urutan, i.indikator, i.satuan, i.polaritas, i.jenis, value(t) from Nomenklatur n"
            + " join n.indikatorLain i left join i.target t on key(t) = :tahun"
            + " where n.renstraId in :renstraIds order by n.id, i.urutan")
    List<Object[]> indikatorLainTahun(@Param("renstraIds") Collection<Long> renstraIds, @Param("tahun") int tahun);

    /**
     * Years stored with neither target nor pagu. Hibernate reads such a row back as no entry at all (an embeddable
     * whose columns are all null is null), so it would never delete it and a re-import would insert the year again
     * (uk_nomenklatur_tahun). Imports no longer store them; this removes those an earlier import left.
     */
    @Modifying
    @Query(value = "DELETE FROM nomenklatur_tahun WHERE target IS NULL AND pagu IS NULL"
            + " AND nomenklatur_id IN (SELECT id FROM nomenklatur WHERE renstra_id = :renstraId)", nativeQuery = true)
    int hapusTahunKosong(@Param("renstraId") long renstraId);
}

interface TujuanSasaranRepository extends JpaRepository<TujuanSasaran, Long> {
    List<TujuanSasaran> findByRenstraIdOrderByUrutan(Long renstraId);
}

interface SumberDanaRepository extends JpaRepository<SumberDana, Long> {
    List<SumberDana> findAllByOrderByUrutanAscKodeAsc();

    Optional<SumberDana> findByKodeIgnoreCase(String kode);
}

interface AktivitasRenstraRepository extends JpaRepository<AktivitasRenstra, Long> {
    @Query("select a from AktivitasRenstra a where a.nomenklaturId in"
            + " (select n.id from Nomenklatur n where n.renstraId = :renstraId) order by a.urutan")
    List<AktivitasRenstra> milikRenstra(@Param("renstraId") long renstraId);

    boolean existsByNomenklaturId(Long nomenklaturId);
}
