package id.sipeka.renstra;

import id.sipeka.audit.AuditService;
import id.sipeka.base.AturanDilanggarException;
import id.sipeka.base.BatasTeks;
import id.sipeka.base.DataTidakDitemukanException;
import id.sipeka.base.Kuantitas;
import id.sipeka.base.Pesan;
import id.sipeka.base.Rupiah;
import id.sipeka.organisasi.OrganisasiData.KecamatanData;
import id.sipeka.organisasi.OrganisasiData.UnitData;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.renstra.RenstraData.BarisRenstra;
import id.sipeka.renstra.RenstraData.BarisTujuanSasaran;
import id.sipeka.renstra.RenstraData.IndikatorSubKegiatan;
import id.sipeka.renstra.RenstraData.RenstraLengkap;
import id.sipeka.renstra.RenstraData.RenstraRingkas;
import id.sipeka.renstra.RenstraData.UbahBaris;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import id.sipeka.security.Akses;
import tools.jackson.databind.JsonNode;

/**
 * Reads, edits and imports the Renstra of a kecamatan. Reading needs read access to the kecamatan; an import
 * needs the sekcam (or admin) and is all or nothing; a row is edited by whoever may change its unit's rows.
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

    RenstraService(RenstraRepository renstraRepo, NomenklaturRepository nomenklaturRepo, TujuanSasaranRepository tujuanRepo,
            OrganisasiService organisasi, Akses akses, AuditService audit) {
        this.renstraRepo = renstraRepo;
        this.nomenklaturRepo = nomenklaturRepo;
        this.tujuanRepo = tujuanRepo;
        this.organisasi = organisasi;
        this.akses = akses;
        this.audit = audit;
    }

    // ---- reading ----

    /** The kecamatan's Renstra, newest period first. */
    @Transactional(readOnly = true)
    public List<RenstraRingkas> daftar(long kecamatanId) {
        organisasi.kecamatan(kecamatanId); // checks read access
        return renstraRepo.findByKecamatanIdOrderByTahunAwalDesc(kecamatanId).stream().map(RenstraService::ringkas).toList();
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
                n.baseline, n.unitKerjaId, n.unitKerjaId == null ? null : namaUnit.get(n.unitKerjaId), target, pagu, anak,
                n.version);
    }

    /**
     * The kabupaten's dashboard: for every kecamatan of the kabupaten, the sub kegiatan of its Renstra in force in
     * {@code tahun} (the latest period covering it, as an evaluation reads it), in two queries whatever the number of
     * kecamatan. Only the admin and the kabupaten's viewer.
     */
    @Transactional(readOnly = true)
    public List<IndikatorSubKegiatan> indikatorKabupaten(long kabupatenId, int tahun) {
        akses.wajibPantauKabupaten(kabupatenId);
        List<Long> kecamatan = organisasi.kecamatanKabupaten(kabupatenId).stream().map(KecamatanData::id).toList();
        if (kecamatan.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> berlaku = new HashMap<>(); // renstra id -> kecamatan id
        Map<Long, Long> sudah = new HashMap<>();
        for (Renstra r : renstraRepo.findByKecamatanIdInOrderByTahunAwalDesc(kecamatan)) {
            if (r.tahunAwal <= tahun && tahun <= r.tahunAkhir && !sudah.containsKey(r.kecamatanId)) {
                sudah.put(r.kecamatanId, r.id);
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
        List<IndikatorSubKegiatan> hasil = new ArrayList<>();
        for (Simpul sub : perId.values()) {
            if (sub.tingkat() != Tingkat.SUB_KEGIATAN) {
                continue;
            }
            Simpul kegiatan = sub.parentId() == null ? null : perId.get(sub.parentId());
            Simpul program = kegiatan == null || kegiatan.parentId() == null ? null : perId.get(kegiatan.parentId());
            hasil.add(new IndikatorSubKegiatan(berlaku.get(sub.renstraId()), sub.kode(), sub.jenis(), sub.polaritas(),
                    kegiatan == null ? "" : kegiatan.kode(), kegiatan == null ? "" : kegiatan.nama(),
                    program == null ? "" : program.kode(), program == null ? "" : program.nama()));
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
        List<Integer> berubah = n.nilai.keySet().stream().filter(tahun -> !sama(n.nilai.get(tahun), baru.get(tahun))).toList();
        berubah.forEach(n.nilai::remove);
        nomenklaturRepo.flush();
        baru.forEach((tahun, nilai) -> {
            if (!kosong(nilai)) {
                n.nilai.putIfAbsent(tahun, nilai);
            }
        });
        nomenklaturRepo.saveAndFlush(n);
        audit.catat(renstra.kecamatanId, "UBAH", "Nomenklatur", n.kode, lama, ringkasBaris(n));
        return lengkap(renstra.id).semuaBaris().stream().filter(b -> b.id() == n.id).findFirst().orElseThrow();
    }

    // ---- import ----

    public HasilImpor imporXlsx(long kecamatanId, InputStream xlsx) {
        return impor(kecamatanId, BacaXlsx.baca(xlsx));
    }

    public HasilImpor imporJson(long kecamatanId, JsonNode json) {
        return impor(kecamatanId, BacaJson.baca(json));
    }

    /** Checks the whole file first; stores it (replacing the same period's Renstra) only when nothing is wrong. */
    HasilImpor impor(long kecamatanId, RenstraBerkas berkas) {
        KecamatanData kecamatan = organisasi.kecamatan(kecamatanId);
        akses.wajibKelola(kecamatan.id());
        Map<String, Long> unitPerKode = organisasi.unit(kecamatanId).stream()
                .collect(Collectors.toMap(u -> u.kode().toUpperCase(Locale.ROOT), UnitData::id));
        ValidasiImpor.Rencana rencana = ValidasiImpor.periksa(berkas, unitPerKode);

        Renstra renstra = renstraRepo.findByKecamatanIdAndTahunAwal(kecamatanId, rencana.tahunAwal())
                .orElseGet(() -> renstraRepo.save(new Renstra(kecamatanId, rencana.tahunAwal(), rencana.tahunAkhir())));
        String lama = nomenklaturRepo.findByRenstraIdOrderByUrutan(renstra.id).isEmpty() ? null : ringkasIsi(renstra.id);
        simpanNomenklatur(renstra, rencana.nomenklatur());
        simpanTujuan(renstra, rencana.tujuan());
        renstra.tahunAkhir = rencana.tahunAkhir();
        renstraRepo.saveAndFlush(renstra);

        int program = hitung(rencana, Tingkat.PROGRAM);
        int kegiatan = hitung(rencana, Tingkat.KEGIATAN);
        int sub = hitung(rencana, Tingkat.SUB_KEGIATAN);
        audit.catat(kecamatanId, "IMPOR", "Renstra", renstra.tahunAwal + "-" + renstra.tahunAkhir, lama,
                ringkasIsi(renstra.id));
        return new HasilImpor(renstra.id, renstra.tahunAwal, renstra.tahunAkhir, program, kegiatan, sub,
                rencana.tujuan().size(), rencana.peringatan());
    }

    /** Upsert by code: rows of the file are updated or added; rows no longer in the file are removed. */
    private void simpanNomenklatur(Renstra renstra, List<ValidasiImpor.ItemNomenklatur> item) {
        Map<String, Nomenklatur> ada = nomenklaturRepo.findByRenstraIdOrderByUrutan(renstra.id).stream()
                .collect(Collectors.toMap(n -> n.kode, Function.identity()));
        var dipakai = item.stream().map(ValidasiImpor.ItemNomenklatur::kode).collect(Collectors.toSet());
        List<Nomenklatur> hapus = ada.values().stream().filter(n -> !dipakai.contains(n.kode))
                .sorted(Comparator.comparing((Nomenklatur n) -> n.tingkat).reversed()).toList();
        for (Nomenklatur n : hapus) {
            nomenklaturRepo.delete(n);
            nomenklaturRepo.flush();
        }
        nomenklaturRepo.hapusTahunKosong(renstra.id);
        // A year whose target or pagu changes, or that the file leaves empty, is removed and flushed first, so that
        // its new value is a plain insert that meets no row left behind (uk_nomenklatur_tahun).
        for (ValidasiImpor.ItemNomenklatur i : item) {
            Nomenklatur n = ada.get(i.kode());
            if (n != null) {
                List<Integer> berubah = n.nilai.keySet().stream()
                        .filter(tahun -> !sama(n.nilai.get(tahun), i.nilai().get(tahun))).toList();
                berubah.forEach(n.nilai::remove);
            }
        }
        nomenklaturRepo.flush();
        Map<String, Long> idPerKode = new HashMap<>();
        for (ValidasiImpor.ItemNomenklatur i : item) {
            Nomenklatur n = ada.getOrDefault(i.kode(), new Nomenklatur(renstra.id, i.kode()));
            n.parentId = i.induk() == null ? null : idPerKode.get(i.induk());
            n.tingkat = i.tingkat();
            n.nama = i.nama();
            n.hasil = i.hasil();
            n.indikator = i.indikator();
            n.satuan = i.satuan();
            n.polaritas = i.polaritas();
            n.jenis = i.jenis();
            n.baseline = i.baseline();
            n.unitKerjaId = i.unitKerjaId();
            n.urutan = i.urutan();
            for (Map.Entry<Integer, NilaiTahun> e : i.nilai().entrySet()) {
                if (!kosong(e.getValue())) {
                    n.nilai.putIfAbsent(e.getKey(), e.getValue()); // unchanged years stay as they are
                }
            }
            idPerKode.put(n.kode, nomenklaturRepo.save(n).id);
        }
        nomenklaturRepo.flush();
    }

    /** The same target and pagu, whatever the target's scale (4 decimals as stored, as typed in the file). */
    private static boolean sama(NilaiTahun a, NilaiTahun b) {
        if (kosong(a) || kosong(b)) {
            return kosong(a) && kosong(b);
        }
        boolean targetSama = a.target() == null ? b.target() == null
                : b.target() != null && a.target().compareTo(b.target()) == 0;
        return targetSama && Objects.equals(a.pagu(), b.pagu());
    }

    private static boolean kosong(NilaiTahun n) {
        return n == null || n.target() == null && n.pagu() == null;
    }

    private void simpanTujuan(Renstra renstra, List<ValidasiImpor.ItemTujuan> item) {
        Map<String, TujuanSasaran> ada = tujuanRepo.findByRenstraIdOrderByUrutan(renstra.id).stream()
                .collect(Collectors.toMap(t -> t.kode, Function.identity()));
        var dipakai = item.stream().map(ValidasiImpor.ItemTujuan::kode).collect(Collectors.toSet());
        List<TujuanSasaran> hapus = ada.values().stream().filter(t -> !dipakai.contains(t.kode))
                .sorted(Comparator.comparing((TujuanSasaran t) -> t.tingkat).reversed()).toList();
        for (TujuanSasaran t : hapus) {
            tujuanRepo.delete(t);
            tujuanRepo.flush();
        }
        Map<String, Long> idPerKode = new HashMap<>();
        for (ValidasiImpor.ItemTujuan i : item) {
            TujuanSasaran t = ada.getOrDefault(i.kode(), new TujuanSasaran(renstra.id, i.kode()));
            t.parentId = i.induk() == null ? null : idPerKode.get(i.induk());
            t.tingkat = i.tingkat();
            t.uraian = i.uraian();
            t.indikator = i.indikator();
            t.satuan = i.satuan();
            t.polaritas = i.polaritas();
            t.baseline = i.baseline();
            t.urutan = i.urutan();
            t.target.clear();
            i.target().forEach((tahun, nilai) -> {
                if (nilai != null) {
                    t.target.put(tahun, nilai);
                }
            });
            idPerKode.put(t.kode, tujuanRepo.save(t).id);
        }
        tujuanRepo.flush();
    }

    // ---- template ----

    /** The XLSX template for a period, filled with the current Renstra of that period when there is one. */
    @Transactional(readOnly = true)
    public byte[] templateXlsx(long kecamatanId, int tahunAwal) {
        List<UnitData> unit = organisasi.unit(kecamatanId);
        Optional<RenstraLengkap> isi = renstraRepo.findByKecamatanIdAndTahunAwal(kecamatanId, tahunAwal)
                .map(r -> lengkap(r.id));
        return TemplateXlsx.tulis(tahunAwal, tahunAwal + ValidasiImpor.LAMA_PERIODE - 1, unit, isi.orElse(null));
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

    private static int hitung(ValidasiImpor.Rencana rencana, Tingkat tingkat) {
        return (int) rencana.nomenklatur().stream().filter(i -> i.tingkat() == tingkat).count();
    }

    private String ringkasIsi(long renstraId) {
        List<Nomenklatur> semua = nomenklaturRepo.findByRenstraIdOrderByUrutan(renstraId);
        long pagu = Rupiah.jumlah(semua.stream().filter(n -> n.tingkat == Tingkat.SUB_KEGIATAN)
                .flatMap(n -> n.nilai.values().stream()).map(NilaiTahun::pagu).toList());
        return semua.size() + " baris nomenklatur, " + tujuanRepo.findByRenstraIdOrderByUrutan(renstraId).size()
                + " tujuan/sasaran, total pagu " + id.sipeka.base.FormatIndonesia.rupiah(pagu);
    }

    private static String ringkasBaris(Nomenklatur n) {
        return "indikator=" + n.indikator + "; satuan=" + n.satuan + "; unit=" + n.unitKerjaId + "; nilai="
                + new TreeMap<>(n.nilai);
    }

    private static String kosongJadiNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static RenstraRingkas ringkas(Renstra r) {
        return new RenstraRingkas(r.id, r.kecamatanId, r.tahunAwal, r.tahunAkhir);
    }
}
