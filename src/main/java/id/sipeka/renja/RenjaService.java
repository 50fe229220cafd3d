package id.sipeka.renja;

import id.sipeka.audit.AuditService;
import id.sipeka.base.AturanDilanggarException;
import id.sipeka.base.BatasTeks;
import id.sipeka.base.Kuantitas;
import id.sipeka.base.Rupiah;
import id.sipeka.base.DataTidakDitemukanException;
import id.sipeka.base.FormatIndonesia;
import id.sipeka.base.Nip;
import id.sipeka.base.Pesan;
import id.sipeka.base.UlangSaatTabrakan;
import id.sipeka.dokumen.ArsipDokumen;
import id.sipeka.dokumen.DokumenService;
import id.sipeka.dokumen.TandaTangan;
import id.sipeka.organisasi.OrganisasiData.DesaData;
import id.sipeka.organisasi.OrganisasiData.KecamatanData;
import id.sipeka.organisasi.OrganisasiData.UnitData;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.renja.RenjaData.BagianRenja;
import id.sipeka.renja.RenjaData.BarisRenja;
import id.sipeka.renja.RenjaData.Forum;
import id.sipeka.renja.RenjaData.NarasiRenja;
import id.sipeka.renja.RenjaData.Peristiwa;
import id.sipeka.renja.RenjaData.RenjaRingkas;
import id.sipeka.renja.RenjaData.UbahBarisRenja;
import id.sipeka.renja.RenjaData.UsulanRenja;
import id.sipeka.renstra.RenstraData.BarisRenstra;
import id.sipeka.renstra.RenstraData.RenstraLengkap;
import id.sipeka.renstra.RenstraService;
import id.sipeka.renstra.Tingkat;
import id.sipeka.security.Akses;
import id.sipeka.security.Peran;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The use cases of the Renja cycle. Each checks who may do it (role, unit, Plt./Plh. dates) and that the matching
 * process task is open, changes our tables, completes the Flowable task (business key = the Renja's id) and
 * records the step in the Renja's timeline — all in one transaction.
 */
@Service
@Transactional
public class RenjaService {

    static final String PROSES = "renja";

    private final RenjaRepository renjaRepo;
    private final RenjaBarisRepository barisRepo;
    private final RenjaBagianRepository bagianRepo;
    private final RenjaNarasiRepository narasiRepo;
    private final RenjaUsulanRepository usulanRepo;
    private final RenjaPeristiwaRepository peristiwaRepo;
    private final RenjaVersiBeku versiBeku;
    private final PejabatRenja pejabat;
    private final OrganisasiService organisasi;
    private final RenstraService renstra;
    private final Akses akses;
    private final AuditService audit;
    private final DokumenService dokumen;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final Clock clock;
    private final UlangSaatTabrakan ulang;
    private final org.springframework.beans.factory.ObjectProvider<SumberEvaluasiTahunan> sumberEvaluasi;
    private final ApplicationEventPublisher kabar;

    RenjaService(RenjaRepository renjaRepo, RenjaBarisRepository barisRepo, RenjaBagianRepository bagianRepo,
            RenjaNarasiRepository narasiRepo, RenjaUsulanRepository usulanRepo, RenjaPeristiwaRepository peristiwaRepo,
            RenjaVersiBeku versiBeku, PejabatRenja pejabat, OrganisasiService organisasi, RenstraService renstra,
            Akses akses, AuditService audit, DokumenService dokumen, RuntimeService runtime, TaskService tasks, Clock clock,
            UlangSaatTabrakan ulang, ApplicationEventPublisher kabar,
            org.springframework.beans.factory.ObjectProvider<SumberEvaluasiTahunan> sumberEvaluasi) {
        this.renjaRepo = renjaRepo;
        this.barisRepo = barisRepo;
        this.bagianRepo = bagianRepo;
        this.narasiRepo = narasiRepo;
        this.usulanRepo = usulanRepo;
        this.peristiwaRepo = peristiwaRepo;
        this.versiBeku = versiBeku;
        this.pejabat = pejabat;
        this.organisasi = organisasi;
        this.renstra = renstra;
        this.akses = akses;
        this.audit = audit;
        this.dokumen = dokumen;
        this.runtime = runtime;
        this.tasks = tasks;
        this.clock = clock;
        this.ulang = ulang;
        this.kabar = kabar;
        this.sumberEvaluasi = sumberEvaluasi;
    }

    // ---- opening ----

    /**
     * The sekcam opens the Renja for year N: rows from the Renstra's year-N target, pagu and unit (prakiraan maju
     * from year N+1), one section per unit that owns rows, the narrative parts, and the process.
     */
        @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public RenjaRingkas buka(long kecamatanId, int tahun, Batas batas) {
        return denganUlang(() -> bukaBaru(kecamatanId, tahun, batas));
    }

    private RenjaRingkas bukaBaru(long kecamatanId, int tahun, Batas batas) {
        akses.wajibPeranDi(Peran.SEKCAM, kecamatanId);
        batas.periksa();
        boolean sudahAda = renjaRepo.findByKecamatanIdOrderByTahunDescIdDesc(kecamatanId).stream()
                .anyMatch(r -> r.tahun == tahun && r.jenis == JenisRenja.MURNI);
        if (sudahAda) {
            throw new AturanDilanggarException(Pesan.get("renja.sudahAda", tahun));
        }
        RenstraLengkap sumber = renstra.daftar(kecamatanId).stream()
                .filter(r -> r.tahunAwal() <= tahun && tahun <= r.tahunAkhir()).findFirst()
                .map(r -> renstra.lengkap(r.id()))
                .orElseThrow(() -> new AturanDilanggarException(Pesan.get("renja.tanpaRenstra", tahun)));
        KecamatanData kecamatan = organisasi.kecamatan(kecamatanId);
        Renja renja = baru(kecamatanId, sumber.renstra().id(), tahun, JenisRenja.MURNI, null, batas);
        List<RenjaBaris> baris = new ArrayList<>();
        for (BarisRenstra sub : sumber.semuaBaris()) {
            if (sub.tingkat() != Tingkat.SUB_KEGIATAN || sub.unitKerjaId() == null) {
                continue;
            }
            RenjaBaris b = new RenjaBaris();
            b.renjaId = renja.id;
            b.nomenklaturId = sub.id();
            b.kode = sub.kode();
            b.nama = sub.nama();
            b.unitKerjaId = sub.unitKerjaId();
            b.indikator = sub.indikator();
            b.satuan = sub.satuan();
            b.target = sub.target().get(tahun);
            b.pagu = sub.pagu().get(tahun);
            b.lokasi = "Kecamatan " + kecamatan.nama();
            b.targetMaju = sub.target().get(tahun + 1);
            b.paguMaju = sub.pagu().get(tahun + 1);
            baris.add(b);
        }
        barisRepo.saveAll(baris);
        return mulai(renja, baris, "BUKA", "Renja " + tahun + " dibuka");
    }

    /** A Renja Perubahan of a ditetapkan Renja: a new Renja whose rows remember the ditetapkan values. */
        @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public RenjaRingkas bukaPerubahan(long renjaDitetapkanId, Batas batas) {
        return denganUlang(() -> bukaPerubahanBaru(renjaDitetapkanId, batas));
    }

    private RenjaRingkas bukaPerubahanBaru(long renjaDitetapkanId, Batas batas) {
        Renja asal = baca(renjaDitetapkanId);
        akses.wajibPeranDi(Peran.SEKCAM, asal.kecamatanId);
        batas.periksa();
        if (asal.tahap != Tahap.DITETAPKAN) {
            throw new AturanDilanggarException(Pesan.get("renja.bukanDitetapkan"));
        }
        Renja renja = baru(asal.kecamatanId, asal.renstraId, asal.tahun, JenisRenja.PERUBAHAN, asal.id, batas);
        List<RenjaBaris> baris = new ArrayList<>();
        for (RenjaBaris a : barisRepo.findByRenjaIdOrderByKode(asal.id)) {
            RenjaBaris b = new RenjaBaris();
            b.renjaId = renja.id;
            b.nomenklaturId = a.nomenklaturId;
            b.kode = a.kode;
            b.nama = a.nama;
            b.unitKerjaId = a.unitKerjaId;
            b.indikator = a.indikator;
            b.satuan = a.satuan;
            b.target = a.target;
            b.lokasi = a.lokasi;
            b.pagu = a.pagu;
            b.sumberDana = a.sumberDana;
            b.catatan = a.catatan;
            b.targetMaju = a.targetMaju;
            b.paguMaju = a.paguMaju;
            b.targetSebelum = a.target;
            b.paguSebelum = a.pagu == null ? 0L : a.pagu;
            b.lokasiSebelum = a.lokasi;
            b.indikatorSebelum = a.indikator;
            baris.add(b);
        }
        barisRepo.saveAll(baris);
        for (RenjaNarasi n : narasiRepo.findByRenjaIdOrderByKode(asal.id)) {
            narasi(renja.id, n.kode, n.judul, n.unitKerjaId, n.isi);
        }
        return mulai(renja, baris, "BUKA_PERUBAHAN", "Renja Perubahan " + asal.tahun + " dibuka dari versi ditetapkan");
    }

    private Renja baru(long kecamatanId, long renstraId, int tahun, JenisRenja jenis, Long indukId, Batas batas) {
        Renja renja = new Renja();
        renja.kecamatanId = kecamatanId;
        renja.renstraId = renstraId;
        renja.tahun = tahun;
        renja.jenis = jenis;
        renja.indukId = indukId;
        renja.tahap = Tahap.PENYUSUNAN;
        renja.batasIsi = batas.isi();
        renja.batasTelaah = batas.telaah();
        renja.batasForum = batas.forum();
        renja.batasPenetapan = batas.penetapan();
        return renjaRepo.saveAndFlush(renja);
    }

    private RenjaRingkas mulai(Renja renja, List<RenjaBaris> baris, String aksi, String keterangan) {
        List<Long> unitIds = new ArrayList<>(new TreeSet<>(baris.stream().map(b -> b.unitKerjaId).toList()));
        for (Long unitId : unitIds) {
            RenjaBagian bagian = new RenjaBagian();
            bagian.renjaId = renja.id;
            bagian.unitKerjaId = unitId;
            bagian.status = StatusBagian.DIISI;
            bagianRepo.save(bagian);
        }
        if (renja.jenis == JenisRenja.MURNI) {
            NarasiBawaan.untuk(unitIds).forEach(n -> narasi(renja.id, n.kode(), n.judul(), n.unitKerjaId(), null));
        }
        Map<String, Object> variabel = new HashMap<>(Batas.dari(renja).variabelProses(clock.getZone()));
        variabel.put("renjaId", renja.id);
        variabel.put("kecamatanId", renja.kecamatanId);
        variabel.put("unitIds", unitIds);
        variabel.put("unitRevisi", new ArrayList<Long>());
        runtime.startProcessInstanceByKey(PROSES, String.valueOf(renja.id), variabel);
        catat(renja, aksi, null, keterangan);
        audit.catat(renja.kecamatanId, "TAMBAH", "Renja", renja.id, null, ringkas(renja).toString());
        return ringkas(renja);
    }

    private void narasi(long renjaId, String kode, String judul, Long unitId, String isi) {
        RenjaNarasi n = new RenjaNarasi();
        n.renjaId = renjaId;
        n.kode = kode;
        n.judul = judul;
        n.unitKerjaId = unitId;
        n.isi = isi;
        narasiRepo.save(n);
    }

    // ---- reading ----

    @Transactional(readOnly = true)
    public List<RenjaRingkas> daftar(long kecamatanId) {
        organisasi.kecamatan(kecamatanId);
        return renjaRepo.findByKecamatanIdOrderByTahunDescIdDesc(kecamatanId).stream().map(RenjaService::ringkas).toList();
    }

    @Transactional(readOnly = true)
    public RenjaRingkas ringkas(long renjaId) {
        return ringkas(baca(renjaId));
    }

    @Transactional(readOnly = true)
    public List<BarisRenja> baris(long renjaId) {
        Renja renja = baca(renjaId);
        return keData(renja, barisRepo.findByRenjaIdOrderByKode(renja.id));
    }

    @Transactional(readOnly = true)
    public List<BarisRenja> barisUnit(long renjaId, long unitId) {
        Renja renja = baca(renjaId);
        return keData(renja, barisRepo.findByRenjaIdAndUnitKerjaIdOrderByKode(renja.id, unitId));
    }

    /** Every unit's section with its status, completeness and lateness. */
    @Transactional(readOnly = true)
    public List<BagianRenja> bagian(long renjaId) {
        Renja renja = baca(renjaId);
        Map<Long, String> unit = namaUnit(renja);
        List<RenjaBaris> semua = barisRepo.findByRenjaIdOrderByKode(renja.id);
        List<BarisRenja> data = keData(renja, semua);
        LocalDate hariIni = LocalDate.now(clock);
        return bagianRepo.findByRenjaId(renja.id).stream().map(b -> {
            List<BarisRenja> milik = data.stream().filter(x -> x.unitKerjaId() == b.unitKerjaId).toList();
            boolean terlambat = b.status != StatusBagian.DISETUJUI && hariIni.isAfter(renja.batasIsi);
            return new BagianRenja(b.unitKerjaId, unit.get(b.unitKerjaId), b.status, b.alasan,
                    (int) milik.stream().filter(BarisRenja::lengkap).count(), milik.size(), terlambat, b.diajukanPada);
        }).sorted((a, c) -> a.unitNama().compareToIgnoreCase(c.unitNama())).toList();
    }

    @Transactional(readOnly = true)
    public List<NarasiRenja> narasi(long renjaId) {
        Renja renja = baca(renjaId);
        return narasiRepo.findByRenjaIdOrderByKode(renja.id).stream()
                .map(n -> new NarasiRenja(n.id, n.kode, n.judul, n.unitKerjaId, n.isi, n.version)).toList();
    }

    @Transactional(readOnly = true)
    public Forum forum(long renjaId) {
        return forum(baca(renjaId));
    }

    private Forum forum(Renja renja) {
        return new Forum(renja.forumTanggal, renja.forumTempat, renja.forumPeserta,
                usulanRepo.findByRenjaIdOrderById(renja.id).stream().map(RenjaService::data).toList());
    }

    /** Who did what, when, and why — oldest first. */
    @Transactional(readOnly = true)
    public List<Peristiwa> timeline(long renjaId) {
        Renja renja = baca(renjaId);
        Map<Long, String> unit = namaUnit(renja);
        return peristiwaRepo.findByRenjaIdOrderByWaktuAscIdAsc(renja.id).stream()
                .map(p -> new Peristiwa(p.waktu, p.username, p.jabatan, p.aksi,
                        p.unitKerjaId == null ? null : unit.get(p.unitKerjaId), p.keterangan))
                .toList();
    }

    /** The open steps of the Renja's process, e.g. "Isi bagian (Seksi Pemerintahan Umum)". */
    @Transactional(readOnly = true)
    public List<String> langkahSaatIni(long renjaId) {
        Renja renja = baca(renjaId);
        Map<Long, String> unit = namaUnit(renja);
        return tugasTerbuka(renja).stream().map(t -> {
            Object unitId = runtime.getVariable(t.getExecutionId(), "unitId");
            return t.getName() + (unitId == null ? "" : " (" + unit.get(((Number) unitId).longValue()) + ")");
        }).sorted().toList();
    }

    /** The frozen versions, oldest first. */
    @Transactional(readOnly = true)
    public List<RenjaData.Versi> versi(long renjaId) {
        return versiBeku.daftar(baca(renjaId).id);
    }

    /** "What changed since version n": every row and field that differs between that version and now. */
    @Transactional(readOnly = true)
    public List<RenjaData.Perbedaan> perbedaanSejak(long renjaId, int nomorVersi) {
        Renja renja = baca(renjaId);
        return RenjaVersiBeku.banding(versiBeku.isi(renja.id, nomorVersi),
                keData(renja, barisRepo.findByRenjaIdOrderByKode(renja.id)));
    }

    /**
     * BAB II, T-C.29: the evaluation of the Renja of earlier years for this Renja's rows. Targets come from the
     * Renstra (end of period) and from year N−1 (its ditetapkan Renja, else the Renstra); realisasi and every
     * percentage from the stored yearly evaluations (evaluasi module). Without that module the columns stay empty.
     */
    @Transactional(readOnly = true)
    public List<RenjaData.BarisEvaluasiLalu> evaluasiTahunLalu(long renjaId) {
        Renja renja = baca(renjaId);
        RenstraLengkap sumber = renstra.lengkap(renja.renstraId);
        Map<String, BarisRenstra> perKode = new HashMap<>();
        sumber.semuaBaris().forEach(b -> perKode.put(b.kode(), b));
        Map<String, BigDecimal> targetN1 = new HashMap<>();
        renjaRepo.findByKecamatanIdOrderByTahunDescIdDesc(renja.kecamatanId).stream()
                .filter(r -> r.tahun == renja.tahun - 1 && r.tahap == Tahap.DITETAPKAN).findFirst()
                .ifPresent(r -> barisRepo.findByRenjaIdOrderByKode(r.id).forEach(b -> targetN1.put(b.kode, b.target)));
        List<RenjaData.AcuanEvaluasiLalu> acuan = new ArrayList<>();
        for (RenjaBaris b : barisRepo.findByRenjaIdOrderByKode(renja.id)) {
            BarisRenstra r = perKode.get(b.kode);
            BigDecimal akhir = r == null ? null : r.target().get(sumber.renstra().tahunAkhir());
            BigDecimal n1 = targetN1.containsKey(b.kode) ? targetN1.get(b.kode)
                    : r == null ? null : r.target().get(renja.tahun - 1);
            acuan.add(new RenjaData.AcuanEvaluasiLalu(b.kode, b.nama, b.indikator, b.satuan, akhir, n1));
        }
        SumberEvaluasiTahunan evaluasi = sumberEvaluasi.getIfAvailable();
        if (evaluasi == null) {
            return acuan.stream().map(a -> new RenjaData.BarisEvaluasiLalu(a.kode(), a.nama(), a.indikator(), a.satuan(),
                    a.targetAkhirPeriode(), null, null, null, null, a.targetTahunSebelum(), null, null)).toList();
        }
        return evaluasi.evaluasiLalu(renja.kecamatanId, renja.tahun, acuan);
    }

    /**
     * Program and kegiatan lines, each the sum of its sub kegiatan rows (never typed), in nomenclature order,
     * followed by nothing else: the grand total is the sum of the program lines.
     */
    @Transactional(readOnly = true)
    public List<RenjaData.Jumlah> jumlah(long renjaId) {
        Renja renja = baca(renjaId);
        return jumlah(barisRepo.findByRenjaIdOrderByKode(renja.id), renstra.lengkap(renja.renstraId));
    }

    private static List<RenjaData.Jumlah> jumlah(List<RenjaBaris> baris, RenstraLengkap sumber) {
        List<RenjaData.Jumlah> hasil = new ArrayList<>();
        for (BarisRenstra n : sumber.semuaBaris()) {
            if (n.tingkat() == Tingkat.SUB_KEGIATAN) {
                continue;
            }
            List<RenjaBaris> anak = baris.stream().filter(b -> b.kode.startsWith(n.kode() + ".")).toList();
            if (anak.isEmpty()) {
                continue;
            }
            hasil.add(new RenjaData.Jumlah(n.kode(), n.nama(), jumlahkan(anak, b -> b.pagu),
                    jumlahkan(anak, b -> b.paguMaju), jumlahkan(anak, b -> b.paguSebelum), jumlahkan(anak, b -> b.rkpdPagu)));
        }
        return hasil;
    }

    private static long jumlahkan(List<RenjaBaris> baris, java.util.function.Function<RenjaBaris, Long> nilai) {
        return Rupiah.jumlah(baris.stream().map(nilai).toList());
    }

    // ---- documents ----

    /**
     * Everything the Renja's documents print, with the camat's signature block as recorded at penetapan (or, before
     * it, the kecamatan's camat for the draft).
     */
    @Transactional(readOnly = true)
    IsiRenja isiDokumen(long renjaId) {
        Renja renja = baca(renjaId);
        return isiDokumen(renja, penandatanganTercatat(renja));
    }

    /** The kecamatan's sekcam as the signature block of a draft berita acara (the forum's date when recorded). */
    @Transactional(readOnly = true)
    TandaTangan sekcamUntukDraf(long renjaId) {
        Renja renja = baca(renjaId);
        return pejabat.sekcamUntukDraf(organisasi.kecamatan(renja.kecamatanId), renja.forumTanggal);
    }

    private IsiRenja isiDokumen(Renja renja, TandaTangan penandatangan) {
        RenstraLengkap sumber = renstra.lengkap(renja.renstraId);
        List<RenjaBaris> baris = barisRepo.findByRenjaIdOrderByKode(renja.id);
        Map<String, BarisRenstra> perKode = new java.util.LinkedHashMap<>();
        sumber.semuaBaris().forEach(b -> perKode.put(b.kode(), b));
        Map<Long, String> unit = new java.util.LinkedHashMap<>();
        organisasi.unit(renja.kecamatanId).forEach(u -> unit.put(u.id(), u.nama()));
        List<NarasiRenja> narasi = narasiRepo.findByRenjaIdOrderByKode(renja.id).stream()
                .map(n -> new NarasiRenja(n.id, n.kode, n.judul, n.unitKerjaId, n.isi, n.version)).toList();
        return new IsiRenja(ringkas(renja), organisasi.kecamatan(renja.kecamatanId), versi(renja),
                sumber.renstra().periode(), keData(renja, baris), jumlah(baris, sumber), perKode, sumber.tujuanSasaran(),
                evaluasi(renja, sumber, baris), baris.stream().map(RenjaService::review).toList(), forum(renja), narasi,
                unit, penandatangan);
    }

    /**
     * The rows of T-C.29 for this Renja: every program, kegiatan and sub kegiatan in it. A sub kegiatan's row is the
     * one the BAB II screen shows ({@link #evaluasiTahunLalu}: the evaluasi module computes columns 8, 10 and 11, so
     * the document has no second implementation); a program or kegiatan line carries the Renstra's targets (4, 9).
     */
    private List<RenjaData.BarisEvaluasiLalu> evaluasi(Renja renja, RenstraLengkap sumber, List<RenjaBaris> baris) {
        int akhir = sumber.renstra().tahunAkhir();
        Map<String, RenjaData.BarisEvaluasiLalu> lalu = new HashMap<>();
        evaluasiTahunLalu(renja.id).forEach(b -> lalu.put(b.kode(), b));
        return sumber.semuaBaris().stream()
                .filter(n -> baris.stream().anyMatch(b -> b.kode.equals(n.kode()) || b.kode.startsWith(n.kode() + ".")))
                .map(n -> lalu.getOrDefault(n.kode(), new RenjaData.BarisEvaluasiLalu(n.kode(), n.nama(), n.indikator(),
                        n.satuan(), n.target().get(akhir), null, null, null, null, n.target().get(renja.tahun - 1), null, null)))
                .toList();
    }

    /** 1 for a Renja, one more for each perubahan in its line. */
    private int versi(Renja renja) {
        int versi = 1;
        for (Long induk = renja.indukId; induk != null; versi++) {
            induk = renjaRepo.findById(induk).map(r -> r.indukId).orElse(null);
        }
        return versi;
    }

    /** After penetapan the recorded signer; before it, the camat as a draft shows them (or nobody). */
    private TandaTangan penandatanganTercatat(Renja renja) {
        KecamatanData kecamatan = organisasi.kecamatan(renja.kecamatanId);
        if (renja.tahap == Tahap.DITETAPKAN && renja.penetapanNip != null) {
            return new TandaTangan(renja.penetapanTempat, renja.penetapanTanggal, PejabatRenja.pelaksana(renja.penetapanJabatan),
                    kecamatan.jabatanCamat(), renja.penetapanNama, renja.penetapanPangkat, Nip.of(renja.penetapanNip));
        }
        return pejabat.camatUntukDraf(kecamatan);
    }

    /** Whether the signed-in user may open a Renja (or a perubahan) in this kecamatan: its sekcam. */
    @Transactional(readOnly = true)
    public boolean bolehMembuka(long kecamatanId) {
        return akses.punyaPeranDi(Peran.SEKCAM, kecamatanId);
    }

    /** The unit of the signed-in user that owns rows in this Renja (head or staf, also Plt./Plh.), if any. */
    @Transactional(readOnly = true)
    public java.util.Optional<Long> unitSaya(long renjaId) {
        Renja renja = baca(renjaId);
        return bagianRepo.findByRenjaId(renja.id).stream().map(b -> b.unitKerjaId)
                .filter(u -> akses.anggotaUnitDi(renja.kecamatanId, u)).findFirst();
    }

    /** Whether the unit's "Isi/Revisi bagian" task is open now (the screen is read-only otherwise). */
    @Transactional(readOnly = true)
    public boolean sedangDiisi(long renjaId, long unitId) {
        Renja renja = baca(renjaId);
        return renja.tahap != Tahap.DITETAPKAN && tasks.createTaskQuery().processDefinitionKey(PROSES)
                .processInstanceBusinessKey(String.valueOf(renja.id)).taskDefinitionKeys(List.of("isiBagian", "revisiBagian"))
                .taskCandidateGroup("unit:" + unitId).count() > 0;
    }

    /** Units whose section waits for the sekcam's review now. */
    @Transactional(readOnly = true)
    public List<Long> menungguTelaah(long renjaId) {
        Renja renja = baca(renjaId);
        return tasks.createTaskQuery().processDefinitionKey(PROSES).processInstanceBusinessKey(String.valueOf(renja.id))
                .taskDefinitionKeys(List.of("telaahSekcam", "telaahRevisi")).list().stream()
                .map(t -> ((Number) runtime.getVariable(t.getExecutionId(), "unitId")).longValue()).toList();
    }

    // ---- a unit fills its section ----

    /** A unit member saves a row while the unit's task is open; refused if someone saved the row first. */
    public BarisRenja simpanBaris(UbahBarisRenja ubah) {
        RenjaBaris b = barisRepo.findById(ubah.id())
                .orElseThrow(DataTidakDitemukanException::new);
        Renja renja = baca(b.renjaId);
        wajibBelumDitetapkan(renja);
        if (!akses.anggotaUnitDi(renja.kecamatanId, b.unitKerjaId)) {
            throw new org.springframework.security.access.AccessDeniedException(Pesan.get("akses.unitLain"));
        }
        tugasIsi(renja, b.unitKerjaId);
        if (b.version != ubah.version()) {
            throw new ObjectOptimisticLockingFailureException(RenjaBaris.class, b.id);
        }
        if (negatif(ubah.target()) || negatif(ubah.targetMaju()) || (ubah.pagu() != null && ubah.pagu() < 0)
                || (ubah.paguMaju() != null && ubah.paguMaju() < 0)) {
            throw new AturanDilanggarException(Pesan.get("renja.negatif"));
        }
        // every value is checked before any is changed: a refused row is left exactly as it was
        BigDecimal target = Kuantitas.periksa(ubah.target(), Pesan.get("bagianSaya.target"));
        BigDecimal targetMaju = Kuantitas.periksa(ubah.targetMaju(), Pesan.get("bagianSaya.targetMaju"));
        Rupiah.periksa(ubah.pagu(), Pesan.get("bagianSaya.paguIndikatifRp"));
        Rupiah.periksa(ubah.paguMaju(), Pesan.get("bagianSaya.paguMajuRp"));
        BatasTeks.periksa(ubah.indikator(), BatasTeks.INDIKATOR, Pesan.get("bagianSaya.indikator"));
        BatasTeks.periksa(ubah.lokasi(), BatasTeks.LOKASI, Pesan.get("bagianSaya.lokasi"));
        BatasTeks.periksa(ubah.sumberDana(), BatasTeks.SUMBER_DANA, Pesan.get("bagianSaya.sumberDana"));
        BatasTeks.periksa(ubah.catatan(), BatasTeks.CATATAN, Pesan.get("bagianSaya.catatanPenting"));
        periksaLokasi(renja, ubah.lokasi());
        String lama = ringkasBaris(b);
        b.indikator = kosong(ubah.indikator());
        b.target = target;
        b.lokasi = kosong(ubah.lokasi());
        b.pagu = ubah.pagu();
        b.sumberDana = kosong(ubah.sumberDana());
        b.catatan = kosong(ubah.catatan());
        b.targetMaju = targetMaju;
        b.paguMaju = ubah.paguMaju();
        barisRepo.saveAndFlush(b);
        audit.catat(renja.kecamatanId, "UBAH", "RenjaBaris", renja.id + ":" + b.kode, lama, ringkasBaris(b));
        return keData(renja, List.of(b)).getFirst();
    }

    /** Saves a narrative part: its unit's members while their task is open, or the sekcam for secretariat parts. */
    public NarasiRenja simpanNarasi(long narasiId, long version, String isi) {
        RenjaNarasi n = narasiRepo.findById(narasiId).orElseThrow(DataTidakDitemukanException::new);
        Renja renja = baca(n.renjaId);
        wajibBelumDitetapkan(renja);
        if (n.unitKerjaId == null) {
            akses.wajibPeranDi(Peran.SEKCAM, renja.kecamatanId);
        } else {
            if (!akses.anggotaUnitDi(renja.kecamatanId, n.unitKerjaId)) {
                throw new org.springframework.security.access.AccessDeniedException(Pesan.get("akses.unitLain"));
            }
            tugasIsi(renja, n.unitKerjaId);
        }
        if (n.version != version) {
            throw new ObjectOptimisticLockingFailureException(RenjaNarasi.class, n.id);
        }
        BatasTeks.periksaTeks(isi, Pesan.get("bagianSaya.narasi"));
        String lama = n.isi;
        n.isi = kosong(isi);
        narasiRepo.saveAndFlush(n);
        audit.catat(renja.kecamatanId, "UBAH", "RenjaNarasi", renja.id + ":" + n.kode, lama, n.isi);
        return new NarasiRenja(n.id, n.kode, n.judul, n.unitKerjaId, n.isi, n.version);
    }

    /** The unit head submits the section (a staf may only save drafts). Every row must be complete. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void ajukanBagian(long renjaId, long unitId) {
        denganUlang(() -> ajukan(renjaId, unitId));
    }

    private void ajukan(long renjaId, long unitId) {
        Renja renja = bacaUntukLangkah(renjaId);
        wajibBelumDitetapkan(renja);
        if (!akses.kepalaUnitDi(renja.kecamatanId, unitId)) {
            throw new org.springframework.security.access.AccessDeniedException(Pesan.get("renja.hanyaKepalaUnit"));
        }
        Task tugas = tugasIsi(renja, unitId);
        long belum = keData(renja, barisRepo.findByRenjaIdAndUnitKerjaIdOrderByKode(renja.id, unitId)).stream()
                .filter(b -> !b.lengkap()).count();
        if (belum > 0) {
            throw new AturanDilanggarException(Pesan.get("renja.belumLengkap", belum));
        }
        RenjaBagian bagian = bagian(renja, unitId);
        bagian.status = StatusBagian.DIAJUKAN;
        bagian.diajukanPada = clock.instant();
        tasks.complete(tugas.getId());
        catat(renja, "AJUKAN", unitId, null);
    }

    // ---- the sekcam reviews ----

    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void setujuiBagian(long renjaId, long unitId) {
        denganUlang(() -> setujui(renjaId, unitId));
    }

    private void setujui(long renjaId, long unitId) {
        Renja renja = bacaUntukLangkah(renjaId);
        akses.wajibPeranDi(Peran.SEKCAM, renja.kecamatanId);
        Task tugas = tugasTelaah(renja, unitId);
        RenjaBagian bagian = bagian(renja, unitId);
        bagian.status = StatusBagian.DISETUJUI;
        bagian.alasan = null;
        bagian.disetujuiPada = clock.instant();
        for (RenjaBaris b : barisRepo.findByRenjaIdAndUnitKerjaIdOrderByKode(renja.id, unitId)) {
            b.dikembalikan = false;
            b.catatanTelaah = null;
        }
        runtime.setVariableLocal(tugas.getExecutionId(), "disetujui", true);
        tasks.complete(tugas.getId());
        if (renja.tahap == Tahap.REVISI && tasks.createTaskQuery().processDefinitionKey(PROSES).processInstanceBusinessKey(String.valueOf(renja.id))
                .taskDefinitionKeys(List.of("revisiBagian", "telaahRevisi")).count() == 0) {
            renja.tahap = Tahap.RANCANGAN_AKHIR;
        }
        catat(renja, "SETUJUI_BAGIAN", unitId, null);
    }

    /**
     * Returns a section to its unit. A reason is required: per row, for the section, or both. The sekcam cannot
     * change the unit's numbers, only say why they must change.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void kembalikanBagian(long renjaId, long unitId, Map<Long, String> alasanPerBaris, String alasanBagian) {
        denganUlang(() -> kembalikan(renjaId, unitId, alasanPerBaris, alasanBagian));
    }

    private void kembalikan(long renjaId, long unitId, Map<Long, String> alasanPerBaris, String alasanBagian) {
        Renja renja = bacaUntukLangkah(renjaId);
        akses.wajibPeranDi(Peran.SEKCAM, renja.kecamatanId);
        Task tugas = tugasTelaah(renja, unitId);
        Map<Long, String> alasan = new HashMap<>();
        alasanPerBaris.forEach((id, teks) -> {
            if (teks != null && !teks.isBlank()) {
                alasan.put(id, teks.strip());
            }
        });
        if (alasan.isEmpty() && (alasanBagian == null || alasanBagian.isBlank())) {
            throw new AturanDilanggarException(Pesan.get("renja.alasanWajib"));
        }
        alasan.values().forEach(a -> BatasTeks.periksa(a, BatasTeks.CATATAN, Pesan.get("sekcamView.alasanBaris")));
        BatasTeks.periksa(alasanBagian, BatasTeks.ALASAN, Pesan.get("sekcamView.alasanBagian"));
        List<String> ringkasan = new ArrayList<>();
        for (RenjaBaris b : barisRepo.findByRenjaIdAndUnitKerjaIdOrderByKode(renja.id, unitId)) {
            b.dikembalikan = alasan.containsKey(b.id);
            b.catatanTelaah = alasan.get(b.id);
            if (b.dikembalikan) {
                ringkasan.add(b.kode + ": " + b.catatanTelaah);
            }
        }
        RenjaBagian bagian = bagian(renja, unitId);
        bagian.status = StatusBagian.DIKEMBALIKAN;
        bagian.alasan = alasanBagian == null || alasanBagian.isBlank() ? null : alasanBagian.strip();
        runtime.setVariableLocal(tugas.getExecutionId(), "disetujui", false);
        tasks.complete(tugas.getId());
        String keterangan = String.join("; ", ringkasan);
        if (bagian.alasan != null) {
            keterangan = bagian.alasan + (keterangan.isEmpty() ? "" : "; " + keterangan);
        }
        catat(renja, "KEMBALIKAN_BAGIAN", unitId, keterangan);
    }

    // ---- review of the rancangan awal RKPD (T-C.31) ----

    @Transactional(readOnly = true)
    public List<RenjaData.ReviewRkpd> reviewRkpd(long renjaId) {
        Renja renja = baca(renjaId);
        return barisRepo.findByRenjaIdOrderByKode(renja.id).stream().map(RenjaService::review).toList();
    }

    /**
     * The sekcam records the kabupaten's rancangan awal RKPD values for a row and a catatan penting. These are not
     * the unit's numbers (those stay the unit's), so the sekcam may enter them until the Renja is ditetapkan.
     */
    public RenjaData.ReviewRkpd simpanReviewRkpd(RenjaData.UbahReviewRkpd ubah) {
        RenjaBaris b = barisRepo.findById(ubah.barisId())
                .orElseThrow(DataTidakDitemukanException::new);
        Renja renja = baca(b.renjaId);
        akses.wajibPeranDi(Peran.SEKCAM, renja.kecamatanId);
        wajibBelumDitetapkan(renja);
        if (b.version != ubah.version()) {
            throw new ObjectOptimisticLockingFailureException(RenjaBaris.class, b.id);
        }
        if (negatif(ubah.rkpdTarget()) || (ubah.rkpdPagu() != null && ubah.rkpdPagu() < 0)) {
            throw new AturanDilanggarException(Pesan.get("renja.negatif"));
        }
        BigDecimal rkpdTarget = Kuantitas.periksa(ubah.rkpdTarget(), Pesan.get("sekcamView.rkpdTarget"));
        Rupiah.periksa(ubah.rkpdPagu(), Pesan.get("sekcamView.rkpdPaguRp"));
        BatasTeks.periksa(ubah.rkpdLokasi(), BatasTeks.LOKASI, Pesan.get("sekcamView.rkpdLokasi"));
        BatasTeks.periksa(ubah.rkpdIndikator(), BatasTeks.INDIKATOR, Pesan.get("sekcamView.rkpdIndikator"));
        BatasTeks.periksa(ubah.catatan(), BatasTeks.CATATAN, Pesan.get("sekcamView.catatanPenting"));
        String lama = review(b).toString();
        b.rkpdLokasi = kosong(ubah.rkpdLokasi());
        b.rkpdIndikator = kosong(ubah.rkpdIndikator());
        b.rkpdTarget = rkpdTarget;
        b.rkpdPagu = ubah.rkpdPagu();
        b.rkpdCatatan = kosong(ubah.catatan());
        barisRepo.saveAndFlush(b);
        audit.catat(renja.kecamatanId, "UBAH", "ReviewRkpd", renja.id + ":" + b.kode, lama, review(b).toString());
        return review(b);
    }

    private static RenjaData.ReviewRkpd review(RenjaBaris b) {
        return new RenjaData.ReviewRkpd(b.id, b.kode, b.nama, b.rkpdLokasi, b.rkpdIndikator, b.rkpdTarget, b.rkpdPagu,
                b.lokasi, b.indikator, b.target, b.satuan, b.pagu, b.rkpdCatatan, b.version);
    }

    // ---- forum perangkat daerah ----

    /** Records the forum: date, place, participants and every usulan with its decision and reason. */
    public void simpanForum(long renjaId, Forum forum) {
        Renja renja = bacaUntukLangkah(renjaId);
        akses.wajibPeranDi(Peran.SEKCAM, renja.kecamatanId);
        wajibTugas(renja, "forumPerangkatDaerah", "sekcam:" + renja.kecamatanId);
        Set<String> kode = barisRepo.findByRenjaIdOrderByKode(renja.id).stream().map(b -> b.kode).collect(Collectors.toSet());
        for (UsulanRenja u : forum.usulan()) {
            if (u.sumber() == null || u.kode() == null || u.uraian() == null || u.uraian().isBlank()
                    || (u.keputusan() != null && (u.alasan() == null || u.alasan().isBlank()))) {
                throw new AturanDilanggarException(Pesan.get("renja.usulanTidakLengkap"));
            }
            if (!kode.contains(u.kode())) {
                throw new AturanDilanggarException(Pesan.get("renja.kodeTidakAda", u.kode()));
            }
            BatasTeks.periksa(u.desa(), BatasTeks.BESARAN, Pesan.get("sekcamView.desa"));
            BatasTeks.periksa(u.uraian(), BatasTeks.URAIAN, Pesan.get("sekcamView.usulan"));
            BatasTeks.periksa(u.besaran(), BatasTeks.BESARAN, Pesan.get("sekcamView.besaran"));
            BatasTeks.periksa(u.alasan(), BatasTeks.CATATAN, Pesan.get("sekcamView.alasanKeputusan"));
        }
        BatasTeks.periksa(forum.tempat(), BatasTeks.LOKASI, Pesan.get("sekcamView.forumTempat"));
        BatasTeks.periksaTeks(forum.peserta(), Pesan.get("sekcamView.forumPeserta"));
        renja.forumTanggal = forum.tanggal();
        renja.forumTempat = kosong(forum.tempat());
        renja.forumPeserta = kosong(forum.peserta());
        usulanRepo.deleteAll(usulanRepo.findByRenjaIdOrderById(renja.id));
        for (UsulanRenja u : forum.usulan()) {
            RenjaUsulan baru = new RenjaUsulan();
            baru.renjaId = renja.id;
            baru.sumber = u.sumber();
            baru.desa = kosong(u.desa());
            baru.kode = u.kode();
            baru.uraian = u.uraian().strip();
            baru.besaran = kosong(u.besaran());
            baru.keputusan = u.keputusan();
            baru.alasan = kosong(u.alasan());
            usulanRepo.save(baru);
        }
        audit.catat(renja.kecamatanId, "UBAH", "RenjaForum", renja.id, null, forum.toString());
    }

    /**
     * Keeps the uploaded scan of the hand-signed berita acara in the document archive (evidence for inspectors) and
     * records its name and hash on the Renja. A new upload is a new archived file; the Renja names the latest.
     */
    public void catatBeritaAcara(long renjaId, String namaBerkas, byte[] isi) {
        Renja renja = baca(renjaId);
        akses.wajibPeranDi(Peran.SEKCAM, renja.kecamatanId);
        wajibTugas(renja, "forumPerangkatDaerah", "sekcam:" + renja.kecamatanId);
        var bukti = dokumen.simpanBukti(renja.kecamatanId, renja.tahun, "Berita acara forum (unggahan)",
                "Berita Acara Forum Perangkat Daerah " + ringkas(renja).judul(), namaBerkas, isi);
        renja.beritaAcaraNama = namaBerkas;
        renja.beritaAcaraHash = bukti.sha256();
        renja.beritaAcaraBuktiKode = bukti.kode();
        catat(renja, "BERITA_ACARA", null, namaBerkas + " (SHA-256 " + bukti.sha256() + ")");
    }

    /**
     * Ends the forum: freezes the "hasil forum" version and sends revision work to exactly the units whose sub
     * kegiatan received an accepted usulan, plus the units the sekcam asks to change.
     */
        @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public List<Long> selesaikanForum(long renjaId, Set<Long> unitDiminta) {
        return denganUlang(() -> forumSelesai(renjaId, unitDiminta));
    }

    private List<Long> forumSelesai(long renjaId, Set<Long> unitDiminta) {
        Renja renja = bacaUntukLangkah(renjaId);
        akses.wajibPeranDi(Peran.SEKCAM, renja.kecamatanId);
        Task tugas = wajibTugas(renja, "forumPerangkatDaerah", "sekcam:" + renja.kecamatanId);
        if (renja.forumTanggal == null || renja.forumTempat == null) {
            throw new AturanDilanggarException(Pesan.get("renja.forumBelumLengkap"));
        }
        Map<String, Long> unitPerKode = barisRepo.findByRenjaIdOrderByKode(renja.id).stream()
                .collect(Collectors.toMap(b -> b.kode, b -> b.unitKerjaId));
        Set<Long> revisi = new LinkedHashSet<>();
        usulanRepo.findByRenjaIdOrderById(renja.id).stream().filter(u -> u.keputusan == KeputusanUsulan.DITERIMA)
                .forEach(u -> revisi.add(unitPerKode.get(u.kode)));
        Set<Long> sah = bagianRepo.findByRenjaId(renja.id).stream().map(b -> b.unitKerjaId).collect(Collectors.toSet());
        unitDiminta.stream().filter(sah::contains).forEach(revisi::add);
        List<Long> unitRevisi = new ArrayList<>(new TreeSet<>(revisi));
        for (Long unitId : unitRevisi) {
            RenjaBagian b = bagian(renja, unitId);
            b.status = StatusBagian.DIISI;
        }
        versiBeku.bekukan(renja.id, Tahap.FORUM, keData(renja, barisRepo.findByRenjaIdOrderByKode(renja.id)));
        // The berita acara states what the forum decided: the sekcam signs it now, when that record becomes final,
        // in this transaction (the forum does not close without it).
        KecamatanData kecamatan = organisasi.kecamatan(renja.kecamatanId);
        TandaTangan sekcam = dokumen.tandaTanganSaya(renja.kecamatanId, Peran.SEKCAM, kecamatan.jabatanSekcam(),
                kecamatan.tempatSurat(), renja.forumTanggal);
        renja.beritaAcaraArsipKode = dokumen.terbitkan(DokumenBeritaAcara.susun(isiDokumen(renja, null), sekcam, false)).kode();
        renja.tahap = unitRevisi.isEmpty() ? Tahap.RANCANGAN_AKHIR : Tahap.REVISI;
        runtime.setVariable(tugas.getProcessInstanceId(), "unitRevisi", unitRevisi);
        tasks.complete(tugas.getId());
        Map<Long, String> unit = namaUnit(renja);
        catat(renja, "SELESAI_FORUM", null, unitRevisi.isEmpty() ? "Tanpa revisi"
                : "Revisi oleh: " + unitRevisi.stream().map(unit::get).collect(Collectors.joining(", ")));
        return unitRevisi;
    }

    /** The sekcam approves the rancangan akhir and sends it to the camat. */
        @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void setujuiRancanganAkhir(long renjaId) {
        denganUlang(() -> rancanganAkhirDisetujui(renjaId));
    }

    private void rancanganAkhirDisetujui(long renjaId) {
        Renja renja = bacaUntukLangkah(renjaId);
        akses.wajibPeranDi(Peran.SEKCAM, renja.kecamatanId);
        Task tugas = wajibTugas(renja, "setujuiRancanganAkhir", "sekcam:" + renja.kecamatanId);
        versiBeku.bekukan(renja.id, Tahap.RANCANGAN_AKHIR, keData(renja, barisRepo.findByRenjaIdOrderByKode(renja.id)));
        renja.tahap = Tahap.PENETAPAN;
        tasks.complete(tugas.getId());
        catat(renja, "SETUJUI_RANCANGAN_AKHIR", null, null);
    }

    // ---- the camat ----

    /**
     * Penetapan: only the camat, or a Plt./Plh. camat within the acting period (the signature then reads
     * "Plt. Camat …"). The Renja is frozen afterwards.
     */
        @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void tetapkan(long renjaId, String tempat, LocalDate tanggal) {
        denganUlang(() -> penetapanDitandatangani(renjaId, tempat, tanggal));
    }

    private void penetapanDitandatangani(long renjaId, String tempat, LocalDate tanggal) {
        Renja renja = bacaUntukLangkah(renjaId);
        akses.wajibPeranDi(Peran.CAMAT, renja.kecamatanId);
        Task tugas = wajibTugas(renja, "penetapan", "camat:" + renja.kecamatanId);
        BatasTeks.periksa(tempat, BatasTeks.LOKASI, Pesan.get("penetapanView.tempat"));
        if (tempat == null || tempat.isBlank() || tanggal == null) {
            throw new AturanDilanggarException(Pesan.get("validasi.wajibIsi", "Tempat dan tanggal penetapan"));
        }
        var saya = akses.pengguna();
        KecamatanData kecamatan = organisasi.kecamatan(renja.kecamatanId);
        TandaTangan penanda = dokumen.tandaTanganSaya(renja.kecamatanId, Peran.CAMAT, kecamatan.jabatanCamat(),
                tempat.strip(), tanggal);
        renja.penetapanTempat = tempat.strip();
        renja.penetapanTanggal = tanggal;
        renja.penetapanOleh = saya.getUsername();
        renja.penetapanNama = penanda.nama();
        renja.penetapanJabatan = saya.jabatanPada(akses.hariIni());
        renja.penetapanNip = penanda.nip().nilai();
        renja.penetapanPangkat = penanda.pangkatGolongan();
        renja.tahap = Tahap.DITETAPKAN;
        versiBeku.bekukan(renja.id, Tahap.DITETAPKAN, keData(renja, barisRepo.findByRenjaIdOrderByKode(renja.id)));
        // The signed PDF is rendered, signed and archived in this very transaction: a Renja is never DITETAPKAN
        // without it, and a signature that cannot be made leaves the Renja waiting for penetapan. Rendering holds
        // this Renja's row lock for a second or two; only this Renja's steps wait for it.
        ArsipDokumen arsip = dokumen.terbitkan(DokumenRenja.susun(isiDokumen(renja, penanda), false));
        renja.penetapanArsipKode = arsip.kode();
        runtime.setVariableLocal(tugas.getExecutionId(), "ditetapkan", true);
        tasks.complete(tugas.getId());
        catat(renja, "TETAPKAN", null, renja.penetapanTempat + ", " + FormatIndonesia.tanggal(tanggal)
                + "; dokumen " + arsip.kode());
        audit.catat(renja.kecamatanId, "TETAPKAN", "Renja", renja.id, null, renja.penetapanJabatan + " | dokumen "
                + arsip.kode() + " | SHA-256 " + arsip.sha256());
        kabar.publishEvent(new RenjaDitetapkan(renja.id, renja.kecamatanId, renja.tahun, renja.indukId));
    }

    /** The camat returns the rancangan akhir to the sekcam, with a reason. */
        @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void kembalikanKeSekcam(long renjaId, String alasan) {
        denganUlang(() -> dikembalikanKeSekcam(renjaId, alasan));
    }

    private void dikembalikanKeSekcam(long renjaId, String alasan) {
        Renja renja = bacaUntukLangkah(renjaId);
        akses.wajibPeranDi(Peran.CAMAT, renja.kecamatanId);
        Task tugas = wajibTugas(renja, "penetapan", "camat:" + renja.kecamatanId);
        if (alasan == null || alasan.isBlank()) {
            throw new AturanDilanggarException(Pesan.get("renja.alasanWajib"));
        }
        renja.tahap = Tahap.RANCANGAN_AKHIR;
        runtime.setVariableLocal(tugas.getExecutionId(), "ditetapkan", false);
        tasks.complete(tugas.getId());
        catat(renja, "KEMBALIKAN_KE_SEKCAM", null, alasan.strip());
    }

    // ---- called by the process (workflow beans) ----

    /**
     * All sections approved: the rows are compiled into the rancangan, frozen, and the forum is next. Called by the
     * process ({@code susunRancangan} service task), never by a screen.
     */
    public void susunRancangan(long renjaId) {
        akses.wajibSistem();
        Renja renja = renjaRepo.findById(renjaId).orElseThrow();
        renja.tahap = Tahap.FORUM;
        versiBeku.bekukan(renja.id, Tahap.PENYUSUNAN, keData(renja, barisRepo.findByRenjaIdOrderByKode(renja.id)));
        catat(renja, "SUSUN_RANCANGAN", null, "Rancangan disusun dari semua bagian yang disetujui");
    }

    // ---- helpers ----

    /** Runs one use case in its own transaction, repeated on a deadlock or engine conflict (see UlangSaatTabrakan). */
    private <T> T denganUlang(java.util.function.Supplier<T> kerja) {
        return ulang.jalankan(kerja);
    }

    private void denganUlang(Runnable kerja) {
        ulang.jalankan(kerja);
    }

    Renja baca(long renjaId) {
        Renja renja = renjaRepo.findById(renjaId).orElseThrow(DataTidakDitemukanException::new);
        organisasi.kecamatan(renja.kecamatanId); // read access: same kecamatan, or the kabupaten's viewer, or admin
        return renja;
    }

    /**
     * Reads the Renja for a step of its cycle and locks its row until the transaction ends. Steps of one Renja
     * (many units finishing the same parallel multi-instance at once) then run one after another, so the process
     * engine never sees two completions of its parallel sections at the same moment.
     */
    private Renja bacaUntukLangkah(long renjaId) {
        Renja renja = renjaRepo.kunci(renjaId).orElseThrow(DataTidakDitemukanException::new);
        organisasi.kecamatan(renja.kecamatanId);
        return renja;
    }

    private RenjaBagian bagian(Renja renja, long unitId) {
        return bagianRepo.findByRenjaIdAndUnitKerjaId(renja.id, unitId)
                .orElseThrow(() -> new AturanDilanggarException(Pesan.get("renja.bukanTugasAnda")));
    }

    private List<Task> tugasTerbuka(Renja renja) {
        return tasks.createTaskQuery().processDefinitionKey(PROSES).processInstanceBusinessKey(String.valueOf(renja.id))
                .orderByTaskCreateTime().asc().list();
    }

    /** The unit's open "Isi bagian" or "Revisi bagian" task; none means the unit may not change anything now. */
    private Task tugasIsi(Renja renja, long unitId) {
        return tasks.createTaskQuery().processDefinitionKey(PROSES).processInstanceBusinessKey(String.valueOf(renja.id))
                .taskDefinitionKeys(List.of("isiBagian", "revisiBagian")).taskCandidateGroup("unit:" + unitId)
                .list().stream().findFirst()
                .orElseThrow(() -> new AturanDilanggarException(Pesan.get("renja.bukanTugasAnda")));
    }

    private Task tugasTelaah(Renja renja, long unitId) {
        return tasks.createTaskQuery().processDefinitionKey(PROSES).processInstanceBusinessKey(String.valueOf(renja.id))
                .taskDefinitionKeys(List.of("telaahSekcam", "telaahRevisi")).list().stream()
                .filter(t -> Objects.equals(((Number) runtime.getVariable(t.getExecutionId(), "unitId")).longValue(), unitId))
                .findFirst()
                .orElseThrow(() -> new AturanDilanggarException(Pesan.get("renja.tidakAdaTugas", "Telaah sekcam")));
    }

    private Task wajibTugas(Renja renja, String kunci, String grup) {
        return tasks.createTaskQuery().processDefinitionKey(PROSES).processInstanceBusinessKey(String.valueOf(renja.id))
                .taskDefinitionKey(kunci).taskCandidateGroup(grup).list().stream().findFirst()
                .orElseThrow(() -> new AturanDilanggarException(Pesan.get("renja.tidakAdaTugas", kunci)));
    }

    private static void wajibBelumDitetapkan(Renja renja) {
        if (renja.tahap == Tahap.DITETAPKAN) {
            throw new AturanDilanggarException(Pesan.get("renja.sudahDitetapkan"));
        }
    }

    private void periksaLokasi(Renja renja, String lokasi) {
        if (lokasi == null || lokasi.isBlank()) {
            return;
        }
        KecamatanData kecamatan = organisasi.kecamatan(renja.kecamatanId);
        Set<String> sah = new java.util.HashSet<>();
        sah.add("Kecamatan " + kecamatan.nama());
        organisasi.desa(renja.kecamatanId).stream().map(DesaData::nama).forEach(d -> sah.add("Desa " + d));
        for (String bagian : lokasi.split(",")) {
            if (!sah.contains(bagian.strip())) {
                throw new AturanDilanggarException(Pesan.get("renja.lokasiTidakSah", bagian.strip()));
            }
        }
    }

    void catat(Renja renja, String aksi, Long unitId, String keterangan) {
        RenjaPeristiwa p = new RenjaPeristiwa();
        p.renjaId = renja.id;
        p.waktu = clock.instant();
        var pengguna = akses.penggunaOpsional();
        p.username = pengguna.map(x -> x.getUsername()).orElse("sistem");
        p.jabatan = pengguna.map(x -> x.jabatanPada(akses.hariIni())).orElse("Sistem");
        p.aksi = aksi;
        p.unitKerjaId = unitId;
        p.keterangan = BatasTeks.potong(keterangan, BatasTeks.KETERANGAN); // composed from several reasons
        peristiwaRepo.save(p);
    }

    private Map<Long, String> namaUnit(Renja renja) {
        return organisasi.unit(renja.kecamatanId).stream().collect(Collectors.toMap(UnitData::id, UnitData::nama));
    }

    private List<BarisRenja> keData(Renja renja, List<RenjaBaris> baris) {
        Map<Long, String> unit = namaUnit(renja);
        return baris.stream().map(b -> new BarisRenja(b.id, b.kode, b.nama, b.unitKerjaId,
                unit.get(b.unitKerjaId), b.indikator, b.satuan, b.target, b.lokasi, b.pagu, b.sumberDana, b.catatan,
                b.targetMaju, b.paguMaju, b.targetSebelum, b.paguSebelum, b.lokasiSebelum, b.indikatorSebelum,
                b.catatanTelaah, b.dikembalikan, b.version)).toList();
    }

    static RenjaRingkas ringkas(Renja r) {
        return new RenjaRingkas(r.id, r.kecamatanId, r.tahun, r.jenis, r.indukId, r.tahap, r.batasIsi, r.batasTelaah,
                r.batasForum, r.batasPenetapan, r.penetapanTempat, r.penetapanTanggal, r.penetapanNama,
                r.penetapanJabatan, r.penetapanArsipKode, r.beritaAcaraArsipKode, r.beritaAcaraNama,
                r.beritaAcaraBuktiKode, r.version);
    }

    private static UsulanRenja data(RenjaUsulan u) {
        return new UsulanRenja(u.id, u.sumber, u.desa, u.kode, u.uraian, u.besaran, u.keputusan, u.alasan);
    }

    private static String ringkasBaris(RenjaBaris b) {
        return "indikator=" + b.indikator + "; target=" + b.target + "; lokasi=" + b.lokasi + "; pagu=" + b.pagu
                + "; sumberDana=" + b.sumberDana + "; catatan=" + b.catatan + "; targetMaju=" + b.targetMaju
                + "; paguMaju=" + b.paguMaju;
    }

    private static boolean negatif(BigDecimal v) {
        return v != null && v.signum() < 0;
    }

    private static String kosong(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
