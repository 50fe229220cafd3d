package id.sipeka.renstra;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface RenstraRepository extends JpaRepository<Renstra, Long> {
    List<Renstra> findByKecamatanIdOrderByTahunAwalDesc(Long kecamatanId);

    Optional<Renstra> findByKecamatanIdAndTahunAwal(Long kecamatanId, int tahunAwal);
}

interface NomenklaturRepository extends JpaRepository<Nomenklatur, Long> {
    List<Nomenklatur> findByRenstraIdOrderByUrutan(Long renstraId);
}

interface TujuanSasaranRepository extends JpaRepository<TujuanSasaran, Long> {
    List<TujuanSasaran> findByRenstraIdOrderByUrutan(Long renstraId);
}
