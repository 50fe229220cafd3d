package id.sipeka.renstra;

import id.sipeka.audit.AuditService;
import id.sipeka.base.AturanDilanggarException;
import id.sipeka.base.BatasTeks;
import id.sipeka.base.DataTidakDitemukanException;
import id.sipeka.base.Kuantitas;
import id.sipeka.base.Pesan;
import id.sipeka.base.Rupiah;
import id.sipeka.organisasi.OrganisasiData.KecamatanData;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.renstra.RenstraData.BarisRenstra;
import id.sipeka.renstra.RenstraData.BarisTujuanSasaran;
import id.sipeka.renstra.RenstraData.IndikatorBaris;
import id.sipeka.renstra.RenstraData.IndikatorSubKegiatan;
import id.sipeka.renstra.RenstraData.RenstraLengkap;
import id.sipeka.renstra.RenstraData.RenstraRingkas;
import id.sipeka.renstra.RenstraData.UbahBaris;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import id.sipeka.security.Akses;

/**
 * Reads and edits the Renstra of a kecamatan. Reading needs read access to the kecamatan; a row is edited by whoever
 * may change its unit's rows. Imports are {@link ImporRenstraService}.
 */
@Service
@Transactional
public class RenstraService {

    private final RenstraRepository renstraRepo;
    private final NomenklaturRepository nomenklaturRepo;
    private final TujuanSasaranRepository tujuanRepo;
    private final OrganisasiService organisasi;
    private final Akses akses;
    private final AuditService audit;
    private final AktivitasRenstraRepository aktivitasRepo;

    RenstraService(RenstraRepository renstraRepo, NomenklaturRepository nomenklaturRepo, TujuanSasaranRepository tujuanRepo,
            OrganisasiService organisasi, Akses akses, AuditService audit, AktivitasRenstraRepository aktivitasRepo) {
        this.aktivitasRepo = aktivitasRepo;
        this.renstraRepo = renstraRepo;
        this.nomenklaturRepo = nomenklaturRepo;
        this.tujuanRepo = tujuanRepo;
        this.organisasi = organisasi;
        this.akses = akses;
        this.audit = audit;
    }

    // ---- reading ----

    /**
     * The kecamatan's Renstra, newest period first: of each period the version in force (the original, or its latest
     * Renstra Perubahan). Whatever asks for "the Renstra of a year" reads this; a Renja reads the version it was
     * built on by its id ({@link #lengkap}).
     */
    @Transactional(readOnly = true)
    public List<RenstraRingkas> daftar(long kecamatanId) {
        organisasi.kecamatan(kecamatanId); // checks read access
        return renstraRepo.findByKecamatanIdAndBerlakuTrueOrderByTahunAwalDesc(kecamatanId).stream()
                .map(RenstraService::ringkas).toList();
    }

    /** Every version of this Renstra's period (the original first, then each Renstra Perubahan). */
    @Transactional(readOnly = true)
    public List<RenstraRingkas> versi(long renstraId) {
        Renstra renstra = baca(renstraId);
        return renstraRepo.findByKecamatanIdAndTahunAwalOrderByPerubahanKe(renstra.kecamatanId, renstra.tahunAwal)
                .stream().map(RenstraService::ringkas).toList();
    }

    /** The version in force of this Renstra's period: itself, or the Renstra Perubahan that replaced it. */
    @Transactional(readOnly = true)
    public RenstraRingkas berlaku(long renstraId) {
        Renstra renstra = baca(renstraId);
        if (renstra.berlaku) {
            return ringkas(renstra);
        }
        return renstraRepo.findByKecamatanIdAndTahunAwalAndBerlakuTrue(renstra.kecamatanId, renstra.tahunAwal)
                .map(RenstraService::ringkas).orElseThrow(DataTidakDitemukanException::new);
    }

    @Transactional(readOnly = true)
    public Optional<RenstraLengkap> terbaru(long kecamatanId) {
        return daftar(kecamatanId).stream().findFirst().map(r -> lengkap(r.id()));
    }

    /** The whole Renstra as a tree; program and kegiatan pagu are summed from the sub kegiatan here. */
    @Transactional(readOnly = true)
    public RenstraLengkap lengkap(long renstraId) {
        Renstra renstra = baca(renstraId);
        Map<Long, String> namaUnit = organisasi.namaUnit(renstra.kecamatanId);
        List<Nomenklatur> semua = nomenklaturRepo.findByRenstraIdOrderByUrutan(renstra.id);
        Map<Long, List<Nomenklatur>> anakPerInduk = new HashMap<>();
        semua.stream().filter(n -> n.parentId != null)
                .forEach(n -> anakPerInduk.computeIfAbsent(n.parentId, k -> new ArrayList<>()).add(n));
        List<BarisRenstra> program = semua.stream().filter(n -> n.tingkat == Tingkat.PROGRAM)
                .map(p -> pohon(p, anakPerInduk, namaUnit)).toList();
        Map<Integer, Long> total = new TreeMap<>();
        program.forEach(p -> p.pagu().forEach((tahun, rp) -> total.merge(tahun, rp, Rupiah::tambah)));
        List<BarisTujuanSasaran> tujuan = tujuanRepo.findByRenstraIdOrderByUrutan(renstra.id).stream()
                .map(t -> new BarisTujuanSasaran(t.id, t.tingkat, t.kode, t.uraian, t.indikator, t.satuan, t.polaritas,
                        t.baseline, new TreeMap<>(t.target)))
                .toList();
        return new RenstraLengkap(ringkas(renstra), program, tujuan, total);
    }

    private static BarisRenstra pohon(Nomenklatur n, Map<Long, List<Nomenklatur>> anakPerInduk, Map<Long, String> namaUnit) {
        List<BarisRenstra> anak = anakPerInduk.getOrDefault(n.id, List.of()).stream()
                .sorted(Comparator.comparingInt(a -> a.urutan))
                .map(a -> pohon(a, anakPerInduk, namaUnit)).toList();
        Map<Integer, BigDecimal> target = new TreeMap<>();
        Map<Integer, Long> pagu = new TreeMap<>();
        n.nilai.forEach((tahun, nilai) -> {
            if (nilai.target() != null) {
                target.put(tahun, nilai.target());
            }
        });
        if (n.tingkat == Tingkat.SUB_KEGIATAN) {
            n.nilai.forEach((tahun, nilai) -> {
                if (nilai.pagu() != null) {
                    pagu.put(tahun, nilai.pagu());
                }
            });
        } else {
            anak.forEach(a -> a.pagu().forEach((tahun, rp) -> pagu.merge(tahun, rp, Rupiah::tambah)));
        }
        return new BarisRenstra(n.id, n.tingkat, n.kode, n.nama, n.hasil, n.indikator, n.satuan, n.polaritas, n.jenis,
                n.baseline, n.unitKerjaId, n.unitKerjaId == null ? null : namaUnit.get(n.unitKerjaId), n.sumberDana, target,
                pagu, anak, n.version, n.indikatorLain.stream().map(i -> new IndikatorBaris(i.indikator, i.satuan,
                        i.polaritas, i.jenis, i.baseline, new TreeMap<>(i.target))).toList());
    }

    /**
     * The kabupaten's dashboard: for every kecamatan of the kabupaten, the sub kegiatan (with their further indicators)
     * of its Renstra of the latest period covering {@code tahun}, in three queries whatever the number of kecamatan.
     * Those of the version in force come first, then those of older versions (newest first), as an evaluation reads
     * them: a ditetapkan Renja built on an older version keeps the kind, polarity, kegiatan and program of a sub
     * kegiatan a perubahan dropped. Only the admin and the kabupaten's viewer.
     */
    @Transactional(readOnly = true)
    public List<IndikatorSubKegiatan> indikatorKabupaten(long kabupatenId, int tahun) {
        akses.wajibPantauKabupaten(kabupatenId);
        List<Long> kecamatan = organisasi.kecamatanKabupaten(kabupatenId).stream().map(KecamatanData::id).toList();
        if (kecamatan.isEmpty()) {
            return List.of();
        }
        // every version of the period covering the year (a ditetapkan Renja may be built on an older one), the
        // version in force first: a reader keeps the first indicator of a code
        Map<Long, Long> berlaku = new LinkedHashMap<>(); // renstra id -> kecamatan id
        Map<Long, Integer> periode = new HashMap<>(); // kecamatan id -> tahun awal of the period taken
        for (Renstra r : renstraRepo.findByKecamatanIdInOrderByTahunAwalDescPerubahanKeDesc(kecamatan)) {
            if (r.tahunAwal <= tahun && tahun <= r.tahunAkhir
                    && periode.computeIfAbsent(r.kecamatanId, x -> r.tahunAwal) == r.tahunAwal) {
                berlaku.put(r.id, r.kecamatanId);
            }
        }
        if (berlaku.isEmpty()) {
            return List.of();
        }
        record Simpul(long id, Long parentId, Tingkat tingkat, String kode, String nama, JenisIndikator jenis,
                Polaritas polaritas, long renstraId) {
        }
        Map<Long, Simpul> perId = new HashMap<>();
        for (Object[] x : nomenklaturRepo.pohonTanpaNilai(berlaku.keySet())) {
            Simpul s = new Simpul((Long) x[0], (Long) x[1], (Tingkat) x[2], (String) x[3], (String) x[4],
                    (JenisIndikator) x[5], (Polaritas) x[6], (Long) x[7]);
            perId.put(s.id(), s);
        }
        List<Long> urutanVersi = new ArrayList<>(berlaku.keySet());
        Map<Long, List<IndikatorBaris>> lain = new HashMap<>();
        for (Object[] x : nomenklaturRepo.indikatorLainTahun(berlaku.keySet(), tahun)) {
            Map<Integer, BigDecimal> target = new TreeMap<>();
            if (x[6] != null) {
                target.put(tahun, (BigDecimal) x[6]);
            }
            lain.computeIfAbsent((Long) x[0], k -> new ArrayList<>()).add(new IndikatorBaris((String) x[2], (String) x[3],
                    (Polaritas) x[4], (JenisIndikator) x[5], null, target));
        }
        List<IndikatorSubKegiatan> hasil = new ArrayList<>();
        for (Simpul sub : perId.values().stream().filter(x -> x.tingkat() == Tingkat.SUB_KEGIATAN)
                .sorted(Comparator.comparingInt(x -> urutanVersi.indexOf(x.renstraId()))).toList()) {
            Simpul kegiatan = sub.parentId() == null ? null : perId.get(sub.parentId());
            Simpul program = kegiatan == null || kegiatan.parentId() == null ? null : perId.get(kegiatan.parentId());
            hasil.add(new IndikatorSubKegiatan(berlaku.get(sub.renstraId()), sub.kode(), sub.jenis(), sub.polaritas(),
                    kegiatan == null ? "" : kegiatan.kode(), kegiatan == null ? "" : kegiatan.nama(),
                    program == null ? "" : program.kode(), program == null ? "" : program.nama(),
                    lain.getOrDefault(sub.id(), List.of())));
        }
        return hasil;
    }

    /** Whether the current user may import or manage the Renstra of this kecamatan (for showing the buttons). */
    @Transactional(readOnly = true)
    public boolean bolehKelola(long kecamatanId) {
        return akses.bolehKelola(kecamatanId);
    }

    /** Whether the current user may edit this row (the service checks again on save). */
    @Transactional(readOnly = true)
    public boolean bolehUbah(BarisRenstra baris, long kecamatanId) {
        if (baris.tingkat() == Tingkat.SUB_KEGIATAN && baris.unitKerjaId() != null) {
            return akses.bolehUbahUnit(kecamatanId, baris.unitKerjaId());
        }
        return akses.bolehKelola(kecamatanId);
    }

    // ---- editing ----

    /** Changes one row's indicator, unit, targets and (sub kegiatan only) pagu; refused if someone saved it first. */
    public BarisRenstra ubah(UbahBaris ubah) {
        Nomenklatur n = nomenklaturRepo.findById(ubah.id())
                .orElseThrow(DataTidakDitemukanException::new);
        Renstra renstra = baca(n.renstraId);
        if (!renstra.berlaku) {
            throw new AturanDilanggarException(Pesan.get("renstra.versiLama", renstra.perubahanKe));
        }
        if (n.tingkat == Tingkat.SUB_KEGIATAN && n.unitKerjaId != null) {
            akses.wajibUbahUnit(renstra.kecamatanId, n.unitKerjaId);
        } else {
            akses.wajibKelola(renstra.kecamatanId);
        }
        if (n.version != ubah.version()) {
            throw new ObjectOptimisticLockingFailureException(Nomenklatur.class, n.id);
        }
        if (!Objects.equals(ubah.unitKerjaId(), n.unitKerjaId)) {
            akses.wajibKelola(renstra.kecamatanId);
            wajibUnitKecamatan(renstra.kecamatanId, ubah.unitKerjaId(), n.tingkat);
        }
        if (n.tingkat != Tingkat.SUB_KEGIATAN && ubah.pagu().values().stream().anyMatch(Objects::nonNull)) {
            throw new AturanDilanggarException(Pesan.get("renstra.paguDihitung"));
        }
        if (n.tingkat == Tingkat.SUB_KEGIATAN && aktivitasRepo.existsByNomenklaturId(n.id)
                && n.nilai.entrySet().stream().anyMatch(e -> !Objects.equals(e.getValue().pagu(), ubah.pagu().get(e.getKey())))) {
            // its pagu is the sum of its Aktivitas (issue 13): changed through them, by a new import
            throw new AturanDilanggarException(Pesan.get("renstra.paguDariAktivitas"));
        }
        String lama = ringkasBaris(n);
        Map<Integer, NilaiTahun> baru = new TreeMap<>();
        for (int tahun = renstra.tahunAwal; tahun <= renstra.tahunAkhir; tahun++) {
            BigDecimal target = ubah.target().get(tahun);
            Long pagu = n.tingkat == Tingkat.SUB_KEGIATAN ? ubah.pagu().get(tahun) : null;
            if ((target != null && target.signum() < 0) || (pagu != null && pagu < 0)) {
                throw new AturanDilanggarException(Pesan.get("renstra.negatif", tahun));
            }
            baru.put(tahun, new NilaiTahun(Kuantitas.periksa(target, Pesan.get("renstra.namaTarget", tahun)),
                    Rupiah.periksa(pagu, Pesan.get("renstra.namaPagu", tahun))));
        }
        BatasTeks.periksa(ubah.indikator(), BatasTeks.INDIKATOR, Pesan.get("renstra.namaIndikator"));
        BatasTeks.periksa(ubah.satuan(), BatasTeks.SATUAN, Pesan.get("renstra.namaSatuan"));
        n.indikator = kosongJadiNull(ubah.indikator());
        n.satuan = kosongJadiNull(ubah.satuan());
        n.unitKerjaId = ubah.unitKerjaId();
        // same rule as the import: changed or emptied years removed and flushed first, empty years never stored
        nomenklaturRepo.hapusTahunKosong(n.renstraId);
        List<Integer> berubah = n.nilai.keySet().stream().filter(tahun -> !NilaiTahun.sama(n.nilai.get(tahun), baru.get(tahun))).toList();
        berubah.forEach(n.nilai::remove);
        nomenklaturRepo.flush();
        baru.forEach((tahun, nilai) -> {
            if (!NilaiTahun.kosong(nilai)) {
                n.nilai.putIfAbsent(tahun, nilai);
            }
        });
        nomenklaturRepo.saveAndFlush(n);
        audit.catat(renstra.kecamatanId, "UBAH", "Nomenklatur", n.kode, lama, ringkasBaris(n));
        return lengkap(renstra.id).semuaBaris().stream().filter(b -> b.id() == n.id).findFirst().orElseThrow();
    }

    // ---- helpers ----

    private Renstra baca(long renstraId) {
        Renstra renstra = renstraRepo.findById(renstraId)
                .orElseThrow(DataTidakDitemukanException::new);
        organisasi.kecamatan(renstra.kecamatanId); // checks read access (scoped by kecamatan/kabupaten)
        return renstra;
    }

    private void wajibUnitKecamatan(long kecamatanId, Long unitId, Tingkat tingkat) {
        if (unitId == null) {
            if (tingkat == Tingkat.SUB_KEGIATAN) {
                throw new AturanDilanggarException(Pesan.get("impor.unitWajib"));
            }
            return;
        }
        if (organisasi.unit(kecamatanId).stream().noneMatch(u -> u.id().equals(unitId))) {
            throw new AturanDilanggarException(Pesan.get("akses.unitLain"));
        }
    }



    private static String ringkasBaris(Nomenklatur n) {
        return "indikator=" + n.indikator + "; satuan=" + n.satuan + "; unit=" + n.unitKerjaId + "; nilai="
                + new TreeMap<>(n.nilai);
    }

    private static String kosongJadiNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static RenstraRingkas ringkas(Renstra r) {
        return new RenstraRingkas(r.id, r.kecamatanId, r.tahunAwal, r.tahunAkhir, r.perubahanKe, r.berlaku, r.dasar,
                r.dibuatPada, r.dibuatOleh);
    }
}
