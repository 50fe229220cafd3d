package id.sipeka.evaluasi;

import id.sipeka.base.Rupiah;
import id.sipeka.base.Kuantitas;
import id.sipeka.base.BatasTeks;
import id.sipeka.audit.AuditService;
import id.sipeka.base.AturanDilanggarException;
import id.sipeka.base.DataTidakDitemukanException;
import id.sipeka.base.FormatIndonesia;
import id.sipeka.base.Pesan;
import id.sipeka.evaluasi.EvaluasiData.BarisRencanaAksi;
import id.sipeka.evaluasi.EvaluasiData.IndikatorRencanaAksi;
import id.sipeka.evaluasi.EvaluasiData.RencanaAksiUnitData;
import id.sipeka.evaluasi.EvaluasiData.UbahRencanaAksi;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.renja.RenjaData.RenjaRingkas;
import id.sipeka.renja.RenjaDitetapkan;
import id.sipeka.security.Akses;
import id.sipeka.security.Peran;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rencana aksi: each sub kegiatan's target and money split over TW I–IV, entered by its unit and approved by the
 * sekcam on the rencanaAksi process ({@link ProsesRencanaAksi}). It comes into being when a Renja is ditetapkan; a
 * quarter's evaluation needs every unit's rencana aksi approved. The perjanjian kinerja is
 * {@link PerjanjianKinerjaService}'s.
 */
@Service
public class RencanaAksiService {

    private final RencanaAksiRepository rencanaRepo;
    private final RencanaAksiUnitRepository unitRepo;
    private final SumberRenja sumber;
    private final OrganisasiService organisasi;
    private final Akses akses;
    private final AuditService audit;
    private final ProsesRencanaAksi proses;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RencanaAksiService(RencanaAksiRepository rencanaRepo, RencanaAksiUnitRepository unitRepo,
            SumberRenja sumber, OrganisasiService organisasi, Akses akses,
            AuditService audit, ProsesRencanaAksi proses, ApplicationEventPublisher events, Clock clock) {
        this.rencanaRepo = rencanaRepo;
        this.unitRepo = unitRepo;
        this.sumber = sumber;
        this.organisasi = organisasi;
        this.akses = akses;
        this.audit = audit;
        this.proses = proses;
        this.events = events;
        this.clock = clock;
    }

    /**
     * A Renja was just ditetapkan (same transaction): one rencana aksi row per sub kegiatan and one per unit, each
     * unit's on its approval process. For a perubahan the quarters are copied from the Renja it changes. A unit none
     * of whose rows the perubahan changes keeps its approved rencana aksi (the approval is carried over, no process);
     * a unit with a changed row — or whose earlier rencana aksi was not approved yet — gets a draft to confirm again.
     * The changed Renja's approvals still open end.
     */
    @EventListener
    void renjaDitetapkan(RenjaDitetapkan peristiwa) {
        Map<String, RencanaAksi> sebelum = peristiwa.indukId() == null ? Map.of()
                : rencanaRepo.findByRenjaIdOrderByKode(peristiwa.indukId()).stream()
                        .collect(Collectors.toMap(r -> r.kode, Function.identity()));
        Map<Long, RencanaAksiUnit> unitSebelum = peristiwa.indukId() == null ? Map.of()
                : unitRepo.findByRenjaIdOrderByUnitKerjaId(peristiwa.indukId()).stream()
                        .collect(Collectors.toMap(u -> u.unitKerjaId, Function.identity()));
        Set<Long> berubah = peristiwa.indukId() == null ? Set.of() : sumber.unitBerubah(peristiwa.renjaId());
        TreeSet<Long> unit = new TreeSet<>();
        for (SumberRenja.Baris b : sumber.baris(peristiwa.renjaId())) {
            RencanaAksi r = new RencanaAksi();
            r.renjaId = peristiwa.renjaId();
            r.renjaBarisId = b.renjaBarisId();
            r.kode = b.kode();
            r.unitKerjaId = b.unitKerjaId();
            RencanaAksi lama = sebelum.get(b.kode());
            if (lama != null) {
                isi(r, lama.target1, lama.target2, lama.target3, lama.target4, lama.rp1, lama.rp2, lama.rp3, lama.rp4);
                r.targetLain.putAll(lama.targetLain);
            }
            rencanaRepo.save(r);
            unit.add(b.unitKerjaId());
        }
        for (Long unitId : unit) {
            RencanaAksiUnit lama = unitSebelum.get(unitId);
            if (lama != null && lama.disetujui() && !berubah.contains(unitId)) {
                unitRepo.save(RencanaAksiUnit.dibawaDari(peristiwa.renjaId(), lama));
                audit.catat(peristiwa.kecamatanId(), "BAWA", "RencanaAksi", peristiwa.renjaId() + ":" + unitId, null,
                        "disetujui seperti pada Renja " + peristiwa.indukId() + " (baris unit tidak berubah)");
                continue;
            }
            RencanaAksiUnit u = unitRepo.save(RencanaAksiUnit.baru(peristiwa.renjaId(), unitId));
            proses.mulai(u, peristiwa.kecamatanId(), peristiwa.tahun());
        }
        unitSebelum.values().forEach(lama -> proses.batalkan(lama.id, "Renja perubahan ditetapkan"));
    }

    // ---- reading ----

    @Transactional(readOnly = true)
    public List<BarisRencanaAksi> baris(long renjaId, long unitId) {
        RenjaRingkas renja = sumber.renja(renjaId);
        Map<String, SumberRenja.Baris> renjaBaris = perKode(renjaId);
        return rencanaRepo.findByRenjaIdAndUnitKerjaIdOrderByKode(renja.id(), unitId).stream()
                .map(r -> data(r, renjaBaris.get(r.kode))).toList();
    }

    /** Every unit's rencana aksi with its status and warnings, for the sekcam's overview. */
    @Transactional(readOnly = true)
    public List<RencanaAksiUnitData> ringkasan(long renjaId) {
        RenjaRingkas renja = sumber.renja(renjaId);
        Map<Long, String> nama = sumber.namaUnit(renja.kecamatanId());
        Map<String, SumberRenja.Baris> renjaBaris = perKode(renjaId);
        List<RencanaAksi> semua = rencanaRepo.findByRenjaIdOrderByKode(renjaId);
        return unitRepo.findByRenjaIdOrderByUnitKerjaId(renjaId).stream()
                .map(u -> new RencanaAksiUnitData(u.unitKerjaId, nama.get(u.unitKerjaId), u.status(), u.alasan(),
                        PeriksaRencanaAksi.peringatan(semua.stream().filter(r -> r.unitKerjaId.equals(u.unitKerjaId))
                                .map(r -> data(r, renjaBaris.get(r.kode))).toList())))
                .toList();
    }

    @Transactional(readOnly = true)
    public RencanaAksiUnitData unit(long renjaId, long unitId) {
        return ringkasan(renjaId).stream().filter(u -> u.unitKerjaId() == unitId).findFirst()
                .orElseThrow(DataTidakDitemukanException::new);
    }

    /**
     * What the signed-in user may do now with a unit's rencana aksi: {@code ISI} (its unit while it is being filled or
     * was returned) and {@code AJUKAN} (the unit head then), {@code SETUJUI} and {@code KEMBALIKAN} (the sekcam once
     * it is submitted).
     */
    @Transactional(readOnly = true)
    public Set<Tindakan> tindakan(long renjaId, long unitId) {
        RenjaRingkas renja = sumber.renja(renjaId);
        RencanaAksiUnit u = unitRencana(renjaId, unitId);
        Set<Tindakan> hasil = EnumSet.noneOf(Tindakan.class);
        if (u.dapatDiubah() && akses.anggotaUnitDi(renja.kecamatanId(), unitId)) {
            hasil.add(Tindakan.ISI);
            if (akses.kepalaUnitDi(renja.kecamatanId(), unitId)) {
                hasil.add(Tindakan.AJUKAN);
            }
        }
        if (u.diajukan() && akses.punyaPeranDi(Peran.SEKCAM, renja.kecamatanId())) {
            hasil.add(Tindakan.SETUJUI);
            hasil.add(Tindakan.KEMBALIKAN);
        }
        return hasil;
    }

    /** True when every unit's rencana aksi is approved: the condition for starting a quarter's evaluation. */
    @Transactional(readOnly = true)
    public boolean semuaDisetujui(long renjaId) {
        sumber.renja(renjaId); // a reader of the Renja's kecamatan (or the system), else "not found"
        List<RencanaAksiUnit> unit = unitRepo.findByRenjaIdOrderByUnitKerjaId(renjaId);
        return !unit.isEmpty() && unit.stream().allMatch(RencanaAksiUnit::disetujui);
    }

    // ---- the unit enters, the sekcam approves ----

    @Transactional
    public BarisRencanaAksi simpan(UbahRencanaAksi ubah) {
        RencanaAksi r = rencanaRepo.findById(ubah.id())
                .orElseThrow(DataTidakDitemukanException::new);
        RenjaRingkas renja = sumber.renja(r.renjaId);
        wajibAnggotaUnit(renja.kecamatanId(), r.unitKerjaId);
        RencanaAksiUnit unit = unitRencana(r.renjaId, r.unitKerjaId);
        if (!unit.dapatDiubah()) {
            throw new AturanDilanggarException(Pesan.get("rencanaAksi.terkunci"));
        }
        if (r.version != ubah.version()) {
            throw new ObjectOptimisticLockingFailureException(RencanaAksi.class, r.id);
        }
        if (ubah.target().size() != 4 || ubah.rp().size() != 4) {
            throw new IllegalArgumentException("Empat triwulan");
        }
        for (int i = 0; i < 4; i++) {
            BigDecimal t = ubah.target().get(i);
            Long rp = ubah.rp().get(i);
            if ((t != null && t.signum() < 0) || (rp != null && rp < 0)) {
                throw new AturanDilanggarException(Pesan.get("rencanaAksi.negatif", FormatIndonesia.triwulan(i + 1)));
            }
        }
        // every quarter of every indicator is checked before any is changed
        List<BigDecimal> target = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String tw = FormatIndonesia.triwulan(i + 1);
            target.add(Kuantitas.periksa(ubah.target().get(i), Pesan.get("rencanaAksiDialog.target", tw)));
            Rupiah.periksa(ubah.rp().get(i), Pesan.get("rencanaAksiDialog.rp", tw));
        }
        SumberRenja.Baris sb = perKode(r.renjaId).get(r.kode);
        Map<Integer, TargetTriwulan> targetLain = PeriksaRencanaAksi.targetLain(r.kode, sb, ubah.targetLain());
        String lama = ringkas(r);
        isi(r, target.get(0), target.get(1), target.get(2), target.get(3),
                ubah.rp().get(0), ubah.rp().get(1), ubah.rp().get(2), ubah.rp().get(3));
        targetLain.forEach((urutan, t) -> {
            if (t.kosong()) {
                r.targetLain.remove(urutan);
            } else {
                r.targetLain.put(urutan, t);
            }
        });
        rencanaRepo.flush(); // one version for the row and its indicators' quarters
        audit.catat(renja.kecamatanId(), "UBAH", "RencanaAksi", r.renjaId + ":" + r.kode, lama, ringkas(r));
        return data(r, sb);
    }

    /** The unit head submits the unit's rencana aksi to the sekcam (a staf may only prepare it). */
    @Transactional
    public void ajukan(long renjaId, long unitId) {
        RenjaRingkas renja = sumber.renja(renjaId);
        if (!akses.kepalaUnitDi(renja.kecamatanId(), unitId)) {
            throw new AccessDeniedException(Pesan.get("rencanaAksi.hanyaKepala"));
        }
        RencanaAksiUnit u = unitRencana(renjaId, unitId);
        proses.pastikan(u, renja.kecamatanId(), renja.tahun());
        u.ajukan(akses.pengguna().getUsername(), clock.instant()); // refuses unless being filled or returned
        boolean kosong = rencanaRepo.findByRenjaIdAndUnitKerjaIdOrderByKode(renjaId, unitId).stream()
                .anyMatch(r -> r.target1 == null && r.target2 == null && r.target3 == null && r.target4 == null);
        if (kosong) {
            throw new AturanDilanggarException(Pesan.get("rencanaAksi.belumDiisi"));
        }
        proses.diajukan(u.id);
        audit.catat(renja.kecamatanId(), "AJUKAN", "RencanaAksi", renjaId + ":" + unitId, null, null);
        events.publishEvent(new RencanaAksiDiajukan(renja.kecamatanId(), renjaId, u.id, unitId));
    }

    @Transactional
    public void setujui(long renjaId, long unitId) {
        RenjaRingkas renja = sumber.renja(renjaId);
        akses.wajibPeranDi(Peran.SEKCAM, renja.kecamatanId());
        RencanaAksiUnit u = unitRencana(renjaId, unitId);
        proses.pastikan(u, renja.kecamatanId(), renja.tahun());
        u.setujui(akses.pengguna().getUsername(), clock.instant());
        proses.diputuskan(u.id, true);
        audit.catat(renja.kecamatanId(), "SETUJUI", "RencanaAksi", renjaId + ":" + unitId, null, null);
        events.publishEvent(new RencanaAksiDisetujui(renja.kecamatanId(), renjaId, u.id, unitId));
    }

    @Transactional
    public void kembalikan(long renjaId, long unitId, String alasan) {
        RenjaRingkas renja = sumber.renja(renjaId);
        akses.wajibPeranDi(Peran.SEKCAM, renja.kecamatanId());
        if (alasan == null || alasan.isBlank()) {
            throw new AturanDilanggarException(Pesan.get("evaluasi.alasanWajib"));
        }
        RencanaAksiUnit u = unitRencana(renjaId, unitId);
        BatasTeks.periksa(alasan, BatasTeks.ALASAN, Pesan.get("rencanaAksiView.alasanPengembalian"));
        proses.pastikan(u, renja.kecamatanId(), renja.tahun());
        u.kembalikan(alasan, akses.pengguna().getUsername(), clock.instant());
        proses.diputuskan(u.id, false);
        audit.catat(renja.kecamatanId(), "KEMBALIKAN", "RencanaAksi", renjaId + ":" + unitId, null, u.alasan());
        events.publishEvent(new RencanaAksiDikembalikan(renja.kecamatanId(), renjaId, u.id, unitId));
    }

    // ---- for the evaluation ----

    /** The quarter's target and rupiah of every row of the Renja, by kode (index 0 = TW I). */
    Map<String, RencanaAksi> perKodeRencana(long renjaId) {
        Map<String, RencanaAksi> hasil = new HashMap<>();
        rencanaRepo.findByRenjaIdOrderByKode(renjaId).forEach(r -> hasil.put(r.kode, r));
        return hasil;
    }

    // ---- helpers ----

    private void wajibAnggotaUnit(long kecamatanId, long unitId) {
        if (!akses.anggotaUnitDi(kecamatanId, unitId)) {
            throw new AccessDeniedException(Pesan.get("akses.unitLain"));
        }
    }

    private RencanaAksiUnit unitRencana(long renjaId, long unitId) {
        return unitRepo.findByRenjaIdAndUnitKerjaId(renjaId, unitId)
                .orElseThrow(DataTidakDitemukanException::new);
    }

    private Map<String, SumberRenja.Baris> perKode(long renjaId) {
        return sumber.baris(renjaId).stream().collect(Collectors.toMap(SumberRenja.Baris::kode, Function.identity()));
    }

    private static void isi(RencanaAksi r, BigDecimal t1, BigDecimal t2, BigDecimal t3, BigDecimal t4, Long rp1,
            Long rp2, Long rp3, Long rp4) {
        r.target1 = t1;
        r.target2 = t2;
        r.target3 = t3;
        r.target4 = t4;
        r.rp1 = rp1;
        r.rp2 = rp2;
        r.rp3 = rp3;
        r.rp4 = rp4;
    }

    static List<BigDecimal> target(RencanaAksi r) {
        return Arrays.asList(r.target1, r.target2, r.target3, r.target4);
    }

    static List<Long> rp(RencanaAksi r) {
        return Arrays.asList(r.rp1, r.rp2, r.rp3, r.rp4);
    }

    private static BarisRencanaAksi data(RencanaAksi r, SumberRenja.Baris b) {
        List<IndikatorRencanaAksi> lain = b.indikatorLain().stream().map(i -> {
            TargetTriwulan t = r.targetLain.get(i.urutan());
            return new IndikatorRencanaAksi(i.urutan(), i.indikator(), i.satuan(), i.jenis(), i.target(),
                    t == null ? Arrays.asList(null, null, null, null) : t.daftar());
        }).toList();
        return new BarisRencanaAksi(r.id, r.kode, b.nama(), r.unitKerjaId, b.indikator(), b.satuan(), b.jenis(),
                b.target(), b.pagu(), target(r), rp(r), r.version, lain);
    }

    private static String ringkas(RencanaAksi r) {
        StringBuilder s = new StringBuilder("target=" + target(r) + "; rp=" + rp(r));
        r.targetLain.forEach((urutan, t) -> s.append("; indikator ").append(urutan).append('=').append(t.daftar()));
        return s.toString();
    }
}
