package id.sipeka.evaluasi;

import id.sipeka.audit.AuditService;
import id.sipeka.base.AturanDilanggarException;
import id.sipeka.base.Kuantitas;
import id.sipeka.base.Pesan;
import id.sipeka.base.Rupiah;
import id.sipeka.evaluasi.EvaluasiData.Rekap;
import id.sipeka.evaluasi.RiwayatData.BarisRiwayat;
import id.sipeka.evaluasi.RiwayatData.IsianRiwayat;
import id.sipeka.evaluasi.RiwayatData.RiwayatTahun;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.renstra.RenstraData.BarisRenstra;
import id.sipeka.renstra.RenstraData.RenstraLengkap;
import id.sipeka.renstra.RenstraService;
import id.sipeka.renstra.Tingkat;
import id.sipeka.security.Akses;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Realisasi of the years before SIPEKA ("riwayat"): for a year of the Renstra period with no quarterly evaluation, the
 * admin enters or imports each sub kegiatan's realisasi kinerja and realisasi keuangan of the whole year — no workflow,
 * marked as history wherever it shows, audited. The year's targets and pagu are the Renstra's; the roll-up (kegiatan,
 * program, JUMLAH) is computed by the recap's own code, so the LKjIP compares with these years as with evaluated ones.
 */
@Service
public class RiwayatRealisasiService {

    private final RealisasiRiwayatRepository riwayatRepo;
    private final RealisasiRiwayatBarisRepository barisRepo;
    private final EvaluasiTriwulanRepository evaluasiRepo;
    private final RenstraService renstra;
    private final OrganisasiService organisasi;
    private final SkalaPredikatService skala;
    private final Akses akses;
    private final AuditService audit;
    private final Clock clock;

    RiwayatRealisasiService(RealisasiRiwayatRepository riwayatRepo, RealisasiRiwayatBarisRepository barisRepo,
            EvaluasiTriwulanRepository evaluasiRepo, RenstraService renstra, OrganisasiService organisasi,
            SkalaPredikatService skala, Akses akses, AuditService audit, Clock clock) {
        this.riwayatRepo = riwayatRepo;
        this.barisRepo = barisRepo;
        this.evaluasiRepo = evaluasiRepo;
        this.renstra = renstra;
        this.organisasi = organisasi;
        this.skala = skala;
        this.akses = akses;
        this.audit = audit;
        this.clock = clock;
    }

    /** The year as history; anyone who may read the kecamatan (only the admin may change it). */
    @Transactional(readOnly = true)
    public RiwayatTahun baca(long kecamatanId, int tahun) {
        organisasi.kecamatan(kecamatanId); // refuses a reader of another kecamatan as "not found"
        Optional<RenstraLengkap> periode = periode(kecamatanId, tahun);
        List<SumberRenja.Baris> sumber = periode.map(p -> sumber(p, tahun)).orElse(List.of());
        Optional<RealisasiRiwayat> r = riwayatRepo.findByKecamatanIdAndTahun(kecamatanId, tahun);
        Map<String, RealisasiRiwayatBaris> isi = r.map(x -> barisRepo.findByRiwayatIdOrderByKode(x.id).stream()
                .collect(Collectors.toMap(b -> b.kode, b -> b))).orElse(Map.of());
        List<BarisRiwayat> baris = sumber.stream().map(b -> {
            RealisasiRiwayatBaris x = isi.get(b.kode());
            return new BarisRiwayat(b.kode(), b.nama(), b.unitNama(), b.indikator(), b.satuan(), b.target(), b.pagu(),
                    x == null ? null : x.realisasi, x == null ? null : x.realisasiRp);
        }).toList();
        Rekap rekap = r.isEmpty() ? null : rekap(kecamatanId, tahun, sumber, isi);
        return new RiwayatTahun(kecamatanId, tahun, periode.map(p -> p.renstra().periode()).orElse(null), baris, rekap,
                r.map(x -> x.dicatatOleh).orElse(null), r.map(x -> x.dicatatPada).orElse(null), r.map(x -> x.version).orElse(0L),
                halangan(kecamatanId, tahun, periode));
    }

    /**
     * Records the year's realisasi as typed (every sub kegiatan of the year at once; an empty value stays empty):
     * only the admin, only for a year of the Renstra period without quarterly evaluations; all or nothing.
     *
     * @param version the {@link RiwayatTahun#version()} read: someone else's save in between refuses this one
     */
    @Transactional
    public RiwayatTahun simpan(long kecamatanId, int tahun, long version, List<IsianRiwayat> isian) {
        akses.wajibAdmin();
        organisasi.kecamatan(kecamatanId);
        Optional<RenstraLengkap> periode = periode(kecamatanId, tahun);
        String halangan = halangan(kecamatanId, tahun, periode);
        if (halangan != null) {
            throw new AturanDilanggarException(halangan);
        }
        Map<String, SumberRenja.Baris> sumber = sumber(periode.orElseThrow(), tahun).stream()
                .collect(Collectors.toMap(SumberRenja.Baris::kode, b -> b));
        Map<String, IsianRiwayat> sah = new LinkedHashMap<>();
        for (IsianRiwayat i : isian) {
            if (!sumber.containsKey(i.kode())) {
                throw new AturanDilanggarException(Pesan.get("riwayat.kodeTidakDikenal", i.kode(), tahun));
            }
            if (sah.put(i.kode(), i) != null) {
                throw new AturanDilanggarException(Pesan.get("riwayat.kodeGanda", i.kode()));
            }
            if (i.realisasi() != null && i.realisasi().signum() < 0) {
                throw new AturanDilanggarException(Pesan.get("angka.negatif", Pesan.get("riwayat.realisasiDari", i.kode())));
            }
            Kuantitas.periksa(i.realisasi(), Pesan.get("riwayat.realisasiDari", i.kode()));
            Rupiah.periksa(i.realisasiRp(), Pesan.get("riwayat.realisasiRpDari", i.kode()));
        }
        RealisasiRiwayat r = riwayatRepo.findByKecamatanIdAndTahun(kecamatanId, tahun)
                .orElseGet(() -> new RealisasiRiwayat(kecamatanId, tahun));
        if (r.id != null && r.version != version) {
            throw new ObjectOptimisticLockingFailureException(RealisasiRiwayat.class, r.id);
        }
        String lama = r.id == null ? null : ringkas(barisRepo.findByRiwayatIdOrderByKode(r.id));
        r.catat(akses.pengguna().getUsername(), clock.instant());
        riwayatRepo.saveAndFlush(r); // a new version: two admins saving the same year at once cannot both succeed
        barisRepo.deleteByRiwayatId(r.id);
        barisRepo.flush();
        List<RealisasiRiwayatBaris> baru = sah.values().stream().filter(i -> i.realisasi() != null || i.realisasiRp() != null)
                .map(i -> new RealisasiRiwayatBaris(r.id, i.kode(), i.realisasi(), i.realisasiRp())).toList();
        barisRepo.saveAll(baru);
        audit.catat(kecamatanId, "RIWAYAT", "RealisasiRiwayat", kecamatanId + ":" + tahun, lama, ringkas(baru));
        return baca(kecamatanId, tahun);
    }

    /** The year as a spreadsheet to fill (its sub kegiatan, target and pagu, what is recorded so far). */
    @Transactional(readOnly = true)
    public byte[] xlsx(long kecamatanId, int tahun) {
        return XlsxRiwayat.tulis(baca(kecamatanId, tahun));
    }

    /**
     * Records the year from its spreadsheet ({@link #xlsx}) as {@link #simpan} does: a problem anywhere (named by
     * sheet, row and column) refuses the whole file.
     */
    @Transactional
    public RiwayatTahun imporXlsx(long kecamatanId, int tahun, long version, byte[] isi) {
        akses.wajibAdmin();
        Set<String> dikenal = periode(kecamatanId, tahun).map(p -> sumber(p, tahun)).orElse(List.of()).stream()
                .map(SumberRenja.Baris::kode).collect(Collectors.toSet());
        return simpan(kecamatanId, tahun, version, XlsxRiwayat.baca(isi, tahun, dikenal));
    }

    /**
     * The recap of a historical year of the given Renstra period, as the LKjIP compares with it; empty when the year
     * has no history. The caller passes the period it already read (one Renstra read for all its earlier years).
     */
    Optional<Rekap> rekapRiwayat(long kecamatanId, RenstraLengkap periode, int tahun) {
        Optional<RealisasiRiwayat> r = riwayatRepo.findByKecamatanIdAndTahun(kecamatanId, tahun);
        if (r.isEmpty()) {
            return Optional.empty();
        }
        Map<String, RealisasiRiwayatBaris> isi = barisRepo.findByRiwayatIdOrderByKode(r.get().id).stream()
                .collect(Collectors.toMap(b -> b.kode, b -> b));
        return Optional.of(rekap(kecamatanId, tahun, sumber(periode, tahun), isi));
    }

    /**
     * The whole year's values stand in the place of TW IV with nothing before: a count adds up to itself, a level is
     * its latest value, the money is the year's — so the recap's code computes capaian and roll-up as for a full year.
     */
    private Rekap rekap(long kecamatanId, int tahun, List<SumberRenja.Baris> sumber, Map<String, RealisasiRiwayatBaris> isi) {
        SkalaPredikat s = skala.skalaKecamatan(kecamatanId);
        Map<String, Map<Integer, LaporanBaris>> realisasi = new HashMap<>();
        isi.values().forEach(b -> realisasi.put(b.kode, Map.of(4, new LaporanBaris(null, null, b.kode, b.realisasi, b.realisasiRp))));
        List<EvaluasiData.BarisRekap> baris = RekapEvaluasiService.susun(sumber, realisasi, 4, s);
        List<EvaluasiData.BarisRekap> sub = baris.stream().filter(b -> b.tingkat() == Tingkat.SUB_KEGIATAN).toList();
        return new Rekap(kecamatanId, tahun, 4, s.nama(), baris, sub.isEmpty() ? null : RekapEvaluasiService.jumlah(sub, s), List.of());
    }

    /** Why the year may not be recorded as history, or null. */
    private String halangan(long kecamatanId, int tahun, Optional<RenstraLengkap> periode) {
        if (periode.isEmpty()) {
            return Pesan.get("riwayat.diLuarPeriode", tahun);
        }
        if (!evaluasiRepo.findByKecamatanIdAndTahunOrderByTriwulan(kecamatanId, tahun).isEmpty()) {
            return Pesan.get("riwayat.sudahDievaluasi", tahun);
        }
        if (!akses.admin()) {
            return Pesan.get("riwayat.hanyaAdmin");
        }
        return null;
    }

    private Optional<RenstraLengkap> periode(long kecamatanId, int tahun) {
        return renstra.daftar(kecamatanId).stream().filter(r -> r.tahunAwal() <= tahun && tahun <= r.tahunAkhir())
                .findFirst().map(r -> renstra.lengkap(r.id()));
    }

    /** The Renstra's sub kegiatan of the year with their target and pagu, as the recap reads a Renja's rows. */
    private static List<SumberRenja.Baris> sumber(RenstraLengkap p, int tahun) {
        List<SumberRenja.Baris> hasil = new ArrayList<>();
        for (BarisRenstra program : p.program()) {
            for (BarisRenstra kegiatan : program.anak()) {
                for (BarisRenstra sub : kegiatan.anak()) {
                    hasil.add(new SumberRenja.Baris(0, sub.kode(), sub.nama(), sub.unitKerjaId() == null ? 0 : sub.unitKerjaId(),
                            sub.unitNama() == null ? "" : sub.unitNama(), sub.indikator(), sub.satuan(), sub.target().get(tahun),
                            sub.pagu().get(tahun), null, sub.jenis(), sub.polaritas(), kegiatan.kode(), kegiatan.nama(),
                            program.kode(), program.nama(), SumberRenja.IndikatorLain.dari(sub, tahun)));
                }
            }
        }
        return hasil;
    }

    private static String ringkas(List<RealisasiRiwayatBaris> baris) {
        return baris.stream().map(b -> b.kode + " " + (b.realisasi == null ? "–" : b.realisasi.toPlainString()) + " / "
                + (b.realisasiRp == null ? "–" : b.realisasiRp)).collect(Collectors.joining("; "));
    }
}
