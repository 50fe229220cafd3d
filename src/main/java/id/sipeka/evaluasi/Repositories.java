package id.sipeka.evaluasi;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface RencanaAksiRepository extends JpaRepository<RencanaAksi, Long> {
    List<RencanaAksi> findByRenjaIdOrderByKode(Long renjaId);

    List<RencanaAksi> findByRenjaIdIn(Collection<Long> renjaIds);

    /** The quarter targets of many Renja as values (the kabupaten's dashboard): nothing for Hibernate to manage. */
    @Query("""
            select new id.sipeka.evaluasi.RencanaAksi(r.renjaId, r.kode, r.unitKerjaId, r.target1, r.target2, r.target3,
                   r.target4, r.rp1, r.rp2, r.rp3, r.rp4)
              from RencanaAksi r where r.renjaId in :renjaIds""")
    List<RencanaAksi> target(@Param("renjaIds") Collection<Long> renjaIds);

    /** The further indicators' quarter targets of many Renja (the kabupaten's dashboard): renja id, kode, urutan, targets. */
    @Query("select r.renjaId, r.kode, key(t), value(t) from RencanaAksi r join r.targetLain t where r.renjaId in :renjaIds")
    List<Object[]> targetLain(@Param("renjaIds") Collection<Long> renjaIds);

    List<RencanaAksi> findByRenjaIdAndUnitKerjaIdOrderByKode(Long renjaId, Long unitKerjaId);
}

interface RencanaAksiUnitRepository extends JpaRepository<RencanaAksiUnit, Long> {
    List<RencanaAksiUnit> findByRenjaIdOrderByUnitKerjaId(Long renjaId);

    Optional<RencanaAksiUnit> findByRenjaIdAndUnitKerjaId(Long renjaId, Long unitKerjaId);
}

interface PerjanjianKinerjaRepository extends JpaRepository<PerjanjianKinerja, Long> {
    Optional<PerjanjianKinerja> findByRenjaIdAndUnitKerjaId(Long renjaId, Long unitKerjaId);

    List<PerjanjianKinerja> findByRenjaId(Long renjaId);
}

interface EvaluasiTriwulanRepository extends JpaRepository<EvaluasiTriwulan, Long> {
    List<EvaluasiTriwulan> findByKecamatanIdAndTahunOrderByTriwulan(Long kecamatanId, int tahun);

    List<EvaluasiTriwulan> findByKecamatanIdInAndTahunOrderByTriwulan(Collection<Long> kecamatanIds, int tahun);

    List<EvaluasiTriwulan> findByKecamatanIdOrderByTahunDescTriwulanDesc(Long kecamatanId);

    Optional<EvaluasiTriwulan> findByKecamatanIdAndTahunAndTriwulan(Long kecamatanId, int tahun, int triwulan);

    /** SELECT … FOR UPDATE: steps of one quarter run one after another (see EvaluasiQueryService#bacaUntukLangkah). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from EvaluasiTriwulan e where e.id = :id")
    Optional<EvaluasiTriwulan> kunci(@Param("id") Long id);
}

interface LaporanEvaluasiRepository extends JpaRepository<LaporanEvaluasi, Long> {
    List<LaporanEvaluasi> findByEvaluasiIdOrderByUnitKerjaId(Long evaluasiId);

    List<LaporanEvaluasi> findByEvaluasiIdIn(Collection<Long> evaluasiIds);

    /**
     * Where every report of these kecamatan's year stands, as values without their names and places (the kabupaten's
     * dashboard: over a thousand reports, nothing for Hibernate to manage).
     */
    @Query("""
            select new id.sipeka.evaluasi.LaporanEvaluasi(l.id, l.evaluasiId, l.unitKerjaId, l.persetujuan, l.ditandatanganiPada)
              from LaporanEvaluasi l, EvaluasiTriwulan e
             where e.id = l.evaluasiId and e.kecamatanId in :kecamatanIds and e.tahun = :tahun""")
    List<LaporanEvaluasi> keadaan(@Param("kecamatanIds") Collection<Long> kecamatanIds, @Param("tahun") int tahun);

    Optional<LaporanEvaluasi> findByEvaluasiIdAndUnitKerjaId(Long evaluasiId, Long unitKerjaId);

    @Query("select l.evaluasiId from LaporanEvaluasi l where l.id = :id")
    Optional<Long> evaluasiId(@Param("id") Long id);
}

interface LaporanBarisRepository extends JpaRepository<LaporanBaris, Long> {
    List<LaporanBaris> findByLaporanIdOrderByKode(Long laporanId);

    List<LaporanBaris> findByLaporanIdIn(Collection<Long> laporanIds);

    /**
     * The figures of every signed report of these kecamatan's year, as values without their texts (the kabupaten's
     * dashboard: thousands of rows, nothing for Hibernate to manage, no list of report ids to bind).
     */
    @Query("""
            select new id.sipeka.evaluasi.LaporanBaris(b.id, b.laporanId, b.kode, b.realisasiKinerja, b.realisasiRp)
              from LaporanBaris b, LaporanEvaluasi l, EvaluasiTriwulan e
             where l.id = b.laporanId and e.id = l.evaluasiId and e.kecamatanId in :kecamatanIds and e.tahun = :tahun
               and l.ditandatanganiPada is not null""")
    List<LaporanBaris> angka(@Param("kecamatanIds") Collection<Long> kecamatanIds, @Param("tahun") int tahun);

    /** The further indicators' realisasi of the rows {@link #angka} reads: row id, urutan, realisasi. */
    @Query("""
            select b.id, key(r), value(r)
              from LaporanBaris b join b.realisasiLain r, LaporanEvaluasi l, EvaluasiTriwulan e
             where l.id = b.laporanId and e.id = l.evaluasiId and e.kecamatanId in :kecamatanIds and e.tahun = :tahun
               and l.ditandatanganiPada is not null""")
    List<Object[]> angkaLain(@Param("kecamatanIds") Collection<Long> kecamatanIds, @Param("tahun") int tahun);
}

interface LaporanKegiatanRepository extends JpaRepository<LaporanKegiatan, Long> {
    List<LaporanKegiatan> findByLaporanBarisIdInOrderByTanggalAscIdAsc(Collection<Long> barisIds);
}

interface EvaluasiTahunanRepository extends JpaRepository<EvaluasiTahunan, Long> {
    Optional<EvaluasiTahunan> findByKecamatanIdAndTahun(Long kecamatanId, int tahun);

    List<EvaluasiTahunan> findByKecamatanIdAndTahunLessThanOrderByTahun(Long kecamatanId, int tahun);
}

interface EvaluasiTahunanBarisRepository extends JpaRepository<EvaluasiTahunanBaris, Long> {
    List<EvaluasiTahunanBaris> findByEvaluasiTahunanIdOrderByKode(Long evaluasiTahunanId);
}

interface RealisasiRiwayatRepository extends JpaRepository<RealisasiRiwayat, Long> {
    Optional<RealisasiRiwayat> findByKecamatanIdAndTahun(Long kecamatanId, int tahun);
}

interface RealisasiRiwayatBarisRepository extends JpaRepository<RealisasiRiwayatBaris, Long> {
    List<RealisasiRiwayatBaris> findByRiwayatIdOrderByKode(Long riwayatId);

    void deleteByRiwayatId(Long riwayatId);
}
