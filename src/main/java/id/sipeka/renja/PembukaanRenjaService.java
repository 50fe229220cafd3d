package id.sipeka.renja;

import id.sipeka.audit.AuditService;
import id.sipeka.kalender.KalenderKerja;
import id.sipeka.base.AturanDilanggarException;
import id.sipeka.base.Pesan;
import id.sipeka.organisasi.OrganisasiData.KecamatanData;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.renja.RenjaData.RenjaRingkas;
import id.sipeka.renstra.RenstraData.BarisRenstra;
import id.sipeka.renstra.RenstraData.RenstraLengkap;
import id.sipeka.renstra.RenstraService;
import id.sipeka.renstra.Tingkat;
import id.sipeka.security.Akses;
import id.sipeka.security.Peran;
import id.sipeka.base.FormatIndonesia;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opening a Renja (from the Renstra) or a Renja Perubahan (from a ditetapkan Renja), and compiling the rancangan
 * once every section is approved. Each step runs in its own transaction, repeated on a deadlock.
 */
@Service
@Transactional
public class PembukaanRenjaService {

    private final RenjaStore store;
    private final ProsesRenja proses;
    private final RenjaNarasiRepository narasiRepo;
    private final RenjaVersiBeku versiBeku;
    private final OrganisasiService organisasi;
    private final RenstraService renstra;
    private final Akses akses;
    private final AuditService audit;
    private final Clock clock;
    private final ApplicationEventPublisher kabar;
    private final KalenderKerja kalender;
    private final SalinAktivitasRenja aktivitas;
    private final SalinIndikatorRenja indikatorLain;

    PembukaanRenjaService(SalinAktivitasRenja aktivitas, SalinIndikatorRenja indikatorLain, RenjaStore store, ProsesRenja proses, RenjaNarasiRepository narasiRepo,
            RenjaVersiBeku versiBeku, OrganisasiService organisasi, RenstraService renstra, Akses akses,
            AuditService audit, Clock clock, ApplicationEventPublisher kabar, KalenderKerja kalender) {
        this.store = store;
        this.proses = proses;
        this.narasiRepo = narasiRepo;
        this.versiBeku = versiBeku;
        this.organisasi = organisasi;
        this.renstra = renstra;
        this.akses = akses;
        this.audit = audit;
        this.clock = clock;
        this.kabar = kabar;
        this.kalender = kalender;
        this.aktivitas = aktivitas;
        this.indikatorLain = indikatorLain;
    }

    /**
     * The sekcam opens the Renja for year N: rows from the Renstra's year-N target, pagu and unit (prakiraan maju
     * from year N+1), one section per unit that owns rows, the narrative parts, and the process.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public RenjaRingkas buka(long kecamatanId, int tahun, Batas batas) {
        return store.denganUlang(() -> bukaBaru(kecamatanId, tahun, batas));
    }

    private RenjaRingkas bukaBaru(long kecamatanId, int tahun, Batas batas) {
        akses.wajibPeranDi(Peran.SEKCAM, kecamatanId);
        batas.periksa();
        boolean sudahAda = store.renjaRepo.findByKecamatanIdOrderByTahunDescIdDesc(kecamatanId).stream()
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
        var dariRenstra = aktivitas.dariRenstra(sumber.renstra().id(), kecamatanId);
        List<RenjaBaris> baris = new ArrayList<>();
        Map<RenjaBaris, BarisRenstra> asalBaris = new IdentityHashMap<>();
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
            // the Renstra's lokasi of the sub kegiatan, else the whole kecamatan
            b.lokasi = dariRenstra.lokasi().getOrDefault(sub.id(), "Kecamatan " + kecamatan.nama());
            b.sumberDana = sub.sumberDana();
            b.targetMaju = sub.target().get(tahun + 1);
            b.paguMaju = sub.pagu().get(tahun + 1);
            baris.add(b);
            asalBaris.put(b, sub);
        }
        store.barisRepo.saveAll(baris);
        indikatorLain.salin(asalBaris, tahun);
        aktivitas.salin(baris, dariRenstra, tahun);
        List<Long> unitIds = new ArrayList<>(new TreeSet<>(baris.stream().map(x -> x.unitKerjaId).toList()));
        return mulai(renja, unitIds, "BUKA", "Renja " + tahun + " dibuka");
    }

    /**
     * A Renja Perubahan of a ditetapkan Renja: a new Renja whose rows remember the ditetapkan values. Only the units the
     * sekcam names ({@code unitDiubah}: the units whose rows change) fill their section again; every other unit's
     * section is carried over unchanged, approved as it was in the ditetapkan Renja, and that unit gets no task.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public RenjaRingkas bukaPerubahan(long renjaDitetapkanId, Set<Long> unitDiubah, Batas batas) {
        return store.denganUlang(() -> bukaPerubahanBaru(renjaDitetapkanId,
                unitDiubah == null ? Set.of() : Set.copyOf(unitDiubah), batas));
    }

    private RenjaRingkas bukaPerubahanBaru(long renjaDitetapkanId, Set<Long> unitDiubah, Batas batas) {
        // Locked first: two openings from the same Renja run one after the other, and the second sees the first.
        Renja asal = store.bacaUntukLangkah(renjaDitetapkanId);
        akses.wajibPeranDi(Peran.SEKCAM, asal.kecamatanId);
        batas.periksa();
        store.halanganPerubahan(asal).ifPresent(alasan -> {
            throw new AturanDilanggarException(alasan);
        });
        Map<Long, RenjaBagian> bagianAsal = store.bagianRepo.findByRenjaId(asal.id).stream()
                .collect(Collectors.toMap(b -> b.unitKerjaId, Function.identity()));
        if (unitDiubah.isEmpty()) {
            throw new AturanDilanggarException(Pesan.get("renja.perubahanTanpaUnit"));
        }
        if (!bagianAsal.keySet().containsAll(unitDiubah)) {
            throw new AturanDilanggarException(Pesan.get("renja.unitBukanBagian"));
        }
        Renja renja = baru(asal.kecamatanId, asal.renstraId, asal.tahun, JenisRenja.PERUBAHAN, asal.id, batas);
        List<RenjaBaris> baris = new ArrayList<>();
        List<RenjaBaris> barisAsal = store.baris(asal);
        for (RenjaBaris a : barisAsal) {
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
        store.barisRepo.saveAll(baris);
        aktivitas.salinPerubahan(barisAsal, baris);
        indikatorLain.salinPerubahan(barisAsal, baris);
        for (RenjaNarasi n : narasiRepo.findByRenjaIdOrderByKode(asal.id)) {
            narasi(renja.id, n.kode, n.judul, n.unitKerjaId, n.isi);
        }
        Map<Long, String> nama = store.namaUnit(renja);
        List<RenjaBagian> dibawa = new ArrayList<>();
        for (RenjaBagian b : bagianAsal.values()) {
            if (!unitDiubah.contains(b.unitKerjaId)) {
                dibawa.add(store.bagianRepo.save(RenjaBagian.dibawaDari(renja.id, b)));
            }
        }
        RenjaRingkas hasil = mulai(renja, new ArrayList<>(new TreeSet<>(unitDiubah)), "BUKA_PERUBAHAN",
                "Renja Perubahan " + asal.tahun + " dibuka dari versi ditetapkan; diubah oleh: "
                        + new TreeSet<>(unitDiubah).stream().map(nama::get).collect(Collectors.joining(", ")));
        // the carried approvals on the timeline, after the opening: who approved the unchanged section, and when
        dibawa.stream().sorted(Comparator.comparing(b -> b.unitKerjaId)).forEach(b -> store.catat(renja, "BAWA_BAGIAN",
                b.unitKerjaId, Pesan.get("renja.bagianDibawaKeterangan", asal.tahun, b.persetujuan().diputusOleh(),
                        b.persetujuan().diputusPada() == null ? "-"
                                : FormatIndonesia.tanggal(b.persetujuan().diputusPada(), clock.getZone()))));
        return hasil;
    }

    /**
     * All sections approved: the rows are compiled into the rancangan, frozen, and the forum is next. Called by the
     * process ({@code susunRancangan} service task), never by a screen.
     */
    public void susunRancangan(long renjaId) {
        akses.wajibSistem();
        Renja renja = store.renjaRepo.findById(renjaId).orElseThrow();
        renja.rancanganDisusun();
        versiBeku.bekukan(renja.id, Tahap.PENYUSUNAN, store.keData(renja, store.baris(renja)));
        store.catat(renja, "SUSUN_RANCANGAN", null, "Rancangan disusun dari semua bagian yang disetujui");
        kabar.publishEvent(new RancanganDisusun(renja.id, renja.kecamatanId));
    }

    private Renja baru(long kecamatanId, long renstraId, int tahun, JenisRenja jenis, Long indukId, Batas batas) {
        return store.renjaRepo.saveAndFlush(Renja.baru(kecamatanId, renstraId, tahun, jenis, indukId, batas));
    }

    /** Sections for the units that fill ({@code unitIds}), their narrative parts, the process with a task for each. */
    private RenjaRingkas mulai(Renja renja, List<Long> unitIds, String aksi, String keterangan) {
        for (Long unitId : unitIds) {
            store.bagianRepo.save(new RenjaBagian(renja.id, unitId));
        }
        if (renja.jenis == JenisRenja.MURNI) {
            NarasiBawaan.untuk(unitIds).forEach(n -> narasi(renja.id, n.kode(), n.judul(), n.unitKerjaId(), null));
        }
        Map<String, Object> variabel = new HashMap<>(Batas.dari(renja).variabelProses(clock.getZone(), kalender.hari()));
        variabel.put("renjaId", renja.id);
        variabel.put("kecamatanId", renja.kecamatanId);
        variabel.put("unitIds", unitIds);
        variabel.put("unitRevisi", new ArrayList<Long>());
        proses.mulai(renja, variabel);
        store.catat(renja, aksi, null, keterangan);
        audit.catat(renja.kecamatanId, "TAMBAH", "Renja", renja.id, null, store.ringkas(renja).toString());
        kabar.publishEvent(new RenjaDibuka(renja.id, renja.kecamatanId, renja.tahun, renja.jenis, unitIds));
        return store.ringkas(renja);
    }

    private void narasi(long renjaId, String kode, String judul, Long unitId, String isi) {
        narasiRepo.save(RenjaNarasi.baru(renjaId, kode, judul, unitId, isi));
    }
}
