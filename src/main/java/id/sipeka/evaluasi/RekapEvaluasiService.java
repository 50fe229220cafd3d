package id.sipeka.evaluasi;

import id.sipeka.evaluasi.EvaluasiData.BarisEvaluasiTahunan;
import id.sipeka.evaluasi.EvaluasiData.BarisRekap;
import id.sipeka.evaluasi.EvaluasiData.Rekap;
import id.sipeka.evaluasi.EvaluasiData.RekapUnit;
import id.sipeka.evaluasi.EvaluasiData.Ringkasan;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.renja.RenjaData.AcuanEvaluasiLalu;
import id.sipeka.renja.RenjaData.BarisEvaluasiLalu;
import id.sipeka.renja.RenjaData.IndikatorEvaluasiLalu;
import id.sipeka.renja.SumberEvaluasiTahunan;
import id.sipeka.renstra.JenisIndikator;
import id.sipeka.renstra.Polaritas;
import id.sipeka.renstra.Tingkat;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The kecamatan's recap of a year up to a quarter (the Permendagri 86/2017 evaluation of Renja results), from the
 * reports the camat has signed; "evaluasi tahun N" stored with the TW IV recap; and the T-C.29 columns a later Renja
 * takes from it.
 */
@Service
public class RekapEvaluasiService implements SumberEvaluasiTahunan {

    private final EvaluasiTriwulanRepository evaluasiRepo;
    private final LaporanEvaluasiRepository laporanRepo;
    private final LaporanBarisRepository barisRepo;
    private final EvaluasiTahunanRepository tahunanRepo;
    private final EvaluasiTahunanBarisRepository tahunanBarisRepo;
    private final SumberRenja sumber;
    private final SkalaPredikatService skala;
    private final RencanaAksiService rencanaAksi;
    private final OrganisasiService organisasi;
    private final Clock clock;

    RekapEvaluasiService(EvaluasiTriwulanRepository evaluasiRepo,
            LaporanEvaluasiRepository laporanRepo, LaporanBarisRepository barisRepo,
            EvaluasiTahunanRepository tahunanRepo, EvaluasiTahunanBarisRepository tahunanBarisRepo, SumberRenja sumber,
            SkalaPredikatService skala, RencanaAksiService rencanaAksi, OrganisasiService organisasi,
            Clock clock) {
        this.evaluasiRepo = evaluasiRepo;
        this.laporanRepo = laporanRepo;
        this.barisRepo = barisRepo;
        this.tahunanRepo = tahunanRepo;
        this.tahunanBarisRepo = tahunanBarisRepo;
        this.sumber = sumber;
        this.skala = skala;
        this.rencanaAksi = rencanaAksi;
        this.organisasi = organisasi;
        this.clock = clock;
    }

    /**
     * The recap of year N up to TW {@code sampaiTriwulan}, optionally for one unit or one program. Only reports
     * the camat has signed count. Kegiatan and program lines are computed from their children.
     */
    @Transactional(readOnly = true)
    public Rekap rekap(long kecamatanId, int tahun, int sampaiTriwulan, Long unitId, String programKode) {
        organisasi.kecamatan(kecamatanId);
        SkalaPredikat s = skala.skalaKecamatan(kecamatanId);
        List<EvaluasiTriwulan> semua = evaluasiRepo.findByKecamatanIdAndTahunOrderByTriwulan(kecamatanId, tahun).stream()
                .filter(e -> e.triwulan <= sampaiTriwulan).toList();
        Optional<Long> renjaId = semua.isEmpty() ? sumber.berlaku(kecamatanId, tahun).map(r -> r.id())
                : Optional.of(semua.getLast().renjaId);
        if (renjaId.isEmpty()) {
            return new Rekap(kecamatanId, tahun, sampaiTriwulan, s.nama(), List.of(), null, List.of());
        }
        // A few set-based reads, whatever the number of signed reports: the signed reports and their rows, the
        // Renja's rows (once per Renja the quarters were evaluated against), the rencana aksi, the units' names.
        List<LaporanEvaluasi> laporan = laporanRepo.findByEvaluasiIdIn(semua.stream().map(e -> e.id).toList());
        return hitung(kecamatanId, tahun, sampaiTriwulan, unitId, programKode, s, renjaId.get(), semua, laporan,
                barisLaporanDitandatangani(laporan), new BahanLayanan(sumber, rencanaAksi));
    }

    /**
     * Where a recap reads the Renja's rows, the rencana aksi and the units' names: through the services, once per
     * Renja, for one kecamatan ({@link BahanLayanan}); or from rows read at once for a whole kabupaten
     * ({@link DasborKabupatenService}). Either way the figures come from {@link #hitung}.
     */
    interface BahanRekap {
        List<SumberRenja.Baris> baris(long renjaId);

        Map<String, RencanaAksi> rencanaAksi(long renjaId);

        Map<Long, String> namaUnit(long kecamatanId);
    }

    /** The recap's sources through the services, each Renja's rows and rencana aksi read once. */
    private static final class BahanLayanan implements BahanRekap {
        private final SumberRenja sumber;
        private final RencanaAksiService rencanaAksi;
        private final Map<Long, List<SumberRenja.Baris>> baris = new HashMap<>();
        private final Map<Long, Map<String, RencanaAksi>> rencana = new HashMap<>();

        BahanLayanan(SumberRenja sumber, RencanaAksiService rencanaAksi) {
            this.sumber = sumber;
            this.rencanaAksi = rencanaAksi;
        }

        @Override
        public List<SumberRenja.Baris> baris(long renjaId) {
            return baris.computeIfAbsent(renjaId, sumber::baris);
        }

        @Override
        public Map<String, RencanaAksi> rencanaAksi(long renjaId) {
            return rencana.computeIfAbsent(renjaId, rencanaAksi::perKodeRencana);
        }

        @Override
        public Map<Long, String> namaUnit(long kecamatanId) {
            return sumber.namaUnit(kecamatanId);
        }
    }

    /**
     * The recap computed from what was read: {@code semua} the kecamatan's quarters up to {@code sampaiTriwulan} in
     * order, {@code laporan} their reports (any state; only signed ones count), {@code baris} the rows of the signed
     * ones, {@code renjaId} the Renja in force when no quarter has started. No reads of its own but through
     * {@code bahan}.
     */
    static Rekap hitung(long kecamatanId, int tahun, int sampaiTriwulan, Long unitId, String programKode, SkalaPredikat s,
            long renjaId, List<EvaluasiTriwulan> semua, List<LaporanEvaluasi> laporan, List<LaporanBaris> baris,
            BahanRekap bahan) {
        Ditandatangani ditandatangani = ditandatangani(semua, laporan, baris);
        long berlaku = semua.isEmpty() ? renjaId : semua.getLast().renjaId;
        List<SumberRenja.Baris> dipilih = bahan.baris(berlaku).stream()
                .filter(b -> unitId == null || b.unitKerjaId() == unitId)
                .filter(b -> programKode == null || programKode.equals(b.programKode()))
                .toList();
        List<BarisRekap> hasil = susun(dipilih, ditandatangani.perKode(), sampaiTriwulan, s);
        List<BarisRekap> sub = hasil.stream().filter(b -> b.tingkat() == Tingkat.SUB_KEGIATAN).toList();
        BarisRekap jumlah = sub.isEmpty() ? null : jumlah(sub, s);
        return new Rekap(kecamatanId, tahun, sampaiTriwulan, s.nama(), hasil, jumlah,
                rekapUnit(kecamatanId, ditandatangani, unitId, bahan, s));
    }

    /** "Evaluasi tahun N", if the TW IV recap has been signed. */
    @Transactional(readOnly = true)
    public Optional<List<BarisEvaluasiTahunan>> evaluasiTahunan(long kecamatanId, int tahun) {
        organisasi.kecamatan(kecamatanId);
        return tahunanRepo.findByKecamatanIdAndTahun(kecamatanId, tahun)
                .map(t -> tahunanBarisRepo.findByEvaluasiTahunanIdOrderByKode(t.id).stream().map(EvaluasiTahunanBaris::data).toList());
    }

    @Override
    @Transactional(readOnly = true)
    public List<BarisEvaluasiLalu> evaluasiLalu(long kecamatanId, int tahunRenja, List<AcuanEvaluasiLalu> acuan) {
        organisasi.kecamatan(kecamatanId); // reads it as a reader of the kecamatan would, or refuses as "not found"
        Map<String, EvaluasiTahunanBaris> n2 = tahunanRepo.findByKecamatanIdAndTahun(kecamatanId, tahunRenja - 2)
                .map(t -> tahunanBarisRepo.findByEvaluasiTahunanIdOrderByKode(t.id).stream()
                        .collect(Collectors.toMap(b -> b.kode, b -> b)))
                .orElse(Map.of());
        Map<String, List<BigDecimal>> sebelumnya = new HashMap<>();
        for (EvaluasiTahunan t : tahunanRepo.findByKecamatanIdAndTahunLessThanOrderByTahun(kecamatanId, tahunRenja - 2)) {
            for (EvaluasiTahunanBaris b : tahunanBarisRepo.findByEvaluasiTahunanIdOrderByKode(t.id)) {
                sebelumnya.computeIfAbsent(b.kode, k -> new ArrayList<>()).add(b.realisasi);
            }
        }
        List<BarisEvaluasiLalu> hasil = new ArrayList<>();
        for (AcuanEvaluasiLalu a : acuan) {
            EvaluasiTahunanBaris lalu = n2.get(a.kode());
            if (lalu == null) {
                hasil.add(barisEvaluasiLalu(a, JenisIndikator.JUMLAH, Polaritas.NAIK,
                        Capaian.sampaiDengan(JenisIndikator.JUMLAH, sebelumnya.getOrDefault(a.kode(), List.of())), null, null));
                continue;
            }
            BarisEvaluasiLalu b = barisEvaluasiLalu(a, lalu.jenis, lalu.polaritas,
                    Capaian.sampaiDengan(lalu.jenis, sebelumnya.getOrDefault(a.kode(), List.of())), lalu.target, lalu.realisasi);
            // each further indicator of N−2 as its own line under the row (its tingkat realisasi by its polarity)
            List<IndikatorEvaluasiLalu> lain = lalu.indikatorTahunan().stream().map(i -> new IndikatorEvaluasiLalu(i.urutan(),
                    i.indikator(), i.satuan(), i.target(), i.realisasi(), i.capaian())).toList();
            hasil.add(new BarisEvaluasiLalu(b.kode(), b.nama(), b.indikator(), b.satuan(), b.k4TargetAkhir(),
                    b.k5RealisasiSampaiN3(), b.k6TargetN2(), b.k7RealisasiN2(), b.k8TingkatN2(), b.k9TargetN1(),
                    b.k10PerkiraanRealisasi(), b.k11PerkiraanCapaian(), lain));
        }
        return hasil;
    }

    /**
     * One T-C.29 row, the only place its percentages are computed (screen and Renja document both show it): (8) the
     * tingkat realisasi of N−2 and (11) the estimated achievement of the Renstra target, by the indicator's polarity;
     * (10) = 5 + 7 + 9 for a count per period, for a level or cumulative indicator the latest value — once 5, 7
     * and 9 are known, as the printed form.
     */
    static BarisEvaluasiLalu barisEvaluasiLalu(AcuanEvaluasiLalu a, JenisIndikator jenis, Polaritas polaritas,
            BigDecimal k5RealisasiSampaiN3, BigDecimal k6TargetN2, BigDecimal k7RealisasiN2) {
        BigDecimal k8 = Capaian.kinerja(k6TargetN2, k7RealisasiN2, polaritas);
        BigDecimal k9 = a.targetTahunSebelum();
        BigDecimal k10 = k5RealisasiSampaiN3 == null || k7RealisasiN2 == null || k9 == null ? null
                : Capaian.sampaiDengan(jenis, Arrays.asList(k5RealisasiSampaiN3, k7RealisasiN2, k9));
        BigDecimal k11 = Capaian.kinerja(a.targetAkhirPeriode(), k10, polaritas);
        return new BarisEvaluasiLalu(a.kode(), a.nama(), a.indikator(), a.satuan(), a.targetAkhirPeriode(), k5RealisasiSampaiN3,
                k6TargetN2, k7RealisasiN2, k8, k9, k10, k11);
    }

    // ---- computing the recap ----

    /**
     * The signed reports of the quarters with their quarter, and all their rows (two queries): by kode and quarter
     * for the recap's lines, by report for the units' averages.
     */
    private record Ditandatangani(List<Laporan> laporan, Map<String, Map<Integer, LaporanBaris>> perKode,
            Map<Long, List<LaporanBaris>> perLaporan) {
    }

    private record Laporan(EvaluasiTriwulan evaluasi, LaporanEvaluasi laporan) {
    }

    /** The rows of the signed ones among {@code laporan}, in one query (none without a signed report). */
    private List<LaporanBaris> barisLaporanDitandatangani(List<LaporanEvaluasi> laporan) {
        List<Long> ids = laporan.stream().filter(LaporanEvaluasi::ditandatangani).map(l -> l.id).toList();
        return ids.isEmpty() ? List.of() : barisRepo.findByLaporanIdIn(ids);
    }

    private static Ditandatangani ditandatangani(List<EvaluasiTriwulan> semua, List<LaporanEvaluasi> semuaLaporan,
            List<LaporanBaris> semuaBaris) {
        Map<Long, EvaluasiTriwulan> perId = semua.stream().collect(Collectors.toMap(e -> e.id, e -> e));
        List<Laporan> laporan = new ArrayList<>();
        for (LaporanEvaluasi l : semuaLaporan) {
            if (l.ditandatangani() && perId.containsKey(l.evaluasiId)) {
                laporan.add(new Laporan(perId.get(l.evaluasiId), l));
            }
        }
        Map<Long, Integer> twLaporan = new HashMap<>();
        laporan.forEach(x -> twLaporan.put(x.laporan().id, x.evaluasi().triwulan));
        Map<String, Map<Integer, LaporanBaris>> perKode = new HashMap<>();
        Map<Long, List<LaporanBaris>> perLaporan = new HashMap<>();
        for (LaporanBaris b : semuaBaris) {
            Integer tw = twLaporan.get(b.laporanId);
            if (tw == null) {
                continue;
            }
            perKode.computeIfAbsent(b.kode, k -> new HashMap<>()).put(tw, b);
            perLaporan.computeIfAbsent(b.laporanId, k -> new ArrayList<>()).add(b);
        }
        return new Ditandatangani(laporan, perKode, perLaporan);
    }

    /** The old shape, for the year's evaluation stored at the TW IV recap. */
    private Map<String, Map<Integer, LaporanBaris>> barisDitandatangani(List<EvaluasiTriwulan> semua) {
        List<LaporanEvaluasi> laporan = laporanRepo.findByEvaluasiIdIn(semua.stream().map(e -> e.id).toList());
        return ditandatangani(semua, laporan, barisLaporanDitandatangani(laporan)).perKode();
    }

    /** Sub kegiatan lines, then each kegiatan and program computed from its children, in nomenclature order. */
    static List<BarisRekap> susun(List<SumberRenja.Baris> baris, Map<String, Map<Integer, LaporanBaris>> realisasi,
            int sampai, SkalaPredikat s) {
        Map<String, List<BarisRekap>> subPerKegiatan = new TreeMap<>();
        Map<String, SumberRenja.Baris> contohKegiatan = new HashMap<>();
        for (SumberRenja.Baris b : baris) {
            Map<Integer, LaporanBaris> perTw = realisasi.getOrDefault(b.kode(), Map.of());
            List<BigDecimal> kinerja = new ArrayList<>();
            List<Long> rp = new ArrayList<>();
            List<LaporanBaris> laporanTw = new ArrayList<>();
            for (int tw = 1; tw <= 4; tw++) {
                LaporanBaris l = tw <= sampai ? perTw.get(tw) : null;
                laporanTw.add(l);
                kinerja.add(l == null ? null : l.realisasiKinerja);
                rp.add(l == null ? null : l.realisasiRp);
            }
            BigDecimal kumulatif = Capaian.sampaiDengan(b.jenis(), kinerja);
            long rpKumulatif = Capaian.jumlah(rp);
            // the row's capaian: the mean over its indicators, each against its own annual target (as the report's)
            BigDecimal capaian = HitungLaporan.capaianSdBaris(b, Capaian.kinerja(b.target(), kumulatif, b.polaritas()),
                    laporanTw);
            subPerKegiatan.computeIfAbsent(b.kegiatanKode(), k -> new ArrayList<>()).add(new BarisRekap(Tingkat.SUB_KEGIATAN,
                    b.kode(), b.nama(), b.unitNama(), b.indikator(), b.satuan(), b.target(), b.pagu(), kinerja, rp, kumulatif,
                    rpKumulatif, capaian, Capaian.keuangan(b.pagu(), rpKumulatif), s.predikat(capaian)));
            contohKegiatan.putIfAbsent(b.kegiatanKode(), b);
        }
        Map<String, List<BarisRekap>> kegiatanPerProgram = new TreeMap<>();
        Map<String, List<BarisRekap>> subDariKegiatan = new LinkedHashMap<>();
        for (var k : subPerKegiatan.entrySet()) {
            SumberRenja.Baris contoh = contohKegiatan.get(k.getKey());
            BarisRekap kegiatan = gabung(Tingkat.KEGIATAN, k.getKey(), contoh.kegiatanNama(), k.getValue(), s);
            kegiatanPerProgram.computeIfAbsent(contoh.programKode(), x -> new ArrayList<>()).add(kegiatan);
            subDariKegiatan.put(k.getKey(), k.getValue());
        }
        List<BarisRekap> hasil = new ArrayList<>();
        for (var p : kegiatanPerProgram.entrySet()) {
            String namaProgram = contohKegiatan.values().stream().filter(b -> Objects.equals(b.programKode(), p.getKey()))
                    .map(SumberRenja.Baris::programNama).findFirst().orElse("");
            hasil.add(gabung(Tingkat.PROGRAM, p.getKey(), namaProgram, p.getValue(), s));
            for (BarisRekap kegiatan : p.getValue()) {
                hasil.add(kegiatan);
                hasil.addAll(subDariKegiatan.get(kegiatan.kode()));
            }
        }
        return hasil;
    }

    /** The kecamatan's JUMLAH line over its sub kegiatan lines. */
    static BarisRekap jumlah(List<BarisRekap> sub, SkalaPredikat s) {
        return gabung(null, "", "JUMLAH", sub, s);
    }

    /**
     * A kegiatan or program line (or the kecamatan's JUMLAH, {@code tingkat} null): money adds up (capaian
     * keuangan is the ratio of the sums); capaian kinerja is the mean of its children's, since their satuan differ.
     */
    private static BarisRekap gabung(Tingkat tingkat, String kode, String nama, List<BarisRekap> anak, SkalaPredikat s) {
        List<Long> rpTw = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            int tw = i;
            boolean ada = anak.stream().anyMatch(a -> a.realisasiRpTw().get(tw) != null);
            rpTw.add(ada ? Capaian.jumlah(anak.stream().map(a -> a.realisasiRpTw().get(tw)).toList()) : null);
        }
        long anggaran = Capaian.jumlah(anak.stream().map(BarisRekap::anggaran).toList());
        long rpKumulatif = anak.stream().mapToLong(BarisRekap::realisasiRpKumulatif).reduce(0L, Math::addExact);
        BigDecimal capaian = Capaian.rataRata(anak.stream().map(BarisRekap::capaianKinerja).toList());
        List<BigDecimal> kosong = Arrays.asList(null, null, null, null);
        return new BarisRekap(tingkat, kode, nama, "", "", "", null, anggaran, kosong, rpTw, null, rpKumulatif, capaian,
                Capaian.keuangan(anggaran, rpKumulatif), s.predikat(capaian));
    }

    /**
     * Per unit per quarter, the averages of its signed report — the figures {@link EvaluasiQueryService#susun} gives the
     * report itself, computed by the same {@link HitungLaporan} from the rows already read, instead of reading each
     * report again. A report is read against the Renja and rencana aksi of its own quarter.
     */
    private static List<RekapUnit> rekapUnit(long kecamatanId, Ditandatangani ditandatangani, Long unitId,
            BahanRekap bahan, SkalaPredikat s) {
        List<Laporan> laporan = ditandatangani.laporan().stream()
                .filter(x -> unitId == null || unitId.equals(x.laporan().unitKerjaId)).toList();
        if (laporan.isEmpty()) {
            return List.of();
        }
        Map<Long, String> nama = bahan.namaUnit(kecamatanId);
        Map<Long, Map<String, SumberRenja.Baris>> renjaPerKode = new HashMap<>();
        Map<Long, Map<String, RencanaAksi>> rencana = new HashMap<>();
        Map<Long, Map<Integer, Ringkasan>> perUnit = new TreeMap<>();
        for (Laporan x : laporan) {
            EvaluasiTriwulan e = x.evaluasi();
            LaporanEvaluasi l = x.laporan();
            Map<String, SumberRenja.Baris> renjaBaris = renjaPerKode.computeIfAbsent(e.renjaId, id -> bahan.baris(id).stream()
                    .collect(Collectors.toMap(SumberRenja.Baris::kode, b -> b)));
            Map<String, RencanaAksi> ra = rencana.computeIfAbsent(e.renjaId, bahan::rencanaAksi);
            List<LaporanBaris> isian = ditandatangani.perLaporan().getOrDefault(l.id, List.of());
            // the averages read only the quarter's own figures of each row (HitungLaporan.angkaTriwulan, the very ones
            // the report shows), so no whole row with its figures to date is built here
            List<HitungLaporan.AngkaTriwulan> baris = new ArrayList<>();
            for (LaporanBaris b : isian) {
                SumberRenja.Baris sb = renjaBaris.get(b.kode);
                if (sb != null) {
                    baris.add(HitungLaporan.angkaTriwulan(sb, ra.get(b.kode), e.triwulan, b));
                }
            }
            perUnit.computeIfAbsent(l.unitKerjaId, k -> new TreeMap<>()).put(e.triwulan, HitungLaporan.ringkasanAngka(baris, s));
        }
        return perUnit.entrySet().stream().map(x -> new RekapUnit(x.getKey(), nama.get(x.getKey()), x.getValue())).toList();
    }

    /** Stores "evaluasi tahun N" from the year's full recap; called inside the TW IV recap signature. */
    void simpanTahunan(long kecamatanId, int tahun, long renjaId) {
        if (tahunanRepo.findByKecamatanIdAndTahun(kecamatanId, tahun).isPresent()) {
            return;
        }
        EvaluasiTahunan t = new EvaluasiTahunan();
        t.kecamatanId = kecamatanId;
        t.tahun = tahun;
        t.renjaId = renjaId;
        t.dibuatPada = clock.instant();
        tahunanRepo.save(t);
        List<EvaluasiTriwulan> semua = evaluasiRepo.findByKecamatanIdAndTahunOrderByTriwulan(kecamatanId, tahun);
        Map<String, Map<Integer, LaporanBaris>> realisasi = barisDitandatangani(semua);
        for (SumberRenja.Baris b : sumber.baris(renjaId)) {
            Map<Integer, LaporanBaris> perTw = realisasi.getOrDefault(b.kode(), Map.of());
            List<BigDecimal> kinerja = new ArrayList<>();
            List<Long> rp = new ArrayList<>();
            List<LaporanBaris> laporanTw = new ArrayList<>();
            for (int tw = 1; tw <= 4; tw++) {
                LaporanBaris l = perTw.get(tw);
                laporanTw.add(l);
                kinerja.add(l == null ? null : l.realisasiKinerja);
                rp.add(l == null ? null : l.realisasiRp);
            }
            EvaluasiTahunanBaris x = new EvaluasiTahunanBaris();
            for (SumberRenja.IndikatorLain i : b.indikatorLain()) {
                x.indikatorLain.put(i.urutan(), new IndikatorTahunanNilai(i.indikator(), i.satuan(), i.polaritas(),
                        i.jenis(), i.target(), HitungLaporan.realisasiSdLain(i, laporanTw)));
            }
            x.evaluasiTahunanId = t.id;
            x.kode = b.kode();
            x.nama = b.nama();
            x.unitKerjaId = b.unitKerjaId();
            x.indikator = b.indikator();
            x.satuan = b.satuan();
            x.polaritas = b.polaritas();
            x.jenis = b.jenis();
            x.target = b.target();
            x.realisasi = Capaian.sampaiDengan(b.jenis(), kinerja);
            x.anggaran = b.pagu();
            x.realisasiRp = Capaian.jumlah(rp);
            tahunanBarisRepo.save(x);
        }
    }
}
