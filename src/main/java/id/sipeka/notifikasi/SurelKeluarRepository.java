package id.sipeka.notifikasi;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SurelKeluarRepository extends JpaRepository<SurelKeluar, Long> {

    List<SurelKeluar> findTop100ByStatusInAndPercobaanLessThanAndDibuatPadaBeforeOrderById(Collection<String> status,
            int percobaan, Instant sebelum);

    /** Counts an attempt only if no one else has since: 1 for the one node that may send it now. */
    @Modifying
    @Query("UPDATE SurelKeluar s SET s.percobaan = s.percobaan + 1 WHERE s.id = :id AND s.percobaan = :percobaan"
            + " AND s.status <> 'TERKIRIM'")
    int klaim(@Param("id") long id, @Param("percobaan") int percobaan);

    @Modifying
    @Query("UPDATE SurelKeluar s SET s.status = 'TERKIRIM', s.dikirimPada = :waktu, s.galat = NULL WHERE s.id = :id")
    int terkirim(@Param("id") long id, @Param("waktu") Instant waktu);

    @Modifying
    @Query("UPDATE SurelKeluar s SET s.status = 'GAGAL', s.galat = :galat WHERE s.id = :id")
    int gagal(@Param("id") long id, @Param("galat") String galat);
}
