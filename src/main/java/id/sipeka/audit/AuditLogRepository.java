package id.sipeka.audit;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

/** Insert and read only: no update or delete method exists. */
interface AuditLogRepository extends Repository<AuditLog, Long> {

    AuditLog save(AuditLog entry);

    List<AuditLog> findAllByOrderByIdDesc(Pageable pageable);

    List<AuditLog> findByKecamatanIdOrderByIdDesc(Long kecamatanId, Pageable pageable);

    List<AuditLog> findByJenisDataAndIdDataOrderByIdAsc(String jenisData, String idData);

    List<AuditLog> findByKecamatanIdAndWaktuGreaterThanEqualAndWaktuLessThanOrderByIdAsc(Long kecamatanId,
            java.time.Instant dari, java.time.Instant sampai);

    long count();
}
