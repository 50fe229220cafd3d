package id.sipeka.organisasi;

import id.sipeka.audit.AuditService;
import id.sipeka.base.AturanDilanggarException;
import id.sipeka.base.BatasTeks;
import id.sipeka.base.DataTidakDitemukanException;
import id.sipeka.base.Nip;
import id.sipeka.base.Pesan;
import id.sipeka.organisasi.OrganisasiData.DesaData;
import id.sipeka.organisasi.OrganisasiData.KabupatenData;
import id.sipeka.organisasi.OrganisasiData.KecamatanData;
import id.sipeka.organisasi.OrganisasiData.PegawaiData;
import id.sipeka.organisasi.OrganisasiData.PenugasanData;
import id.sipeka.organisasi.OrganisasiData.UnitData;
import id.sipeka.security.Akses;
import id.sipeka.security.Peran;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Kabupaten, kecamatan, desa, unit kerja, pegawai and acting assignments. Reading is scoped to what the user may
 * see; every change is for the admin, is checked, versioned (optimistic locking) and audited.
 */
@Service
@Transactional
public class OrganisasiService {

    private final KabupatenRepository kabupatenRepo;
    private final KecamatanRepository kecamatanRepo;
    private final DesaRepository desaRepo;
    private final UnitKerjaRepository unitRepo;
    private final PegawaiRepository pegawaiRepo;
    private final PenugasanPltRepository penugasanRepo;
    private final Akses akses;
    private final AuditService audit;
    private final Penandatangan penandatangan;

    OrganisasiService(KabupatenRepository kabupatenRepo, KecamatanRepository kecamatanRepo, DesaRepository desaRepo,
            UnitKerjaRepository unitRepo, PegawaiRepository pegawaiRepo, PenugasanPltRepository penugasanRepo,
            Akses akses, AuditService audit, Penandatangan penandatangan) {
        this.kabupatenRepo = kabupatenRepo;
        this.kecamatanRepo = kecamatanRepo;
        this.desaRepo = desaRepo;
        this.unitRepo = unitRepo;
        this.pegawaiRepo = pegawaiRepo;
        this.penugasanRepo = penugasanRepo;
        this.akses = akses;
        this.audit = audit;
        this.penandatangan = penandatangan;
    }

    // ---- reading, scoped ----

    @Transactional(readOnly = true)
    public List<KabupatenData> semuaKabupaten() {
        var pengguna = akses.pengguna();
        return kabupatenRepo.findAll().stream()
                .filter(k -> akses.admin() || Objects.equals(k.id, kabupatenIdDari(pengguna.kecamatanId(), pengguna.kabupatenId())))
                .map(OrganisasiService::data).toList();
    }

    /** The kecamatan the user may read: all for the admin, the kabupaten's for a viewer, otherwise their own. */
    @Transactional(readOnly = true)
    public List<KecamatanData> kecamatanTerlihat() {
        akses.pengguna();
        return kecamatanRepo.findAll().stream()
                .filter(k -> akses.bolehBaca(k.id, k.kabupatenId))
                .sorted((a, b) -> a.nama.compareToIgnoreCase(b.nama))
                .map(this::data).toList();
    }

    /**
     * Every kecamatan of a kabupaten by name, for its dashboard: only the admin and the kabupaten's viewer (a user
     * of one kecamatan never lists the others). Two queries, however many kecamatan.
     */
    @Transactional(readOnly = true)
    public List<KecamatanData> kecamatanKabupaten(long kabupatenId) {
        akses.wajibPantauKabupaten(kabupatenId);
        String nama = kabupatenRepo.findById(kabupatenId).map(x -> x.nama).orElseThrow(DataTidakDitemukanException::new);
        return kecamatanRepo.findByKabupatenIdOrderByNama(kabupatenId).stream()
                .map(k -> new KecamatanData(k.id, k.kabupatenId, nama, k.kode, k.nama, k.ibuKota, k.version)).toList();
    }

    @Transactional(readOnly = true)
    public KecamatanData kecamatan(long id) {
        return data(bacaKecamatan(id));
    }

    @Transactional(readOnly = true)
    public Optional<KecamatanData> kecamatanDenganKode(String kode) {
        akses.pengguna();
        return kecamatanRepo.findByKode(kode).filter(k -> akses.bolehBaca(k.id, k.kabupatenId)).map(this::data);
    }

    @Transactional(readOnly = true)
    public List<DesaData> desa(long kecamatanId) {
        bacaKecamatan(kecamatanId);
        return desaRepo.findByKecamatanIdOrderByNama(kecamatanId).stream().map(OrganisasiService::data).toList();
    }

    /** Whether the kecamatan's kabupaten plans Aktivitas under its sub kegiatan (its admin's switch). */
    @Transactional(readOnly = true)
    public boolean pakaiAktivitas(long kecamatanId) {
        Kecamatan k = bacaKecamatan(kecamatanId);
        return kabupatenRepo.findById(k.kabupatenId).map(x -> x.pakaiAktivitas).orElse(false);
    }

    /**
     * The rule on a lokasi in this kecamatan ("Kecamatan X" or "Desa Y" of its desa, several separated by commas), the
     * same for a Renja row, a Renstra sub kegiatan and an Aktivitas.
     */
    @Transactional(readOnly = true)
    public AturanLokasi aturanLokasi(long kecamatanId) {
        Kecamatan k = bacaKecamatan(kecamatanId);
        return new AturanLokasi(k.nama, desaRepo.findByKecamatanIdOrderByNama(kecamatanId).stream().map(d -> d.nama).toList());
    }

    @Transactional(readOnly = true)
    public List<UnitData> unit(long kecamatanId) {
        bacaKecamatan(kecamatanId);
        return unitRepo.findByKecamatanIdOrderByUrutanAscNamaAsc(kecamatanId).stream().map(OrganisasiService::data).toList();
    }

    /** The kecamatan's unit names by id (for titles and tables that name a unit). */
    @Transactional(readOnly = true)
    public Map<Long, String> namaUnit(long kecamatanId) {
        return unit(kecamatanId).stream().collect(Collectors.toMap(UnitData::id, UnitData::nama));
    }

    @Transactional(readOnly = true)
    public List<PegawaiData> pegawai(long kecamatanId) {
        bacaKecamatan(kecamatanId);
        return pegawaiRepo.findByKecamatanIdOrderByNama(kecamatanId).stream().map(OrganisasiService::data).toList();
    }

    @Transactional(readOnly = true)
    public List<PenugasanData> penugasan(long kecamatanId) {
        bacaKecamatan(kecamatanId);
        return penugasanRepo.findByKecamatanIdOrderByMulaiDesc(kecamatanId).stream().map(OrganisasiService::data).toList();
    }

    /**
     * Every official who signs documents (camat and sekcam, by account or by an acting assignment, with a NIP), with
     * the name and office their signature prints. For a system task without a user: the document module checks at
     * start-up (as the system) that each of them has a signing key. It crosses kecamatan: the admin or the system only.
     */
    @Transactional(readOnly = true)
    public List<PenandatanganDitetapkan> penandatangan() {
        if (!akses.sistem()) {
            akses.wajibAdmin();
        }
        return penandatangan.semua();
    }

    // ---- changes, admin only ----

    public KabupatenData simpanKabupaten(KabupatenData data) {
        akses.wajibAdmin();
        wajibIsi(data.kode(), "kolom.kode");
        wajibIsi(data.nama(), "kolom.nama");
        muat(data.kode(), 20, "kolom.kode");
        muat(data.nama(), 200, "kolom.nama");
        kabupatenRepo.findByKode(data.kode().strip()).filter(k -> !k.id.equals(data.id()))
                .ifPresent(k -> tolak("organisasi.kodeDipakai", data.kode()));
        Kabupaten k = data.id() == null ? new Kabupaten(null, null) : cekVersi(kabupatenRepo.findById(data.id()).orElseThrow(), data.version(), k2 -> k2.version);
        String lama = data.id() == null ? null : data(k).toString();
        k.kode = data.kode().strip();
        k.nama = data.nama().strip();
        k.pakaiAktivitas = data.pakaiAktivitas();
        k = kabupatenRepo.saveAndFlush(k);
        audit.catat(null, lama == null ? "TAMBAH" : "UBAH", "Kabupaten", k.id, lama, data(k).toString());
        return data(k);
    }

    public KecamatanData simpanKecamatan(KecamatanData data) {
        akses.wajibAdmin();
        wajibIsi(data.kode(), "kolom.kode");
        wajibIsi(data.nama(), "kolom.nama");
        muat(data.kode(), 20, "kolom.kode");
        muat(data.nama(), 200, "kolom.nama");
        muat(data.ibuKota(), 200, "kolom.ibuKota");
        if (data.kabupatenId() == null || kabupatenRepo.findById(data.kabupatenId()).isEmpty()) {
            tolak("organisasi.kabupatenWajib");
        }
        kecamatanRepo.findByKode(data.kode().strip()).filter(k -> !k.id.equals(data.id()))
                .ifPresent(k -> tolak("organisasi.kodeDipakai", data.kode()));
        Kecamatan k = data.id() == null ? new Kecamatan(null, null, null, null)
                : cekVersi(kecamatanRepo.findById(data.id()).orElseThrow(), data.version(), k2 -> k2.version);
        String lama = data.id() == null ? null : data(k).toString();
        k.kabupatenId = data.kabupatenId();
        k.kode = data.kode().strip();
        k.nama = data.nama().strip();
        k.ibuKota = data.ibuKota() == null ? null : data.ibuKota().strip();
        k = kecamatanRepo.saveAndFlush(k);
        audit.catat(k.id, lama == null ? "TAMBAH" : "UBAH", "Kecamatan", k.id, lama, data(k).toString());
        return data(k);
    }

    public DesaData simpanDesa(DesaData data) {
        akses.wajibAdmin();
        wajibIsi(data.nama(), "kolom.nama");
        muat(data.nama(), 200, "kolom.nama");
        Kecamatan kec = kecamatanRepo.findById(data.kecamatanId()).orElseThrow();
        desaRepo.findByKecamatanIdOrderByNama(kec.id).stream()
                .filter(d -> d.nama.equalsIgnoreCase(data.nama().strip()) && !d.id.equals(data.id()))
                .findAny().ifPresent(d -> tolak("organisasi.namaDipakai", data.nama()));
        Desa d = data.id() == null ? new Desa(kec.id, null, null) : cekVersi(desaRepo.findById(data.id()).orElseThrow(), data.version(), d2 -> d2.version);
        samaKecamatan(d.kecamatanId, kec.id);
        String lama = data.id() == null ? null : data(d).toString();
        d.nama = data.nama().strip();
        d.jenis = data.jenis() == null ? JenisDesa.DESA : data.jenis();
        d = desaRepo.saveAndFlush(d);
        audit.catat(kec.id, lama == null ? "TAMBAH" : "UBAH", "Desa", d.id, lama, data(d).toString());
        return data(d);
    }

    public UnitData simpanUnit(UnitData data) {
        akses.wajibAdmin();
        wajibIsi(data.kode(), "kolom.kode");
        wajibIsi(data.nama(), "kolom.nama");
        wajibIsi(data.jabatanKepala(), "kolom.jabatanKepala");
        muat(data.kode(), 30, "kolom.kode");
        muat(data.nama(), 200, "kolom.nama");
        muat(data.jabatanKepala(), 200, "kolom.jabatanKepala");
        if (data.jenis() == null) {
            tolak("organisasi.jenisUnitWajib");
        }
        Kecamatan kec = kecamatanRepo.findById(data.kecamatanId()).orElseThrow();
        unitRepo.findByKecamatanIdAndKode(kec.id, data.kode().strip()).filter(u -> !u.id.equals(data.id()))
                .ifPresent(u -> tolak("organisasi.kodeDipakai", data.kode()));
        UnitKerja u = data.id() == null ? new UnitKerja(kec.id, null, null, null, null, 0)
                : cekVersi(unitRepo.findById(data.id()).orElseThrow(), data.version(), u2 -> u2.version);
        samaKecamatan(u.kecamatanId, kec.id);
        String lama = data.id() == null ? null : data(u).toString();
        u.kode = data.kode().strip();
        u.nama = data.nama().strip();
        u.jenis = data.jenis();
        u.jabatanKepala = data.jabatanKepala().strip();
        u.urutan = data.urutan();
        u = unitRepo.saveAndFlush(u);
        audit.catat(kec.id, lama == null ? "TAMBAH" : "UBAH", "UnitKerja", u.id, lama, data(u).toString());
        return data(u);
    }

    public PegawaiData simpanPegawai(PegawaiData data) {
        akses.wajibAdmin();
        wajibIsi(data.nama(), "kolom.nama");
        wajibIsi(data.jabatan(), "kolom.jabatan");
        muat(data.nama(), 200, "kolom.nama");
        muat(data.jabatan(), 200, "kolom.jabatan");
        Kecamatan kec = kecamatanRepo.findById(data.kecamatanId()).orElseThrow();
        String nip = null;
        if (data.nip() != null && !data.nip().isBlank()) {
            List<String> salah = Nip.periksa(data.nip());
            if (!salah.isEmpty()) {
                throw new AturanDilanggarException(String.join("; ", salah));
            }
            nip = Nip.of(data.nip()).nilai();
            String nipFinal = nip;
            pegawaiRepo.findByNip(nip).filter(p -> !p.id.equals(data.id()))
                    .ifPresent(p -> tolak("organisasi.nipDipakai", Nip.of(nipFinal).tertulis()));
        }
        String nik = data.nik() == null || data.nik().isBlank() ? null : data.nik().replaceAll("[\\s.]", "");
        if (nik != null && !nik.matches("\\d{16}")) {
            tolak("organisasi.nikSalah", data.nik());
        }
        if (data.unitKerjaId() != null) {
            UnitKerja unit = unitRepo.findById(data.unitKerjaId()).orElseThrow();
            samaKecamatan(unit.kecamatanId, kec.id);
        }
        Pegawai p = data.id() == null ? new Pegawai() : cekVersi(pegawaiRepo.findById(data.id()).orElseThrow(), data.version(), p2 -> p2.version);
        if (p.kecamatanId != null) {
            samaKecamatan(p.kecamatanId, kec.id);
        }
        String lama = data.id() == null ? null : data(p).toString();
        p.kecamatanId = kec.id;
        p.unitKerjaId = data.unitKerjaId();
        p.nama = data.nama().strip();
        p.nip = nip;
        p.nik = nik;
        p.pangkatGolongan = data.pangkatGolongan();
        p.jabatan = data.jabatan().strip();
        p = pegawaiRepo.saveAndFlush(p);
        audit.catat(kec.id, lama == null ? "TAMBAH" : "UBAH", "Pegawai", p.id, lama, data(p).toString());
        penandatangan.kabarkan(p.id);
        return data(p);
    }

    public PenugasanData simpanPenugasan(PenugasanData data) {
        akses.wajibAdmin();
        muat(data.nomorSk(), 100, "kolom.nomorSk");
        if (!"Plt.".equals(data.jenis()) && !"Plh.".equals(data.jenis())) {
            tolak("organisasi.jenisPlt");
        }
        if (data.posisi() == null || data.mulai() == null || data.selesai() == null) {
            tolak("organisasi.penugasanLengkap");
        }
        if (data.selesai().isBefore(data.mulai())) {
            tolak("organisasi.penugasanTanggal");
        }
        Pegawai pegawai = pegawaiRepo.findById(data.pegawaiId()).orElseThrow();
        Long unitId = null;
        if (data.posisi() == PosisiPlt.KEPALA_UNIT) {
            if (data.unitKerjaId() == null) {
                tolak("organisasi.penugasanUnit");
            }
            UnitKerja unit = unitRepo.findById(data.unitKerjaId()).orElseThrow();
            samaKecamatan(unit.kecamatanId, pegawai.kecamatanId);
            unitId = unit.id;
        }
        PenugasanPlt t = data.id() == null ? new PenugasanPlt()
                : cekVersi(penugasanRepo.findById(data.id()).orElseThrow(), data.version(), t2 -> t2.version);
        String lama = data.id() == null ? null : data(t).toString();
        t.kecamatanId = pegawai.kecamatanId;
        t.pegawaiId = pegawai.id;
        t.jenis = data.jenis();
        t.posisi = data.posisi();
        t.unitKerjaId = unitId;
        t.mulai = data.mulai();
        t.selesai = data.selesai();
        t.nomorSk = data.nomorSk();
        t = penugasanRepo.saveAndFlush(t);
        audit.catat(t.kecamatanId, lama == null ? "TAMBAH" : "UBAH", "PenugasanPlt", t.id, lama, data(t).toString());
        if (Penandatangan.posisiMenandatangani(t.posisi)) {
            penandatangan.kabarkan(t.pegawaiId);
        }
        return data(t);
    }

    // ---- helpers ----

    private Kecamatan bacaKecamatan(long id) {
        Kecamatan k = kecamatanRepo.findById(id)
                .orElseThrow(DataTidakDitemukanException::new);
        akses.wajibBaca(k.id, k.kabupatenId);
        return k;
    }

    private Long kabupatenIdDari(Long kecamatanId, Long kabupatenId) {
        if (kabupatenId != null) {
            return kabupatenId;
        }
        return kecamatanId == null ? null : kecamatanRepo.findById(kecamatanId).map(k -> k.kabupatenId).orElse(null);
    }

    static <T> T cekVersi(T entitas, long versiDiminta, java.util.function.ToLongFunction<T> versi) {
        if (versi.applyAsLong(entitas) != versiDiminta) {
            throw new ObjectOptimisticLockingFailureException(entitas.getClass(), "versi " + versiDiminta);
        }
        return entitas;
    }

    private static void samaKecamatan(Long a, Long b) {
        if (!Objects.equals(a, b)) {
            tolak("akses.kecamatanLain");
        }
    }

    /** A text longer than its column (V1__create_organisasi.sql) is refused naming the field, before the database would. */
    private static void muat(String nilai, int batas, String kolom) {
        BatasTeks.periksa(nilai, batas, Pesan.get(kolom));
    }

    private static void wajibIsi(String nilai, String kolom) {
        if (nilai == null || nilai.isBlank()) {
            throw new AturanDilanggarException(Pesan.get("validasi.wajibIsi", Pesan.get(kolom)));
        }
    }

    static void tolak(String kunci, Object... argumen) {
        throw new AturanDilanggarException(Pesan.get(kunci, argumen));
    }

    static KabupatenData data(Kabupaten k) {
        return new KabupatenData(k.id, k.kode, k.nama, k.pakaiAktivitas, k.version);
    }

    KecamatanData data(Kecamatan k) {
        String kab = kabupatenRepo.findById(k.kabupatenId).map(x -> x.nama).orElse("");
        return new KecamatanData(k.id, k.kabupatenId, kab, k.kode, k.nama, k.ibuKota, k.version);
    }

    static DesaData data(Desa d) {
        return new DesaData(d.id, d.kecamatanId, d.nama, d.jenis, d.version);
    }

    static UnitData data(UnitKerja u) {
        return new UnitData(u.id, u.kecamatanId, u.kode, u.nama, u.jenis, u.jabatanKepala, u.urutan, u.version);
    }

    static PegawaiData data(Pegawai p) {
        return new PegawaiData(p.id, p.kecamatanId, p.unitKerjaId, p.nama, p.nip, p.nik, p.pangkatGolongan, p.jabatan, p.version);
    }

    static PenugasanData data(PenugasanPlt t) {
        return new PenugasanData(t.id, t.kecamatanId, t.pegawaiId, t.jenis, t.posisi, t.unitKerjaId, t.mulai, t.selesai,
                t.nomorSk, t.version);
    }

    /** Roles an account may have: the viewer needs a kabupaten, all others except admin need a pegawai. */
    static boolean butuhPegawai(Peran peran) {
        return peran != Peran.ADMIN && peran != Peran.VIEWER_KABUPATEN;
    }
}
