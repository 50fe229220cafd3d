package id.sipeka.organisasi;

import id.sipeka.base.Pesan;
import id.sipeka.security.PenggunaSipeka;
import id.sipeka.security.Penugasan;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds the signed-in user from account, pegawai, unit, kecamatan and acting assignments. */
@Service
class PenggunaDetailService implements UserDetailsService {

    private final AkunRepository akunRepo;
    private final PegawaiRepository pegawaiRepo;
    private final UnitKerjaRepository unitRepo;
    private final KecamatanRepository kecamatanRepo;
    private final PenugasanPltRepository penugasanRepo;
    private final Clock clock;

    PenggunaDetailService(AkunRepository akunRepo, PegawaiRepository pegawaiRepo, UnitKerjaRepository unitRepo,
            KecamatanRepository kecamatanRepo, PenugasanPltRepository penugasanRepo, Clock clock) {
        this.akunRepo = akunRepo;
        this.pegawaiRepo = pegawaiRepo;
        this.unitRepo = unitRepo;
        this.kecamatanRepo = kecamatanRepo;
        this.penugasanRepo = penugasanRepo;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public PenggunaSipeka loadUserByUsername(String username) {
        Akun akun = akunRepo.findByUsername(username).orElseThrow(() -> new UsernameNotFoundException(username));
        Pegawai pegawai = akun.pegawaiId == null ? null : pegawaiRepo.findById(akun.pegawaiId).orElse(null);
        UnitKerja unit = pegawai == null || pegawai.unitKerjaId == null ? null : unitRepo.findById(pegawai.unitKerjaId).orElse(null);
        Kecamatan kecamatan = pegawai == null ? null : kecamatanRepo.findById(pegawai.kecamatanId).orElse(null);
        List<Penugasan> penugasan = pegawai == null ? List.of()
                : penugasanRepo.findByPegawaiId(pegawai.id).stream().map(t -> penugasan(t, kecamatan)).toList();
        Long kabupatenId = kecamatan != null ? kecamatan.kabupatenId : akun.kabupatenId;
        String nama = pegawai != null ? pegawai.nama : akun.username;
        // an account without a pegawai (the admin, a kabupaten viewer) is named by its role, in words
        String jabatan = pegawai != null ? pegawai.jabatan : Pesan.kalimat(Pesan.get("peran." + akun.peran.name()));
        return new PenggunaSipeka(akun.id, akun.username, akun.passwordHash, akun.aktif,
                akun.terkunciSampai != null && akun.terkunciSampai.isAfter(clock.instant()), akun.peran,
                pegawai == null ? null : pegawai.id, nama, jabatan, kecamatan == null ? null : kecamatan.id,
                kecamatan == null ? null : kecamatan.nama, kabupatenId, unit == null ? null : unit.id,
                unit == null ? null : unit.nama, penugasan, LocalDate.now(clock));
    }

    private Penugasan penugasan(PenugasanPlt t, Kecamatan kecamatan) {
        String jabatan = switch (t.posisi) {
            case CAMAT -> "Camat " + (kecamatan == null ? "" : kecamatan.nama);
            case SEKCAM -> "Sekretaris Camat";
            case KEPALA_UNIT -> unitRepo.findById(t.unitKerjaId).map(u -> u.jabatanKepala).orElse("Kepala Unit");
        };
        return new Penugasan(t.jenis, t.posisi.peran(), t.unitKerjaId, jabatan, t.mulai, t.selesai);
    }
}
