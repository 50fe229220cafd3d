package id.sipeka.dokumen;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface NaskahBerurutanRepository extends Repository<NaskahBerurutan, Long> {

    NaskahBerurutan save(NaskahBerurutan naskah);

    Optional<NaskahBerurutan> findByKode(String kode);

    Optional<NaskahBerurutan> findByKecamatanIdAndSubjek(long kecamatanId, String subjek);

    /** Every stored half-signed file, for the start-up sweep (they have no archive row yet). */
    @Query("select n.berkas from NaskahBerurutan n")
    List<String> semuaBerkas();
}
