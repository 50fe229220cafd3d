package id.sipeka.evaluasi;

import id.sipeka.dokumen.DokumenService;
import id.sipeka.evaluasi.EvaluasiData.BarisDasbor;
import id.sipeka.evaluasi.EvaluasiData.BarisRekap;
import id.sipeka.evaluasi.EvaluasiData.Berkas;
import id.sipeka.evaluasi.EvaluasiData.DasborKabupaten;
import id.sipeka.evaluasi.EvaluasiData.Rekap;
import id.sipeka.evaluasi.EvaluasiData.SelDasbor;
import id.sipeka.evaluasi.GrafikRekap.CapaianTriwulan;
import id.sipeka.organisasi.OrganisasiData.KabupatenData;
import id.sipeka.organisasi.OrganisasiData.KecamatanData;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.renja.RenjaData.RenjaKabupaten;
import id.sipeka.renja.RenjaData.SasaranBaris;
import id.sipeka.renja.RenjaData.TahapRenja;
import id.sipeka.renja.RenjaQueryService;
import id.sipeka.renstra.JenisIndikator;
import id.sipeka.renstra.Polaritas;
import id.sipeka.renstra.RenstraData.IndikatorSubKegiatan;
import id.sipeka.renstra.RenstraService;
import id.sipeka.security.Akses;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The kabupaten's dashboard (its viewer and the admin): every kecamatan × TW I–IV with its reports complete, late
 * and signed and the quarter's capaian; the year so far with predikat and rank; each kecamatan's Renja stage.
 * <p>
 * Read in a fixed number of set-based queries whatever the number of kecamatan, units and reports (the kecamatan,
 * the scale, the quarters, their reports, the rows of the signed ones and their further indicators' realisasi, the
 * rencana aksi with their further indicators' quarters, the Renja and their rows, the Renstra's indicators); each kecamatan's figures are then computed in memory by {@link RekapEvaluasiService#hitung},
 * the very code of the recap, so the dashboard shows the recap's figures. The many rows (where each report stands,
 * the signed reports' figures, the Renja rows, the rencana aksi) are read as values Hibernate does not manage: at 50 kecamatan that is about
 * 13,000 rows a call, and managing them as entities was most of the dashboard's time.
 */
@Service
public class DasborKabupatenService {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final EvaluasiTriwulanRepository evaluasiRepo;
    private final LaporanEvaluasiRepository laporanRepo;
    private final LaporanBarisRepository barisRepo;
    private final RencanaAksiRepository rencanaRepo;
    private final SkalaPredikatService skala;
    private final OrganisasiService organisasi;
    private final RenjaQueryService renja;
    private final RenstraService renstra;
    private final DokumenService dokumen;
    private final Akses akses;
    private final Clock clock;

    DasborKabupatenService(EvaluasiTriwulanRepository evaluasiRepo, LaporanEvaluasiRepository laporanRepo,
            LaporanBarisRepository barisRepo, RencanaAksiRepository rencanaRepo, SkalaPredikatService skala,
            OrganisasiService organisasi, RenjaQueryService renja, RenstraService renstra, DokumenService dokumen,
            Akses akses, Clock clock) {
        this.evaluasiRepo = evaluasiRepo;
        this.laporanRepo = laporanRepo;
        this.barisRepo = barisRepo;
        this.rencanaRepo = rencanaRepo;
        this.skala = skala;
        this.organisasi = organisasi;
        this.renja = renja;
        this.renstra = renstra;
        this.dokumen = dokumen;
        this.akses = akses;
        this.clock = clock;
    }

    /** The dashboard of year N; only the admin and the kabupaten's own viewer (a kecamatan's user is refused). */
    @Transactional(readOnly = true)
    public DasborKabupaten ringkasan(long kabupatenId, int tahun) {
        akses.wajibPantauKabupaten(kabupatenId);
        List<KecamatanData> kecamatan = organisasi.kecamatanKabupaten(kabupatenId);
        SkalaPredikat s = skala.skala(kabupatenId);
        String namaKabupaten = kecamatan.isEmpty() ? organisasi.semuaKabupaten().stream()
                .filter(k -> k.id() == kabupatenId).map(KabupatenData::nama).findFirst().orElse("")
                : kecamatan.getFirst().kabupatenNama();
        if (kecamatan.isEmpty()) {
            return new DasborKabupaten(kabupatenId, namaKabupaten, tahun, s.nama(), List.of());
        }
        List<Long> kecamatanIds = kecamatan.stream().map(KecamatanData::id).toList();

        // the quarters, their reports and the rows of the signed ones: three queries for the whole kabupaten
        Map<Long, List<EvaluasiTriwulan>> evaluasi = evaluasiRepo.findByKecamatanIdInAndTahunOrderByTriwulan(kecamatanIds, tahun)
                .stream().collect(Collectors.groupingBy(e -> e.kecamatanId, Collectors.toList()));
        Map<Long, EvaluasiTriwulan> evaluasiPerId = new HashMap<>();
        evaluasi.values().forEach(l -> l.forEach(e -> evaluasiPerId.put(e.id, e)));
        List<LaporanEvaluasi> semuaLaporan = evaluasiPerId.isEmpty() ? List.of() : laporanRepo.keadaan(kecamatanIds, tahun);
        List<LaporanBaris> semuaBaris = barisRepo.angka(kecamatanIds, tahun);
        // the further indicators' realisasi of those rows: one more query, put into the rows read as values
        if (!semuaBaris.isEmpty()) {
            Map<Long, LaporanBaris> barisPerId = new HashMap<>();
            semuaBaris.forEach(b -> barisPerId.put(b.id, b));
            for (Object[] x : barisRepo.angkaLain(kecamatanIds, tahun)) {
                LaporanBaris b = barisPerId.get((Long) x[0]);
                if (b != null) {
                    b.realisasiLain.put((Integer) x[1], (BigDecimal) x[2]);
                }
            }
        }
        Map<Long, List<LaporanBaris>> barisPerLaporan = semuaBaris.stream()
                .collect(Collectors.groupingBy(b -> b.laporanId));
        Map<Long, List<LaporanEvaluasi>> laporanPerKecamatan = semuaLaporan.stream()
                .collect(Collectors.groupingBy(l -> evaluasiPerId.get(l.evaluasiId).kecamatanId));

        // the Renja of N and N+1 with the rows of N, the Renstra's indicators, the rencana aksi: five queries
        RenjaKabupaten rk = renja.renjaKabupaten(kabupatenId, tahun);
        Bahan bahan = new Bahan(rk, renstra.indikatorKabupaten(kabupatenId, tahun), rk.renja().stream()
                .filter(r -> r.tahun() == tahun).map(TahapRenja::id).toList(), tahun);

        List<BarisDasbor> baris = new ArrayList<>();
        for (KecamatanData k : kecamatan) {
            baris.add(baris(k, tahun, s, evaluasi.getOrDefault(k.id(), List.of()),
                    laporanPerKecamatan.getOrDefault(k.id(), List.of()), barisPerLaporan, bahan, rk.renja()));
        }
        return new DasborKabupaten(kabupatenId, namaKabupaten, tahun, s.nama(), peringkat(baris));
    }

    /** The dashboard's table as a spreadsheet (numbers as numbers, percentages unrounded with a display format). */
    @Transactional(readOnly = true)
    public Berkas xlsx(long kabupatenId, int tahun) {
        DasborKabupaten d = ringkasan(kabupatenId, tahun);
        byte[] isi = dokumen.xlsxKabupaten(kabupatenId, DokumenDasborKabupaten.susun(d));
        String nama = ("Dasbor-Evaluasi-" + d.kabupatenNama() + "-" + tahun).replaceAll("[^A-Za-z0-9]+", "-") + ".xlsx";
        return new Berkas(nama, XLSX, isi);
    }

    private BarisDasbor baris(KecamatanData k, int tahun, SkalaPredikat s, List<EvaluasiTriwulan> evaluasi,
            List<LaporanEvaluasi> laporan, Map<Long, List<LaporanBaris>> barisPerLaporan, Bahan bahan,
            List<TahapRenja> semuaRenja) {
        TahapRenja renjaIni = terbaru(semuaRenja, k.id(), tahun);
        TahapRenja renjaBerikut = terbaru(semuaRenja, k.id(), tahun + 1);
        List<EvaluasiTriwulan> urut = evaluasi.stream().sorted(Comparator.comparingInt(e -> e.triwulan)).toList();
        if (urut.isEmpty()) {
            return new BarisDasbor(k.id(), k.nama(), null, 0, null, Map.of(), null, "–", null, "–", renjaIni, renjaBerikut);
        }
        EvaluasiTriwulan terakhir = urut.getLast();
        List<LaporanBaris> baris = new ArrayList<>();
        laporan.forEach(l -> baris.addAll(barisPerLaporan.getOrDefault(l.id, List.of())));
        Rekap r = RekapEvaluasiService.hitung(k.id(), tahun, terakhir.triwulan, null, null, s, terakhir.renjaId, urut,
                laporan, baris, bahan);
        List<CapaianTriwulan> perTw = GrafikRekap.nilaiPerTriwulan(r);
        Map<Long, List<LaporanEvaluasi>> laporanPerEvaluasi = laporan.stream().collect(Collectors.groupingBy(l -> l.evaluasiId));
        Map<Integer, SelDasbor> sel = new TreeMap<>();
        for (EvaluasiTriwulan e : urut) {
            int jumlah = 0;
            int lengkap = 0;
            int terlambat = 0;
            int ditandatangani = 0;
            for (LaporanEvaluasi l : laporanPerEvaluasi.getOrDefault(e.id, List.of())) {
                jumlah++;
                StatusLaporan st = l.status();
                lengkap += st == StatusLaporan.DIAJUKAN || st == StatusLaporan.DIVERIFIKASI || st == StatusLaporan.DITANDATANGANI ? 1 : 0;
                terlambat += EvaluasiQueryService.terlambat(e, l, clock) ? 1 : 0;
                ditandatangani += st == StatusLaporan.DITANDATANGANI ? 1 : 0;
            }
            CapaianTriwulan c = perTw.get(e.triwulan - 1);
            sel.put(e.triwulan, new SelDasbor(e.id, e.status, jumlah, lengkap, terlambat, ditandatangani, c.kinerja(),
                    s.predikat(c.kinerja()), c.keuangan(), s.predikat(c.keuangan())));
        }
        BarisRekap jumlah = r.jumlah();
        BigDecimal kinerja = jumlah == null ? null : jumlah.capaianKinerja();
        BigDecimal keuangan = jumlah == null ? null : jumlah.capaianKeuangan();
        return new BarisDasbor(k.id(), k.nama(), null, terakhir.triwulan, terakhir.id, sel, kinerja, s.predikat(kinerja),
                keuangan, s.predikat(keuangan), renjaIni, renjaBerikut);
    }

    /** The latest Renja (a perubahan after the Renja it revises) of the kecamatan's year, if one is opened. */
    private static TahapRenja terbaru(List<TahapRenja> renja, long kecamatanId, int tahun) {
        return renja.stream().filter(r -> r.kecamatanId() == kecamatanId && r.tahun() == tahun)
                .max(Comparator.comparingLong(TahapRenja::id)).orElse(null);
    }

    /**
     * Ranked by capaian kinerja as shown (two decimals), then capaian keuangan; equal figures share a rank (1, 2, 2,
     * 4). A kecamatan without a capaian has no rank and comes last, by name.
     */
    static List<BarisDasbor> peringkat(List<BarisDasbor> baris) {
        Comparator<BigDecimal> turun = Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder());
        Comparator<BarisDasbor> urutan = Comparator.comparing((BarisDasbor b) -> Capaian.bulat(b.capaianKinerja()), turun)
                .thenComparing(b -> Capaian.bulat(b.capaianKeuangan()), turun);
        List<BarisDasbor> urut = baris.stream().sorted(urutan.thenComparing(BarisDasbor::kecamatanNama, String.CASE_INSENSITIVE_ORDER))
                .toList();
        List<BarisDasbor> hasil = new ArrayList<>();
        BarisDasbor sebelum = null;
        int peringkatSebelum = 0;
        for (int i = 0; i < urut.size(); i++) {
            BarisDasbor b = urut.get(i);
            Integer p = null;
            if (b.capaianKinerja() != null) {
                p = sebelum != null && urutan.compare(sebelum, b) == 0 ? peringkatSebelum : i + 1;
                peringkatSebelum = p;
            }
            sebelum = b;
            hasil.add(new BarisDasbor(b.kecamatanId(), b.kecamatanNama(), p, b.sampaiTriwulan(), b.evaluasiIdRekap(),
                    b.triwulan(), b.capaianKinerja(), b.predikatKinerja(), b.capaianKeuangan(), b.predikatKeuangan(),
                    b.renja(), b.renjaBerikut()));
        }
        return hasil;
    }

    /**
     * The recap's sources for every kecamatan of the kabupaten, read at once: each Renja's rows of year N joined with
     * its Renstra's indicator kind, polarity, kegiatan and program (as {@link SumberRenja#baris} joins them), and the
     * rencana aksi of those Renja. Unit names are not needed on the dashboard.
     */
    private final class Bahan implements RekapEvaluasiService.BahanRekap {
        private final Map<Long, List<SumberRenja.Baris>> baris = new HashMap<>();
        private final Map<Long, Map<String, RencanaAksi>> rencana = new HashMap<>();

        Bahan(RenjaKabupaten rk, List<IndikatorSubKegiatan> indikator, List<Long> renjaIds, int tahun) {
            Map<Long, Long> kecamatanRenja = new HashMap<>();
            rk.renja().forEach(r -> kecamatanRenja.put(r.id(), r.kecamatanId()));
            Map<Long, Map<String, IndikatorSubKegiatan>> perKecamatan = new HashMap<>();
            // the version in force comes first; an older version only fills a code it dropped
            indikator.forEach(i -> perKecamatan.computeIfAbsent(i.kecamatanId(), x -> new HashMap<>()).putIfAbsent(i.kode(), i));
            for (SasaranBaris b : rk.baris()) {
                IndikatorSubKegiatan i = perKecamatan.getOrDefault(kecamatanRenja.get(b.renjaId()), Map.of()).get(b.kode());
                baris.computeIfAbsent(b.renjaId(), x -> new ArrayList<>()).add(new SumberRenja.Baris(0, b.kode(), b.kode(),
                        b.unitKerjaId(), "", b.indikator(), b.satuan(), b.target(), b.pagu(), b.sumberDana(),
                        i == null ? JenisIndikator.JUMLAH : i.jenis(), i == null ? Polaritas.NAIK : i.polaritas(),
                        i == null ? "" : i.kegiatanKode(), i == null ? "" : i.kegiatanNama(),
                        i == null ? "" : i.programKode(), i == null ? "" : i.programNama(),
                        i == null ? List.of() : SumberRenja.IndikatorLain.dari(i.indikatorLain(), tahun)));
            }
            if (!renjaIds.isEmpty()) {
                for (RencanaAksi r : rencanaRepo.target(renjaIds)) {
                    rencana.computeIfAbsent(r.renjaId, x -> new HashMap<>()).put(r.kode, r);
                }
                for (Object[] x : rencanaRepo.targetLain(renjaIds)) {
                    RencanaAksi r = rencana.getOrDefault((Long) x[0], Map.of()).get((String) x[1]);
                    if (r != null) {
                        r.targetLain.put((Integer) x[2], (TargetTriwulan) x[3]);
                    }
                }
            }
        }

        @Override
        public List<SumberRenja.Baris> baris(long renjaId) {
            return baris.getOrDefault(renjaId, List.of());
        }

        @Override
        public Map<String, RencanaAksi> rencanaAksi(long renjaId) {
            return rencana.getOrDefault(renjaId, Map.of());
        }

        @Override
        public Map<Long, String> namaUnit(long kecamatanId) {
            return Map.of();
        }
    }
}
