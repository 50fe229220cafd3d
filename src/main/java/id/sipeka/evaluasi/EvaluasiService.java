package id.sipeka.evaluasi;

import id.sipeka.base.Rupiah;
import id.sipeka.base.Kuantitas;
import id.sipeka.base.BatasTeks;
import id.sipeka.audit.AuditService;
import id.sipeka.base.AturanDilanggarException;
import id.sipeka.base.DataTidakDitemukanException;
import id.sipeka.base.FormatIndonesia;
import id.sipeka.base.Pesan;
import id.sipeka.base.UlangSaatTabrakan;
import id.sipeka.evaluasi.EvaluasiData.BarisLaporan;
import id.sipeka.evaluasi.EvaluasiData.BarisMatriks;
import id.sipeka.evaluasi.EvaluasiData.Berkas;
import id.sipeka.evaluasi.EvaluasiData.BuktiData;
import id.sipeka.evaluasi.EvaluasiData.EvaluasiRingkas;
import id.sipeka.evaluasi.EvaluasiData.KegiatanData;
import id.sipeka.evaluasi.EvaluasiData.LaporanData;
import id.sipeka.evaluasi.EvaluasiData.SelMatriks;
import id.sipeka.evaluasi.EvaluasiData.UbahLaporanBaris;
import id.sipeka.notifikasi.Pemberitahu;
import id.sipeka.notifikasi.Pemberitahuan;
import id.sipeka.organisasi.OrganisasiData.DesaData;
import id.sipeka.organisasi.OrganisasiData.KecamatanData;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.renja.RenjaData.RenjaRingkas;
import id.sipeka.security.Akses;
import id.sipeka.security.Peran;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The quarterly evaluation on Flowable (processes/evaluasi-triwulan.bpmn20.xml, business key = the evaluation's id):
 * every unit with sub kegiatan fills its laporan evaluasi (a staf may draft, the head submits), the sekcam verifies
 * or returns it with reasons, the camat signs or returns it; when all are signed the recap is compiled and the camat
 * signs it. Each step checks the rule and the user's rights here, changes our tables and completes the task.
 */
@Service
public class EvaluasiService {

    static final String PROSES = "evaluasiTriwulan";
    private static final Logger LOG = LoggerFactory.getLogger(EvaluasiService.class);

    private final EvaluasiTriwulanRepository evaluasiRepo;
    private final LaporanEvaluasiRepository laporanRepo;
    private final LaporanBarisRepository barisRepo;
    private final LaporanKegiatanRepository kegiatanRepo;
    private final PenyimpananBukti bukti;
    private final RencanaAksiService rencanaAksi;
    private final SkalaPredikatService skala;
    private final SumberRenja sumber;
    private final OrganisasiService organisasi;
    private final Akses akses;
    private final AuditService audit;
    private final Pemberitahu pemberitahu;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final EvaluasiProperties properties;
    private final Clock clock;
    private final UlangSaatTabrakan ulang;
    /** Lazily: the document service reads reports through this service. */
    private final org.springframework.beans.factory.ObjectProvider<LaporanDokumenService> dokumenLaporan;

    EvaluasiService(EvaluasiTriwulanRepository evaluasiRepo, LaporanEvaluasiRepository laporanRepo,
            LaporanBarisRepository barisRepo, LaporanKegiatanRepository kegiatanRepo, PenyimpananBukti bukti,
            RencanaAksiService rencanaAksi, SkalaPredikatService skala, SumberRenja sumber,
            OrganisasiService organisasi, Akses akses, AuditService audit, Pemberitahu pemberitahu,
            RuntimeService runtime, TaskService tasks, EvaluasiProperties properties, Clock clock,
            UlangSaatTabrakan ulang, org.springframework.beans.factory.ObjectProvider<LaporanDokumenService> dokumenLaporan) {
        this.evaluasiRepo = evaluasiRepo;
        this.laporanRepo = laporanRepo;
        this.barisRepo = barisRepo;
        this.kegiatanRepo = kegiatanRepo;
        this.bukti = bukti;
        this.rencanaAksi = rencanaAksi;
        this.skala = skala;
        this.sumber = sumber;
        this.organisasi = organisasi;
        this.akses = akses;
        this.audit = audit;
        this.pemberitahu = pemberitahu;
        this.runtime = runtime;
        this.tasks = tasks;
        this.properties = properties;
        this.clock = clock;
        this.ulang = ulang;
        this.dokumenLaporan = dokumenLaporan;
    }

    // ---- starting a quarter ----

    /** The sekcam starts the evaluation of TW n of year N (also before the automatic start). */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public EvaluasiRingkas mulai(long kecamatanId, int tahun, int triwulan) {
        return ulang.jalankan(() -> {
            akses.wajibPeranDi(Peran.SEKCAM, kecamatanId);
            return mulaiBaru(kecamatanId, tahun, triwulan, akses.pengguna().getUsername());
        });
    }

    /**
     * Called daily by the timer process (as the system, inside the timer job's transaction): for every kecamatan,
     * the quarter before today's is started if it has not been and its Renja and rencana aksi allow it. Returns how
     * many started. A kecamatan that is not ready is skipped; the sekcam can start it later by hand.
     */
    @Transactional
    public int mulaiOtomatis(LocalDate hariIni) {
        akses.wajibSistem();
        if (!properties.mulaiOtomatis()) {
            return 0;
        }
        // The quarter before today's has ended: on 1 April that is TW I, on 1 January TW IV of last year.
        int sekarang = (hariIni.getMonthValue() - 1) / 3 + 1;
        int tahun = sekarang == 1 ? hariIni.getYear() - 1 : hariIni.getYear();
        int triwulan = sekarang == 1 ? 4 : sekarang - 1;
        int dimulai = 0;
        for (KecamatanData kec : organisasi.kecamatanTerlihat()) {
            if (evaluasiRepo.findByKecamatanIdAndTahunAndTriwulan(kec.id(), tahun, triwulan).isPresent()) {
                continue;
            }
            Optional<RenjaRingkas> renja = sumber.berlaku(kec.id(), tahun);
            if (renja.isEmpty() || !rencanaAksi.semuaDisetujui(renja.get().id())) {
                LOG.info("Evaluasi TW {} {} kecamatan {} belum dapat dimulai: Renja atau rencana aksi belum siap",
                        triwulan, tahun, kec.kode());
                continue;
            }
            mulaiBaru(kec.id(), tahun, triwulan, "sistem");
            dimulai++;
        }
        return dimulai;
    }

    private EvaluasiRingkas mulaiBaru(long kecamatanId, int tahun, int triwulan, String oleh) {
        if (triwulan < 1 || triwulan > 4) {
            throw new AturanDilanggarException(Pesan.get("evaluasi.triwulanSalah"));
        }
        RenjaRingkas renja = sumber.berlaku(kecamatanId, tahun)
                .orElseThrow(() -> new AturanDilanggarException(Pesan.get("evaluasi.tanpaRenja", tahun)));
        if (!rencanaAksi.semuaDisetujui(renja.id())) {
            throw new AturanDilanggarException(Pesan.get("evaluasi.rencanaAksiBelum", tahun));
        }
        if (evaluasiRepo.findByKecamatanIdAndTahunAndTriwulan(kecamatanId, tahun, triwulan).isPresent()) {
            throw new AturanDilanggarException(Pesan.get("evaluasi.sudahAda", FormatIndonesia.triwulan(triwulan), tahun));
        }
        EvaluasiTriwulan e = new EvaluasiTriwulan();
        e.kecamatanId = kecamatanId;
        e.renjaId = renja.id();
        e.tahun = tahun;
        e.triwulan = triwulan;
        e.status = StatusEvaluasi.BERJALAN;
        e.batas = akhirTriwulan(tahun, triwulan).plusDays(properties.batasHari());
        e.dimulaiPada = clock.instant();
        e.dimulaiOleh = oleh;
        evaluasiRepo.save(e);
        Map<Long, List<SumberRenja.Baris>> perUnit = new TreeMap<>(sumber.baris(renja.id()).stream()
                .collect(Collectors.groupingBy(SumberRenja.Baris::unitKerjaId)));
        for (var unit : perUnit.entrySet()) {
            LaporanEvaluasi l = new LaporanEvaluasi();
            l.evaluasiId = e.id;
            l.unitKerjaId = unit.getKey();
            l.status = StatusLaporan.DIISI;
            laporanRepo.save(l);
            for (SumberRenja.Baris b : unit.getValue()) {
                LaporanBaris lb = new LaporanBaris();
                lb.laporanId = l.id;
                lb.kode = b.kode();
                barisRepo.save(lb);
            }
        }
        ZoneId zona = clock.getZone();
        Map<String, Object> variabel = new HashMap<>();
        variabel.put("evaluasiId", e.id);
        variabel.put("kecamatanId", kecamatanId);
        variabel.put("triwulan", triwulan);
        variabel.put("tw", FormatIndonesia.triwulan(triwulan)); // task names read "TW III", as every report writes it
        variabel.put("unitIds", new ArrayList<>(perUnit.keySet()));
        variabel.put("batas", e.batas.plusDays(1).atStartOfDay(zona).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        variabel.put("pengingat", e.batas.minusDays(2).atTime(LocalTime.of(8, 0)).atZone(zona)
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        runtime.startProcessInstanceByKey(PROSES, String.valueOf(e.id), variabel);
        audit.catat(kecamatanId, "MULAI", "EvaluasiTriwulan", e.id, null, "TW " + triwulan + " " + tahun + " oleh " + oleh);
        for (Long unitId : perUnit.keySet()) {
            pemberitahu.kirim(new Pemberitahuan(kecamatanId, Peran.KEPALA_UNIT, unitId, "TUGAS",
                    Pesan.get("evaluasi.tugasJudul", FormatIndonesia.triwulan(triwulan), tahun),
                    Pesan.get("evaluasi.tugasPesan", FormatIndonesia.tanggal(e.batas)), "evaluasi/" + e.id + "/laporan", null));
        }
        return ringkas(e);
    }

    static LocalDate akhirTriwulan(int tahun, int triwulan) {
        return LocalDate.of(tahun, triwulan * 3, 1).plusMonths(1).minusDays(1);
    }

    // ---- reading ----

    @Transactional(readOnly = true)
    public List<EvaluasiRingkas> daftar(long kecamatanId) {
        organisasi.kecamatan(kecamatanId);
        return evaluasiRepo.findByKecamatanIdOrderByTahunDescTriwulanDesc(kecamatanId).stream()
                .map(EvaluasiService::ringkas).toList();
    }

    @Transactional(readOnly = true)
    public EvaluasiRingkas evaluasi(long evaluasiId) {
        return ringkas(baca(evaluasiId));
    }

    @Transactional(readOnly = true)
    public Optional<Long> laporanId(long evaluasiId, long unitId) {
        baca(evaluasiId);
        return laporanRepo.findByEvaluasiIdAndUnitKerjaId(evaluasiId, unitId).map(l -> l.id);
    }

    /** The unit the signed-in user works in, if it reports in this evaluation. */
    @Transactional(readOnly = true)
    public Optional<Long> unitSaya(long evaluasiId) {
        EvaluasiTriwulan e = baca(evaluasiId);
        return laporanRepo.findByEvaluasiIdOrderByUnitKerjaId(e.id).stream().map(l -> l.unitKerjaId)
                .filter(u -> akses.anggotaUnitDi(e.kecamatanId, u)).findFirst();
    }

    /** One unit's report with every capaian computed; only people who may read the kecamatan see it. */
    @Transactional(readOnly = true)
    public LaporanData laporan(long laporanId) {
        LaporanEvaluasi l = bacaLaporan(laporanId);
        return susun(baca(l.evaluasiId), l);
    }

    /** Whether the signed-in user may change the report now (its unit, its "Isi laporan" task open). */
    @Transactional(readOnly = true)
    public boolean bolehIsi(long laporanId) {
        LaporanEvaluasi l = bacaLaporan(laporanId);
        EvaluasiTriwulan e = baca(l.evaluasiId);
        return akses.anggotaUnitDi(e.kecamatanId, l.unitKerjaId) && tugas(e, "isiLaporan", "unit:" + l.unitKerjaId).isPresent();
    }

    @Transactional(readOnly = true)
    public boolean bolehVerifikasi(long laporanId) {
        LaporanEvaluasi l = bacaLaporan(laporanId);
        EvaluasiTriwulan e = baca(l.evaluasiId);
        return akses.punyaPeranDi(Peran.SEKCAM, e.kecamatanId) && tugasUnit(e, "verifikasiSekcam", l.unitKerjaId).isPresent();
    }

    @Transactional(readOnly = true)
    public boolean bolehTandaTangan(long laporanId) {
        LaporanEvaluasi l = bacaLaporan(laporanId);
        EvaluasiTriwulan e = baca(l.evaluasiId);
        return akses.punyaPeranDi(Peran.CAMAT, e.kecamatanId) && tugasUnit(e, "tandaTanganCamat", l.unitKerjaId).isPresent();
    }

    @Transactional(readOnly = true)
    public boolean bolehTandaTanganRekap(long evaluasiId) {
        EvaluasiTriwulan e = baca(evaluasiId);
        return akses.punyaPeranDi(Peran.CAMAT, e.kecamatanId) && tugas(e, "tandaTanganRekap", "camat:" + e.kecamatanId).isPresent();
    }

    /** The sekcam of the kecamatan (starts quarters, verifies). */
    public boolean sekcamDi(long kecamatanId) {
        return akses.punyaPeranDi(Peran.SEKCAM, kecamatanId);
    }

    /** The camat of the kecamatan, or an acting Plt./Plh. camat today (signs). */
    public boolean camatDi(long kecamatanId) {
        return akses.punyaPeranDi(Peran.CAMAT, kecamatanId);
    }

    /** All reports of a quarter (the sekcam's and camat's overview). */
    @Transactional(readOnly = true)
    public List<LaporanData> semuaLaporan(long evaluasiId) {
        EvaluasiTriwulan e = baca(evaluasiId);
        return laporanRepo.findByEvaluasiIdOrderByUnitKerjaId(e.id).stream().map(l -> susun(e, l)).toList();
    }

    /** Units × TW I–IV of a year: status, lateness and how many rows are filled. */
    @Transactional(readOnly = true)
    public List<BarisMatriks> matriks(long kecamatanId, int tahun) {
        organisasi.kecamatan(kecamatanId);
        List<EvaluasiTriwulan> semua = evaluasiRepo.findByKecamatanIdAndTahunOrderByTriwulan(kecamatanId, tahun);
        Map<Long, EvaluasiTriwulan> perId = semua.stream().collect(Collectors.toMap(x -> x.id, x -> x));
        Map<Long, String> nama = sumber.namaUnit(kecamatanId);
        Map<Long, Map<Integer, SelMatriks>> sel = new TreeMap<>();
        List<LaporanEvaluasi> laporan = laporanRepo.findByEvaluasiIdIn(perId.keySet());
        Map<Long, List<LaporanBaris>> baris = barisRepo.findByLaporanIdIn(laporan.stream().map(l -> l.id).toList())
                .stream().collect(Collectors.groupingBy(b -> b.laporanId));
        for (LaporanEvaluasi l : laporan) {
            EvaluasiTriwulan e = perId.get(l.evaluasiId);
            List<LaporanBaris> b = baris.getOrDefault(l.id, List.of());
            int terisi = (int) b.stream().filter(x -> x.realisasiKinerja != null && x.realisasiRp != null).count();
            sel.computeIfAbsent(l.unitKerjaId, k -> new TreeMap<>())
                    .put(e.triwulan, new SelMatriks(l.id, l.status, terlambat(e, l), terisi, b.size()));
        }
        return sel.entrySet().stream().map(x -> new BarisMatriks(x.getKey(), nama.get(x.getKey()), x.getValue())).toList();
    }

    @Transactional(readOnly = true)
    public Berkas berkasBukti(long buktiId) {
        long barisId = bukti.barisDari(buktiId).orElseThrow(DataTidakDitemukanException::new);
        LaporanBaris b = barisRepo.findById(barisId).orElseThrow();
        baca(bacaLaporan(b.laporanId).evaluasiId); // read access to the kecamatan
        return bukti.berkas(buktiId);
    }

    // ---- the unit fills its report ----

    /** A staf or the head of the unit saves one sub kegiatan's realisasi, kendala and tindak lanjut. */
    @Transactional
    public BarisLaporan simpanBaris(UbahLaporanBaris ubah) {
        Isian isian = isianUntukDiubah(ubah.id());
        LaporanBaris b = isian.baris();
        LaporanEvaluasi l = isian.laporan();
        EvaluasiTriwulan e = isian.evaluasi();
        if (b.version != ubah.version()) {
            throw new ObjectOptimisticLockingFailureException(LaporanBaris.class, b.id);
        }
        if (negatif(ubah.realisasiKinerja()) || (ubah.realisasiRp() != null && ubah.realisasiRp() < 0)) {
            throw new AturanDilanggarException(Pesan.get("evaluasi.negatif"));
        }
        BigDecimal realisasi = Kuantitas.periksa(ubah.realisasiKinerja(), Pesan.get("laporanBarisDialog.realisasi"));
        Rupiah.periksa(ubah.realisasiRp(), Pesan.get("laporanBarisDialog.realisasiRp"));
        BatasTeks.periksa(ubah.kendala(), BatasTeks.KENDALA, Pesan.get("laporanBarisDialog.kendala"));
        BatasTeks.periksa(ubah.tindakLanjut(), BatasTeks.KENDALA, Pesan.get("laporanBarisDialog.tindakLanjut"));
        BatasTeks.periksa(ubah.catatanKeuangan(), BatasTeks.CATATAN_KEUANGAN, Pesan.get("laporanBarisDialog.catatanKeuangan"));
        String lama = ringkasBaris(b);
        b.realisasiKinerja = realisasi;
        b.realisasiRp = ubah.realisasiRp();
        b.kendala = bersih(ubah.kendala());
        b.tindakLanjut = bersih(ubah.tindakLanjut());
        b.catatanKeuangan = bersih(ubah.catatanKeuangan());
        barisRepo.flush(); // the new version; a refusal below rolls the whole change back
        BarisLaporan dihitung = susun(e, l).baris().stream().filter(x -> x.id() == b.id).findFirst().orElseThrow();
        if (dihitung.melebihiAnggaran() && b.catatanKeuangan == null) {
            throw new AturanDilanggarException(Pesan.get("evaluasi.melebihiAnggaran", b.kode,
                    FormatIndonesia.rupiah(dihitung.realisasiRpSd()), FormatIndonesia.rupiah(dihitung.anggaran())));
        }
        audit.catat(e.kecamatanId, "UBAH", "LaporanBaris", l.id + ":" + b.kode, lama, ringkasBaris(b));
        return dihitung;
    }

    @Transactional
    public KegiatanData tambahKegiatan(long laporanBarisId, KegiatanData kegiatan) {
        Isian isian = isianUntukDiubah(laporanBarisId);
        LaporanBaris b = isian.baris();
        LaporanEvaluasi l = isian.laporan();
        EvaluasiTriwulan e = isian.evaluasi();
        if (kegiatan.tanggal() == null || kegiatan.desa() == null || kegiatan.desa().isBlank() || kegiatan.uraian() == null
                || kegiatan.uraian().isBlank()) {
            throw new AturanDilanggarException(Pesan.get("validasi.wajibIsi", "Tanggal, desa dan uraian kegiatan"));
        }
        BatasTeks.periksa(kegiatan.desa(), BatasTeks.LOKASI, Pesan.get("laporanBarisDialog.desa"));
        BatasTeks.periksa(kegiatan.uraian(), BatasTeks.CATATAN_KEUANGAN, Pesan.get("laporanBarisDialog.uraian"));
        if (kegiatan.tanggal().getYear() != e.tahun) {
            throw new AturanDilanggarException(Pesan.get("evaluasi.tanggalLuarTahun", e.tahun));
        }
        Set<String> desa = new HashSet<>();
        organisasi.desa(e.kecamatanId).stream().map(DesaData::nama).forEach(desa::add);
        desa.add("Kecamatan " + organisasi.kecamatan(e.kecamatanId).nama());
        if (!desa.contains(kegiatan.desa().strip())) {
            throw new AturanDilanggarException(Pesan.get("evaluasi.desaTidakSah", kegiatan.desa().strip()));
        }
        LaporanKegiatan k = new LaporanKegiatan();
        k.laporanBarisId = b.id;
        k.tanggal = kegiatan.tanggal();
        k.desa = kegiatan.desa().strip();
        k.uraian = kegiatan.uraian().strip();
        kegiatanRepo.save(k);
        audit.catat(e.kecamatanId, "TAMBAH", "LaporanKegiatan", l.id + ":" + b.kode, null, k.tanggal + " " + k.desa + ": " + k.uraian);
        return new KegiatanData(k.id, k.tanggal, k.desa, k.uraian);
    }

    @Transactional
    public void hapusKegiatan(long kegiatanId) {
        LaporanKegiatan k = kegiatanRepo.findById(kegiatanId).orElseThrow();
        Isian isian = isianUntukDiubah(k.laporanBarisId);
        LaporanBaris b = isian.baris();
        LaporanEvaluasi l = isian.laporan();
        EvaluasiTriwulan e = isian.evaluasi();
        kegiatanRepo.delete(k);
        audit.catat(e.kecamatanId, "HAPUS", "LaporanKegiatan", l.id + ":" + b.kode, k.tanggal + " " + k.desa + ": " + k.uraian, null);
    }

    @Transactional
    public BuktiData unggahBukti(long laporanBarisId, String nama, byte[] isi) {
        Isian isian = isianUntukDiubah(laporanBarisId);
        LaporanBaris b = isian.baris();
        LaporanEvaluasi l = isian.laporan();
        EvaluasiTriwulan e = isian.evaluasi();
        BuktiData data = bukti.simpan(b.id, nama, isi, akses.pengguna().getUsername());
        audit.catat(e.kecamatanId, "TAMBAH", "LaporanBukti", l.id + ":" + b.kode, null, data.nama() + " sha256=" + data.sha256());
        return data;
    }

    @Transactional
    public void hapusBukti(long buktiId) {
        long barisId = bukti.barisDari(buktiId).orElseThrow(DataTidakDitemukanException::new);
        Isian isian = isianUntukDiubah(barisId);
        LaporanBaris b = isian.baris();
        LaporanEvaluasi l = isian.laporan();
        EvaluasiTriwulan e = isian.evaluasi();
        bukti.hapus(buktiId);
        audit.catat(e.kecamatanId, "HAPUS", "LaporanBukti", l.id + ":" + b.kode, String.valueOf(buktiId), null);
    }

    /** The unit head submits the report: every row has its realisasi kinerja and keuangan. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void ajukan(long laporanId) {
        ulang.jalankan(() -> {
            EvaluasiTriwulan e = bacaUntukLangkah(evaluasiDari(laporanId));
            LaporanEvaluasi l = bacaLaporan(laporanId);
            if (!akses.kepalaUnitDi(e.kecamatanId, l.unitKerjaId)) {
                throw new AccessDeniedException(Pesan.get("evaluasi.hanyaKepalaUnit"));
            }
            Task tugas = wajibTugas(e, "isiLaporan", "unit:" + l.unitKerjaId);
            long belum = barisRepo.findByLaporanIdOrderByKode(l.id).stream()
                    .filter(b -> b.realisasiKinerja == null || b.realisasiRp == null).count();
            if (belum > 0) {
                throw new AturanDilanggarException(Pesan.get("evaluasi.belumLengkap", belum));
            }
            var saya = akses.pengguna();
            l.status = StatusLaporan.DIAJUKAN;
            l.diajukanPada = clock.instant();
            l.diajukanOleh = saya.getUsername();
            l.pengajuNama = saya.nama();
            l.pengajuJabatan = saya.jabatanPada(akses.hariIni());
            tasks.complete(tugas.getId());
            audit.catat(e.kecamatanId, "AJUKAN", "LaporanEvaluasi", l.id, null, null);
            pemberitahu.kirim(new Pemberitahuan(e.kecamatanId, Peran.SEKCAM, null, "TUGAS",
                    Pesan.get("evaluasi.verifikasiJudul", FormatIndonesia.triwulan(e.triwulan)),
                    Pesan.get("evaluasi.verifikasiPesan", sumber.namaUnit(e.kecamatanId).get(l.unitKerjaId)),
                    "evaluasi/" + e.id + "/verifikasi", null));
        });
    }

    // ---- the sekcam verifies ----

    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void verifikasi(long laporanId) {
        ulang.jalankan(() -> {
            EvaluasiTriwulan e = bacaUntukLangkah(evaluasiDari(laporanId));
            LaporanEvaluasi l = bacaLaporan(laporanId);
            akses.wajibPeranDi(Peran.SEKCAM, e.kecamatanId);
            Task tugas = wajibTugasUnit(e, "verifikasiSekcam", l.unitKerjaId, "Verifikasi sekcam");
            var saya = akses.pengguna();
            l.status = StatusLaporan.DIVERIFIKASI;
            l.alasan = null;
            l.diverifikasiPada = clock.instant();
            l.verifikatorNama = saya.nama();
            l.verifikatorJabatan = saya.jabatanPada(akses.hariIni());
            barisRepo.findByLaporanIdOrderByKode(l.id).forEach(b -> b.alasanKembali = null);
            runtime.setVariableLocal(tugas.getExecutionId(), "diverifikasi", true);
            tasks.complete(tugas.getId());
            audit.catat(e.kecamatanId, "VERIFIKASI", "LaporanEvaluasi", l.id, null, null);
        });
    }

    /** The sekcam returns a report to its unit: a reason for the report, per row, or both. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void kembalikan(long laporanId, Map<Long, String> alasanPerBaris, String alasan) {
        ulang.jalankan(() -> {
            EvaluasiTriwulan e = bacaUntukLangkah(evaluasiDari(laporanId));
            LaporanEvaluasi l = bacaLaporan(laporanId);
            akses.wajibPeranDi(Peran.SEKCAM, e.kecamatanId);
            Task tugas = wajibTugasUnit(e, "verifikasiSekcam", l.unitKerjaId, "Verifikasi sekcam");
            Map<Long, String> perBaris = new LinkedHashMap<>();
            alasanPerBaris.forEach((id, teks) -> {
                if (teks != null && !teks.isBlank()) {
                    perBaris.put(id, teks.strip());
                }
            });
            if (perBaris.isEmpty() && (alasan == null || alasan.isBlank())) {
                throw new AturanDilanggarException(Pesan.get("evaluasi.alasanWajib"));
            }
            perBaris.values().forEach(a -> BatasTeks.periksa(a, BatasTeks.ALASAN, Pesan.get("pemeriksaanView.alasanBaris")));
            BatasTeks.periksa(alasan, BatasTeks.ALASAN, Pesan.get("pemeriksaanView.alasan"));
            for (LaporanBaris b : barisRepo.findByLaporanIdOrderByKode(l.id)) {
                b.alasanKembali = perBaris.get(b.id);
            }
            l.status = StatusLaporan.DIKEMBALIKAN;
            l.alasan = bersih(alasan);
            runtime.setVariableLocal(tugas.getExecutionId(), "diverifikasi", false);
            tasks.complete(tugas.getId());
            String keterangan = (l.alasan == null ? "" : l.alasan) + (perBaris.isEmpty() ? "" : " " + perBaris.values());
            audit.catat(e.kecamatanId, "KEMBALIKAN", "LaporanEvaluasi", l.id, null, keterangan.strip());
            pemberitahu.kirim(new Pemberitahuan(e.kecamatanId, Peran.KEPALA_UNIT, l.unitKerjaId, "DIKEMBALIKAN",
                    Pesan.get("evaluasi.dikembalikanJudul", FormatIndonesia.triwulan(e.triwulan)),
                    BatasTeks.potong(keterangan.strip(), BatasTeks.ALASAN), // notifikasi.pesan VARCHAR(2000)
                    "evaluasi/" + e.id + "/laporan", null));
        });
    }

    // ---- the camat signs ----

    /** The camat (or an acting Plt./Plh. camat) signs a verified report; from now on nothing in it changes. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void tandaTangani(long laporanId, String tempat, LocalDate tanggal) {
        ulang.jalankan(() -> {
            EvaluasiTriwulan e = bacaUntukLangkah(evaluasiDari(laporanId));
            LaporanEvaluasi l = bacaLaporan(laporanId);
            akses.wajibPeranDi(Peran.CAMAT, e.kecamatanId);
            Task tugas = wajibTugasUnit(e, "tandaTanganCamat", l.unitKerjaId, "Tanda tangan camat");
            BatasTeks.periksa(tempat, BatasTeks.LOKASI, Pesan.get("tandaTanganDialog.tempat"));
            if (tempat == null || tempat.isBlank() || tanggal == null) {
                throw new AturanDilanggarException(Pesan.get("validasi.wajibIsi", "Tempat dan tanggal"));
            }
            var saya = akses.pengguna();
            l.status = StatusLaporan.DITANDATANGANI;
            l.ditandatanganiPada = clock.instant();
            l.penandatanganNama = saya.nama();
            l.penandatanganJabatan = saya.jabatanPada(akses.hariIni());
            l.tempat = tempat.strip();
            l.tanggal = tanggal;
            // the signed original is produced, signed and archived in this transaction: never signed without it
            l.arsipKode = dokumenLaporan.getObject().terbitkan(l.id, l.tempat, tanggal);
            runtime.setVariableLocal(tugas.getExecutionId(), "ditandatangani", true);
            tasks.complete(tugas.getId());
            audit.catat(e.kecamatanId, "TANDA_TANGAN", "LaporanEvaluasi", l.id, null, l.penandatanganJabatan + " | dokumen " + l.arsipKode);
        });
    }

    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void kembalikanOlehCamat(long laporanId, String alasan) {
        ulang.jalankan(() -> {
            EvaluasiTriwulan e = bacaUntukLangkah(evaluasiDari(laporanId));
            LaporanEvaluasi l = bacaLaporan(laporanId);
            akses.wajibPeranDi(Peran.CAMAT, e.kecamatanId);
            Task tugas = wajibTugasUnit(e, "tandaTanganCamat", l.unitKerjaId, "Tanda tangan camat");
            if (alasan == null || alasan.isBlank()) {
                throw new AturanDilanggarException(Pesan.get("evaluasi.alasanWajib"));
            }
            BatasTeks.periksa(alasan, BatasTeks.ALASAN, Pesan.get("pemeriksaanView.alasan"));
            l.status = StatusLaporan.DIKEMBALIKAN;
            l.alasan = alasan.strip();
            runtime.setVariableLocal(tugas.getExecutionId(), "ditandatangani", false);
            tasks.complete(tugas.getId());
            audit.catat(e.kecamatanId, "KEMBALIKAN", "LaporanEvaluasi", l.id, null, l.alasan);
            pemberitahu.kirim(new Pemberitahuan(e.kecamatanId, Peran.KEPALA_UNIT, l.unitKerjaId, "DIKEMBALIKAN",
                    Pesan.get("evaluasi.dikembalikanJudul", FormatIndonesia.triwulan(e.triwulan)), l.alasan,
                    "evaluasi/" + e.id + "/laporan", null));
        });
    }

    // ---- called by the process ----

    /** All units signed: the recap is ready for the camat (service task {@code susunRekap}). */
    public void rekapSiap(long evaluasiId) {
        akses.wajibSistem();
        EvaluasiTriwulan e = evaluasiRepo.findById(evaluasiId).orElseThrow();
        e.status = StatusEvaluasi.REKAP;
        pemberitahu.kirim(new Pemberitahuan(e.kecamatanId, Peran.CAMAT, null, "TUGAS",
                Pesan.get("evaluasi.rekapJudul", FormatIndonesia.triwulan(e.triwulan), e.tahun),
                Pesan.get("evaluasi.rekapPesan"), "evaluasi/" + e.id + "/rekap", null));
    }

    /**
     * The camat signs the quarter's recap; {@code arsipkan} then stores what follows from it (the year's evaluation
     * after TW IV, the signed documents) in the same transaction.
     */
    void tandaTanganiRekap(long evaluasiId, String tempat, LocalDate tanggal, Consumer<EvaluasiTriwulan> arsipkan) {
        EvaluasiTriwulan e = bacaUntukLangkah(evaluasiId);
        akses.wajibPeranDi(Peran.CAMAT, e.kecamatanId);
        Task tugas = wajibTugas(e, "tandaTanganRekap", "camat:" + e.kecamatanId);
        BatasTeks.periksa(tempat, BatasTeks.LOKASI, Pesan.get("tandaTanganDialog.tempat"));
        if (tempat == null || tempat.isBlank() || tanggal == null) {
            throw new AturanDilanggarException(Pesan.get("validasi.wajibIsi", "Tempat dan tanggal"));
        }
        var saya = akses.pengguna();
        e.status = StatusEvaluasi.SELESAI;
        e.rekapTempat = tempat.strip();
        e.rekapTanggal = tanggal;
        e.rekapOleh = saya.getUsername();
        e.rekapNama = saya.nama();
        e.rekapJabatan = saya.jabatanPada(akses.hariIni());
        tasks.complete(tugas.getId());
        audit.catat(e.kecamatanId, "TANDA_TANGAN", "RekapEvaluasi", e.id, null, e.rekapJabatan);
        arsipkan.accept(e);
    }

    // ---- helpers ----

    LaporanData susun(EvaluasiTriwulan e, LaporanEvaluasi l) {
        SkalaPredikat s = skala.skalaKecamatan(e.kecamatanId);
        Map<String, SumberRenja.Baris> renjaBaris = sumber.baris(e.renjaId).stream()
                .collect(Collectors.toMap(SumberRenja.Baris::kode, b -> b));
        Map<String, RencanaAksi> ra = rencanaAksi.perKodeRencana(e.renjaId);
        Map<String, Map<Integer, LaporanBaris>> riwayat = riwayat(e, l.unitKerjaId);
        List<LaporanBaris> isian = barisRepo.findByLaporanIdOrderByKode(l.id);
        List<Long> ids = isian.stream().map(b -> b.id).toList();
        Map<Long, List<KegiatanData>> kegiatan = kegiatanRepo.findByLaporanBarisIdInOrderByTanggalAscIdAsc(ids).stream()
                .collect(Collectors.groupingBy(k -> k.laporanBarisId,
                        Collectors.mapping(k -> new KegiatanData(k.id, k.tanggal, k.desa, k.uraian), Collectors.toList())));
        Map<Long, List<BuktiData>> berkas = bukti.daftar(ids);
        List<BarisLaporan> baris = new ArrayList<>();
        for (LaporanBaris b : isian) {
            Map<Integer, LaporanBaris> perTw = new HashMap<>(riwayat.getOrDefault(b.kode, Map.of()));
            perTw.put(e.triwulan, b);
            SumberRenja.Baris sb = renjaBaris.get(b.kode);
            if (sb == null) {
                continue;
            }
            baris.add(HitungLaporan.baris(sb, ra.get(b.kode), e.triwulan, b, HitungLaporan.kinerjaSampai(e.triwulan, perTw),
                    HitungLaporan.rpSampai(e.triwulan, perTw), s, kegiatan.getOrDefault(b.id, List.of()),
                    berkas.getOrDefault(b.id, List.of())));
        }
        return new LaporanData(l.id, e.id, e.kecamatanId, e.tahun, e.triwulan, l.unitKerjaId,
                sumber.namaUnit(e.kecamatanId).get(l.unitKerjaId), l.status, l.alasan, terlambat(e, l), e.batas,
                l.diajukanPada, l.pengajuNama, l.pengajuJabatan, l.verifikatorNama, l.verifikatorJabatan,
                l.ditandatanganiPada, l.penandatanganNama, l.penandatanganJabatan, l.tempat, l.tanggal, s.nama(), baris,
                HitungLaporan.ringkasan(baris, s), l.arsipKode, l.version);
    }

    /** The unit's rows of the same year's earlier quarters, by kode and quarter. */
    private Map<String, Map<Integer, LaporanBaris>> riwayat(EvaluasiTriwulan e, long unitId) {
        Map<Long, Integer> twLaporan = new HashMap<>();
        for (EvaluasiTriwulan lain : evaluasiRepo.findByKecamatanIdAndTahunOrderByTriwulan(e.kecamatanId, e.tahun)) {
            if (lain.triwulan < e.triwulan) {
                laporanRepo.findByEvaluasiIdAndUnitKerjaId(lain.id, unitId).ifPresent(l -> twLaporan.put(l.id, lain.triwulan));
            }
        }
        Map<String, Map<Integer, LaporanBaris>> hasil = new HashMap<>();
        for (LaporanBaris b : barisRepo.findByLaporanIdIn(twLaporan.keySet())) {
            hasil.computeIfAbsent(b.kode, k -> new HashMap<>()).put(twLaporan.get(b.laporanId), b);
        }
        return hasil;
    }

    private boolean terlambat(EvaluasiTriwulan e, LaporanEvaluasi l) {
        LocalDate hariIni = LocalDate.now(clock);
        if (l.status == StatusLaporan.DIISI || l.status == StatusLaporan.DIKEMBALIKAN) {
            return hariIni.isAfter(e.batas);
        }
        return l.diajukanPada != null && l.diajukanPada.atZone(clock.getZone()).toLocalDate().isAfter(e.batas);
    }

    /** A report row with its report and quarter, for a change by the unit (checked by {@link #wajibBolehIsi}). */
    private record Isian(EvaluasiTriwulan evaluasi, LaporanEvaluasi laporan, LaporanBaris baris) {
    }

    private Isian isianUntukDiubah(long laporanBarisId) {
        LaporanBaris b = barisRepo.findById(laporanBarisId)
                .orElseThrow(DataTidakDitemukanException::new);
        LaporanEvaluasi l = bacaLaporan(b.laporanId);
        EvaluasiTriwulan e = baca(l.evaluasiId);
        wajibBolehIsi(e, l);
        return new Isian(e, l, b);
    }

    private LaporanEvaluasi bacaLaporan(long laporanId) {
        return laporanRepo.findById(laporanId)
                .orElseThrow(DataTidakDitemukanException::new);
    }

    /**
     * The quarter of a report, read without loading the report: a step locks the quarter first and only then reads
     * the report, so it sees what the previous step of the same quarter committed.
     */
    private long evaluasiDari(long laporanId) {
        return laporanRepo.evaluasiId(laporanId)
                .orElseThrow(DataTidakDitemukanException::new);
    }

    private void wajibBolehIsi(EvaluasiTriwulan e, LaporanEvaluasi l) {
        if (!akses.anggotaUnitDi(e.kecamatanId, l.unitKerjaId)) {
            throw new AccessDeniedException(Pesan.get("akses.unitLain"));
        }
        if (l.status == StatusLaporan.DITANDATANGANI) {
            throw new AturanDilanggarException(Pesan.get("evaluasi.sudahDitandatangani"));
        }
        if (tugas(e, "isiLaporan", "unit:" + l.unitKerjaId).isEmpty()) {
            throw new AturanDilanggarException(Pesan.get("evaluasi.tidakDapatDiubah"));
        }
    }

    EvaluasiTriwulan baca(long evaluasiId) {
        EvaluasiTriwulan e = evaluasiRepo.findById(evaluasiId)
                .orElseThrow(DataTidakDitemukanException::new);
        organisasi.kecamatan(e.kecamatanId); // read access: same kecamatan, the kabupaten's viewer, or admin
        return e;
    }

    /** Reads and locks the evaluation's row: steps of one quarter (parallel units) run one after another. */
    EvaluasiTriwulan bacaUntukLangkah(long evaluasiId) {
        EvaluasiTriwulan e = evaluasiRepo.kunci(evaluasiId)
                .orElseThrow(DataTidakDitemukanException::new);
        organisasi.kecamatan(e.kecamatanId);
        return e;
    }

    private Optional<Task> tugas(EvaluasiTriwulan e, String kunci, String grup) {
        return tasks.createTaskQuery().processDefinitionKey(PROSES).processInstanceBusinessKey(String.valueOf(e.id))
                .taskDefinitionKey(kunci).taskCandidateGroup(grup).list().stream().findFirst();
    }

    private Task wajibTugas(EvaluasiTriwulan e, String kunci, String grup) {
        return tugas(e, kunci, grup).orElseThrow(() -> new AturanDilanggarException(Pesan.get("evaluasi.tidakAdaTugas", kunci)));
    }

    /** The sekcam's or camat's task for one unit (their tasks carry the unit as process variable). */
    private Optional<Task> tugasUnit(EvaluasiTriwulan e, String kunci, long unitId) {
        return tasks.createTaskQuery().processDefinitionKey(PROSES).processInstanceBusinessKey(String.valueOf(e.id))
                .taskDefinitionKey(kunci).list().stream()
                .filter(t -> Objects.equals(((Number) runtime.getVariable(t.getExecutionId(), "unitId")).longValue(), unitId))
                .findFirst();
    }

    private Task wajibTugasUnit(EvaluasiTriwulan e, String kunci, long unitId, String namaTugas) {
        return tugasUnit(e, kunci, unitId)
                .orElseThrow(() -> new AturanDilanggarException(Pesan.get("evaluasi.tidakAdaTugas", namaTugas)));
    }

    static EvaluasiRingkas ringkas(EvaluasiTriwulan e) {
        return new EvaluasiRingkas(e.id, e.kecamatanId, e.renjaId, e.tahun, e.triwulan, e.status, e.batas, e.rekapTempat,
                e.rekapTanggal, e.rekapNama, e.rekapJabatan, e.rekapArsipKode, e.tahunanArsipKode, e.version);
    }

    private static String bersih(String teks) {
        return teks == null || teks.isBlank() ? null : teks.strip();
    }

    private static boolean negatif(BigDecimal v) {
        return v != null && v.signum() < 0;
    }

    private static String ringkasBaris(LaporanBaris b) {
        return "realisasi=" + b.realisasiKinerja + "; rp=" + b.realisasiRp + "; kendala=" + b.kendala
                + "; tindakLanjut=" + b.tindakLanjut + "; catatanKeuangan=" + b.catatanKeuangan;
    }
}
