package id.sipeka.dokumen;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Insert and read only, like the archive: a number once given is never changed or taken back. */
interface NomorNaskahRepository extends Repository<NomorNaskah, Long> {

    NomorNaskah save(NomorNaskah nomor);

    String AGENDA = "select new id.sipeka.dokumen.AgendaNaskah(n.tahun, n.urut, n.nomor, n.hal, n.klasifikasi, n.jenis,"
            + " a.penandatangan, a.jabatanPenandatangan, a.ditandatanganiPada, a.kode, a.sha256)"
            + " from NomorNaskah n, Arsip a where a.kode = n.arsipKode and n.kecamatanId = :kecamatanId"
            + " and n.tahun = :tahun order by n.urut";

    @Query(AGENDA)
    List<AgendaNaskah> agenda(long kecamatanId, int tahun, Pageable halaman);

    @Query(AGENDA)
    List<AgendaNaskah> agenda(long kecamatanId, int tahun);

    @Query("select count(n) from NomorNaskah n where n.kecamatanId = :kecamatanId and n.tahun = :tahun")
    long jumlah(long kecamatanId, int tahun);

    @Query("select distinct n.tahun from NomorNaskah n where n.kecamatanId = :kecamatanId order by n.tahun desc")
    List<Integer> tahun(long kecamatanId);
}
