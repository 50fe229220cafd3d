package id.sipeka.evaluasi;

import id.sipeka.base.AlurProses;
import id.sipeka.base.AlurProses.DiagramAlur;
import id.sipeka.base.DataTidakDitemukanException;
import id.sipeka.evaluasi.EvaluasiData.BarisLaporan;
import id.sipeka.evaluasi.EvaluasiData.BarisMatriks;
import id.sipeka.evaluasi.EvaluasiData.Berkas;
import id.sipeka.evaluasi.EvaluasiData.BuktiData;
import id.sipeka.evaluasi.EvaluasiData.EvaluasiRingkas;
import id.sipeka.evaluasi.EvaluasiData.KegiatanData;
import id.sipeka.evaluasi.EvaluasiData.LaporanData;
import id.sipeka.evaluasi.EvaluasiData.SelMatriks;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.security.Akses;
import id.sipeka.security.Peran;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The quarterly evaluation as the screens and documents read it: the quarters, one unit's report with every capaian
 * computed ({@link #susun}), the year's matrix, and whether the signed-in user may act on a report now. Changes
 * nothing; the steps live in {@link PembukaanEvaluasiService}, {@link PengisianLaporanService} and
 * {@link PemeriksaanEvaluasiService}.
 */
@Service
public class EvaluasiQueryService {

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
    private final ProsesEvaluasi proses;
    private final Clock clock;

    EvaluasiQueryService(EvaluasiTriwulanRepository evaluasiRepo, LaporanEvaluasiRepository laporanRepo,
            LaporanBarisRepository barisRepo, LaporanKegiatanRepository kegiatanRepo, PenyimpananBukti bukti,
            RencanaAksiService rencanaAksi, SkalaPredikatService skala, SumberRenja sumber,
            OrganisasiService organisasi, Akses akses, ProsesEvaluasi proses, Clock clock) {
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
        this.proses = proses;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<EvaluasiRingkas> daftar(long kecamatanId) {
        organisasi.kecamatan(kecamatanId);
        return evaluasiRepo.findByKecamatanIdOrderByTahunDescTriwulanDesc(kecamatanId).stream()
                .map(EvaluasiQueryService::ringkas).toList();
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

    /**
     * What the signed-in user may do now with a unit's report: {@code ISI} (its unit, while its "Isi laporan" task is
     * open) and {@code AJUKAN} (the unit head then), {@code VERIFIKASI} and {@code KEMBALIKAN} (the sekcam while it
     * waits for verification), {@code TANDA_TANGAN} and {@code KEMBALIKAN} (the camat while it waits for the
     * signature).
     */
    @Transactional(readOnly = true)
    public Set<Tindakan> tindakan(long laporanId) {
        LaporanEvaluasi l = bacaLaporan(laporanId);
        EvaluasiTriwulan e = baca(l.evaluasiId);
        Set<Tindakan> hasil = EnumSet.noneOf(Tindakan.class);
        if (akses.anggotaUnitDi(e.kecamatanId, l.unitKerjaId) && proses.isiLaporan(e.id, l.unitKerjaId).isPresent()) {
            hasil.add(Tindakan.ISI);
            if (akses.kepalaUnitDi(e.kecamatanId, l.unitKerjaId)) {
                hasil.add(Tindakan.AJUKAN);
            }
        }
        if (akses.punyaPeranDi(Peran.SEKCAM, e.kecamatanId) && proses.verifikasiSekcam(e.id, l.unitKerjaId).isPresent()) {
            hasil.add(Tindakan.VERIFIKASI);
            hasil.add(Tindakan.KEMBALIKAN);
        }
        if (akses.punyaPeranDi(Peran.CAMAT, e.kecamatanId) && proses.tandaTanganCamat(e.id, l.unitKerjaId).isPresent()) {
            hasil.add(Tindakan.TANDA_TANGAN);
            hasil.add(Tindakan.KEMBALIKAN);
        }
        return hasil;
    }

    /** What the signed-in user may do now with the quarter's recap: {@code TANDA_TANGAN_REKAP} for the camat once it is ready. */
    @Transactional(readOnly = true)
    public Set<Tindakan> tindakanRekap(long evaluasiId) {
        EvaluasiTriwulan e = baca(evaluasiId);
        return akses.punyaPeranDi(Peran.CAMAT, e.kecamatanId) && proses.tandaTanganRekap(e.id, e.kecamatanId).isPresent()
                ? EnumSet.of(Tindakan.TANDA_TANGAN_REKAP) : EnumSet.noneOf(Tindakan.class);
    }

    /** The quarter's process drawn from its BPMN, every unit's open step highlighted; empty before it started. */
    @Transactional(readOnly = true)
    public Optional<DiagramAlur> alurProses(long evaluasiId) {
        return proses.alur(baca(evaluasiId).id).map(AlurProses::gambar);
    }

    /** The process as one unit's report sees it: the report's own open step highlighted. */
    @Transactional(readOnly = true)
    public Optional<DiagramAlur> alurProsesLaporan(long laporanId) {
        LaporanEvaluasi l = bacaLaporan(laporanId);
        return proses.alurUnit(baca(l.evaluasiId).id, l.unitKerjaId).map(AlurProses::gambar);
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
                    .put(e.triwulan, new SelMatriks(l.id, l.status(), terlambat(e, l), terisi, b.size()));
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
            baris.add(HitungLaporan.baris(sb, ra.get(b.kode), e.triwulan, b, perTw, s, kegiatan.getOrDefault(b.id, List.of()),
                    berkas.getOrDefault(b.id, List.of())));
        }
        return new LaporanData(l.id, e.id, e.kecamatanId, e.tahun, e.triwulan, l.unitKerjaId,
                sumber.namaUnit(e.kecamatanId).get(l.unitKerjaId), l.status(), l.alasan(), terlambat(e, l), e.batas,
                l.diajukanPada(), l.pengajuNama, l.pengajuJabatan, l.verifikatorNama, l.verifikatorJabatan,
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
        return terlambat(e, l, clock);
    }

    /** Late: still being filled after the last day, or submitted after it (the matrix's and the dashboard's rule). */
    static boolean terlambat(EvaluasiTriwulan e, LaporanEvaluasi l, Clock clock) {
        LocalDate hariIni = LocalDate.now(clock);
        if (l.dapatDiisi()) {
            return hariIni.isAfter(e.batas);
        }
        return l.diajukanPada() != null && l.diajukanPada().atZone(clock.getZone()).toLocalDate().isAfter(e.batas);
    }

    LaporanEvaluasi bacaLaporan(long laporanId) {
        return laporanRepo.findById(laporanId)
                .orElseThrow(DataTidakDitemukanException::new);
    }

    /**
     * The quarter of a report, read without loading the report: a step locks the quarter first and only then reads
     * the report, so it sees what the previous step of the same quarter committed.
     */
    long evaluasiDari(long laporanId) {
        return laporanRepo.evaluasiId(laporanId)
                .orElseThrow(DataTidakDitemukanException::new);
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

    static EvaluasiRingkas ringkas(EvaluasiTriwulan e) {
        return new EvaluasiRingkas(e.id, e.kecamatanId, e.renjaId, e.tahun, e.triwulan, e.status, e.batas, e.rekapTempat,
                e.rekapTanggal, e.rekapNama, e.rekapJabatan, e.rekapArsipKode, e.tahunanArsipKode, e.version);
    }
}
