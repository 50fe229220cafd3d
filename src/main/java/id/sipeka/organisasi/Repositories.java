package id.sipeka.organisasi;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface KabupatenRepository extends JpaRepository<Kabupaten, Long> {
    Optional<Kabupaten> findByKode(String kode);
}

interface KecamatanRepository extends JpaRepository<Kecamatan, Long> {
    Optional<Kecamatan> findByKode(String kode);

    List<Kecamatan> findByKabupatenIdOrderByNama(Long kabupatenId);
}

interface DesaRepository extends JpaRepository<Desa, Long> {
    List<Desa> findByKecamatanIdOrderByNama(Long kecamatanId);
}

interface UnitKerjaRepository extends JpaRepository<UnitKerja, Long> {
    List<UnitKerja> findByKecamatanIdOrderByUrutanAscNamaAsc(Long kecamatanId);

    Optional<UnitKerja> findByKecamatanIdAndKode(Long kecamatanId, String kode);
}

interface PegawaiRepository extends JpaRepository<Pegawai, Long> {
    List<Pegawai> findByKecamatanIdOrderByNama(Long kecamatanId);

    Optional<Pegawai> findByNip(String nip);
}

interface AkunRepository extends JpaRepository<Akun, Long> {
    Optional<Akun> findByUsername(String username);

    List<Akun> findByPegawaiId(Long pegawaiId);
}

interface PenugasanPltRepository extends JpaRepository<PenugasanPlt, Long> {
    List<PenugasanPlt> findByPegawaiId(Long pegawaiId);

    List<PenugasanPlt> findByKecamatanIdOrderByMulaiDesc(Long kecamatanId);
}
