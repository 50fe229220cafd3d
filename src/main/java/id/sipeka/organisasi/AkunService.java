package id.sipeka.organisasi;

import id.sipeka.audit.AuditService;
import id.sipeka.base.AturanDilanggarException;
import id.sipeka.base.Pesan;
import id.sipeka.organisasi.OrganisasiData.AkunData;
import id.sipeka.security.Akses;
import id.sipeka.security.PembatasMasuk;
import id.sipeka.security.Peran;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** User accounts: created and managed by the admin, each linked to a pegawai (or, for a viewer, a kabupaten). */
@Service
@Transactional
public class AkunService {

    static final int PANJANG_MINIMAL_SANDI = 10;
    static final int PANJANG_MAKSIMAL_SANDI_BYTE = 72;

    private final AkunRepository akunRepo;
    private final PegawaiRepository pegawaiRepo;
    private final KecamatanRepository kecamatanRepo;
    private final KabupatenRepository kabupatenRepo;
    private final PasswordEncoder passwordEncoder;
    private final Akses akses;
    private final AuditService audit;
    private final Clock clock;
    private final Penandatangan penandatangan;
    private final PembatasMasuk pembatas;

    AkunService(AkunRepository akunRepo, PegawaiRepository pegawaiRepo, KecamatanRepository kecamatanRepo,
            KabupatenRepository kabupatenRepo, PasswordEncoder passwordEncoder, Akses akses, AuditService audit, Clock clock,
            Penandatangan penandatangan, PembatasMasuk pembatas) {
        this.akunRepo = akunRepo;
        this.pegawaiRepo = pegawaiRepo;
        this.kecamatanRepo = kecamatanRepo;
        this.kabupatenRepo = kabupatenRepo;
        this.passwordEncoder = passwordEncoder;
        this.akses = akses;
        this.audit = audit;
        this.clock = clock;
        this.penandatangan = penandatangan;
        this.pembatas = pembatas;
    }

    @Transactional(readOnly = true)
    public List<AkunData> semua() {
        akses.wajibAdmin();
        return akunRepo.findAll().stream().map(this::data).toList();
    }

    /** Accounts whose pegawai works in the kecamatan. */
    @Transactional(readOnly = true)
    public List<AkunData> diKecamatan(long kecamatanId) {
        akses.wajibAdmin();
        var pegawai = pegawaiRepo.findByKecamatanIdOrderByNama(kecamatanId).stream().map(p -> p.id).toList();
        return akunRepo.findAll().stream().filter(a -> a.pegawaiId != null && pegawai.contains(a.pegawaiId))
                .map(this::data).toList();
    }

    @Transactional(readOnly = true)
    public boolean adaAkun() {
        return akunRepo.count() > 0;
    }

    public AkunData buat(String username, String sandi, Peran peran, Long pegawaiId, Long kabupatenId) {
        akses.wajibAdmin();
        if (username == null || !username.strip().matches("[a-z0-9._-]{3,60}")) {
            OrganisasiService.tolak("akun.usernameFormat");
        }
        akunRepo.findByUsername(username.strip()).ifPresent(a -> OrganisasiService.tolak("akun.usernameDipakai", username));
        periksaSandi(sandi);
        Long kecamatanId = periksaKaitan(peran, pegawaiId, kabupatenId);
        Akun akun = akunRepo.saveAndFlush(new Akun(username.strip(), passwordEncoder.encode(sandi), peran,
                OrganisasiService.butuhPegawai(peran) ? pegawaiId : null, peran == Peran.VIEWER_KABUPATEN ? kabupatenId : null));
        audit.catat(kecamatanId, "TAMBAH", "Akun", akun.id, null, data(akun).toString());
        if (Penandatangan.peranMenandatangani(peran)) {
            penandatangan.kabarkan(akun.pegawaiId);
        }
        return data(akun);
    }

    public AkunData ubah(AkunData data) {
        akses.wajibAdmin();
        Akun akun = OrganisasiService.cekVersi(akunRepo.findById(data.id()).orElseThrow(), data.version(), a -> a.version);
        String lama = data(akun).toString();
        Long kecamatanId = periksaKaitan(data.peran(), data.pegawaiId(), data.kabupatenId());
        akun.peran = data.peran();
        akun.pegawaiId = OrganisasiService.butuhPegawai(data.peran()) ? data.pegawaiId() : null;
        akun.kabupatenId = data.peran() == Peran.VIEWER_KABUPATEN ? data.kabupatenId() : null;
        akun.aktif = data.aktif();
        if (!data.terkunci()) {
            akun.terkunciSampai = null;
            pembatas.buka(akun.username);
        }
        akun = akunRepo.saveAndFlush(akun);
        audit.catat(kecamatanId, "UBAH", "Akun", akun.id, lama, data(akun).toString());
        if (Penandatangan.peranMenandatangani(akun.peran)) {
            penandatangan.kabarkan(akun.pegawaiId);
        }
        return data(akun);
    }

    public void gantiSandi(long akunId, String sandiBaru) {
        akses.wajibAdmin();
        periksaSandi(sandiBaru);
        Akun akun = akunRepo.findById(akunId).orElseThrow();
        akun.passwordHash = passwordEncoder.encode(sandiBaru);
        akun.terkunciSampai = null;
        pembatas.buka(akun.username);
        audit.catat(null, "GANTI_SANDI", "Akun", akun.id, null, null);
    }

    private Long periksaKaitan(Peran peran, Long pegawaiId, Long kabupatenId) {
        if (peran == null) {
            OrganisasiService.tolak("akun.peranWajib");
        }
        if (peran == Peran.VIEWER_KABUPATEN) {
            if (kabupatenId == null || kabupatenRepo.findById(kabupatenId).isEmpty()) {
                OrganisasiService.tolak("akun.kabupatenWajib");
            }
            return null;
        }
        if (!OrganisasiService.butuhPegawai(peran)) {
            return null;
        }
        Pegawai pegawai = pegawaiId == null ? null : pegawaiRepo.findById(pegawaiId).orElse(null);
        if (pegawai == null) {
            OrganisasiService.tolak("akun.pegawaiWajib");
        }
        if ((peran == Peran.KEPALA_UNIT || peran == Peran.STAF) && pegawai.unitKerjaId == null) {
            OrganisasiService.tolak("akun.unitWajib");
        }
        return Objects.requireNonNull(pegawai).kecamatanId;
    }

    private static void periksaSandi(String sandi) {
        if (sandi == null || sandi.length() < PANJANG_MINIMAL_SANDI) {
            throw new AturanDilanggarException(Pesan.get("akun.sandiPendek", PANJANG_MINIMAL_SANDI));
        }
        // bcrypt reads at most 72 bytes (and refuses more): a longer password would not be what protects the account
        if (sandi.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > PANJANG_MAKSIMAL_SANDI_BYTE) {
            throw new AturanDilanggarException(Pesan.get("akun.sandiPanjang", PANJANG_MAKSIMAL_SANDI_BYTE));
        }
    }

    private AkunData data(Akun a) {
        boolean terkunci = a.terkunciSampai != null && a.terkunciSampai.isAfter(clock.instant())
                || pembatas.adaYangTertahan(a.username);
        return new AkunData(a.id, a.username, a.peran, a.pegawaiId, a.kabupatenId, a.aktif, terkunci, a.version);
    }
}
