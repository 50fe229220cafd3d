package id.sipeka.renja;

import id.sipeka.audit.AuditService;
import id.sipeka.base.AturanDilanggarException;
import id.sipeka.base.FormatIndonesia;
import id.sipeka.base.Pesan;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.renja.PerubahanRenstraRenja.BarisBerubah;
import id.sipeka.renja.PerubahanRenstraRenja.Jenis;
import id.sipeka.renja.PerubahanRenstraRenja.Pratinjau;
import id.sipeka.renja.PerubahanRenstraRenja.Tersedia;
import id.sipeka.renstra.RenstraData.BarisRenstra;
import id.sipeka.renstra.RenstraData.RenstraLengkap;
import id.sipeka.renstra.RenstraData.RenstraRingkas;
import id.sipeka.renstra.RenstraService;
import id.sipeka.renstra.Tingkat;
import id.sipeka.security.Akses;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A Renstra Perubahan does not change an open Renja by itself: the Renja keeps the numbers of the version it was built
 * on until the sekcam takes the change over here. Taking over moves the Renja and its rows to the version in force by
 * code, adds the rows of new sub kegiatan to their unit's section, removes the rows whose sub kegiatan is gone, and
 * updates the values the Renja took from the Renstra (name, indicator, unit of measure, target and pagu indikatif of
 * the year and of the year after) — but only where the row still holds the old Renstra value: what a unit typed over
 * it stays. A ditetapkan Renja keeps its version for good.
 */
@Service
@Transactional
public class AmbilPerubahanRenstraService {

    private final RenjaStore store;
    private final RenstraService renstra;
    private final OrganisasiService organisasi;
    private final Akses akses;
    private final AuditService audit;
    private final SalinAktivitasRenja aktivitas;
    private final SalinIndikatorRenja indikator;
    private final BagianUnitBaru bagianBaru;

    AmbilPerubahanRenstraService(RenjaStore store, RenstraService renstra, OrganisasiService organisasi, Akses akses,
            AuditService audit, SalinAktivitasRenja aktivitas, SalinIndikatorRenja indikator, BagianUnitBaru bagianBaru) {
        this.store = store;
        this.renstra = renstra;
        this.organisasi = organisasi;
        this.akses = akses;
        this.audit = audit;
        this.aktivitas = aktivitas;
        this.indikator = indikator;
        this.bagianBaru = bagianBaru;
    }

    /** A newer Renstra version this Renja could take over; empty when it is on the version in force or ditetapkan. */
    @Transactional(readOnly = true)
    public Optional<Tersedia> tersedia(long renjaId) {
        Renja renja = store.baca(renjaId);
        return renja.ditetapkan() ? Optional.empty() : tawaran(renja);
    }

    /** What taking over would change in this Renja; nothing is stored. Only the sekcam (or admin). */
    @Transactional(readOnly = true)
    public Pratinjau pratinjau(long renjaId) {
        Renja renja = store.baca(renjaId);
        akses.wajibKelola(renja.kecamatanId);
        Tersedia t = wajibTersedia(renja);
        return new Pratinjau(t, jalankan(renja, t, false));
    }

    /** Takes the version in force over into this Renja, in one transaction (repeated on a deadlock). */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public Pratinjau ambil(long renjaId) {
        return store.denganUlang(() -> ambilSekarang(renjaId));
    }

    private Pratinjau ambilSekarang(long renjaId) {
        // locked: a take-over and a step of the Renja (or a second take-over) run one after the other
        Renja renja = store.bacaUntukLangkah(renjaId);
        akses.wajibKelola(renja.kecamatanId);
        Tersedia t = wajibTersedia(renja);
        List<BarisBerubah> baris = jalankan(renja, t, true);
        long lama = renja.renstraId;
        renja.renstraId = t.renstraId();
        store.renjaRepo.saveAndFlush(renja);
        String ringkas = Pesan.get("renja.renstraDiambilKeterangan", t.perubahanKe(),
                baris.stream().filter(b -> b.jenis() == Jenis.DITAMBAH).count(),
                baris.stream().filter(b -> b.jenis() == Jenis.DIUBAH).count(),
                baris.stream().filter(b -> b.jenis() == Jenis.DIHAPUS).count());
        store.catat(renja, "AMBIL_PERUBAHAN_RENSTRA", null, ringkas);
        audit.catat(renja.kecamatanId, "AMBIL_PERUBAHAN_RENSTRA", "Renja", renja.id, "renstra " + lama + " (perubahan ke-"
                + t.perubahanKeLama() + ")", "renstra " + t.renstraId() + " (perubahan ke-" + t.perubahanKe() + "): "
                + baris.stream().map(b -> b.jenis() + " " + b.kode()).collect(Collectors.joining(", ")));
        return new Pratinjau(t, baris);
    }

    private Tersedia wajibTersedia(Renja renja) {
        if (renja.ditetapkan()) {
            throw new AturanDilanggarException(Pesan.get("renja.renstraTetapDitetapkan"));
        }
        return tawaran(renja).orElseThrow(() -> new AturanDilanggarException(Pesan.get("renja.renstraSudahBerlaku")));
    }

    private Optional<Tersedia> tawaran(Renja renja) {
        RenstraRingkas berlaku = renstra.berlaku(renja.renstraId);
        if (berlaku.id() == renja.renstraId) {
            return Optional.empty();
        }
        int lama = renstra.versi(renja.renstraId).stream().filter(v -> v.id() == renja.renstraId)
                .mapToInt(RenstraRingkas::perubahanKe).findFirst().orElse(0);
        return Optional.of(new Tersedia(berlaku.id(), lama, berlaku.perubahanKe(), berlaku.dasar(), berlaku.dibuatPada()));
    }

    /**
     * Compares the Renja's rows with the version in force (and the version it was built on, to tell Renstra values
     * from typed ones) and, when {@code terapkan}, changes them. A sub kegiatan that the new version gives (or moves
     * to) a unit without a section in this Renja opens one for that unit ({@link BagianUnitBaru}).
     */
    private List<BarisBerubah> jalankan(Renja renja, Tersedia t, boolean terapkan) {
        Map<String, BarisRenstra> lama = sub(renstra.lengkap(renja.renstraId));
        Map<String, BarisRenstra> baru = sub(renstra.lengkap(t.renstraId()));
        var aktivitasLama = aktivitas.dariRenstra(renja.renstraId, renja.kecamatanId);
        var aktivitasBaru = aktivitas.dariRenstra(t.renstraId(), renja.kecamatanId);
        Map<Long, String> unit = store.namaUnit(renja);
        List<RenjaBaris> semua = store.baris(renja);
        Set<String> adaKode = semua.stream().map(b -> b.kode).collect(Collectors.toSet());
        Set<Long> unitBagian = store.bagianRepo.findByRenjaId(renja.id).stream().map(b -> b.unitKerjaId)
                .collect(Collectors.toSet());
        List<BarisRenstra> tambah = baru.values().stream().filter(n -> !adaKode.contains(n.kode())).toList();
        Set<Long> tanpaBagian = new TreeSet<>();
        baru.values().stream().map(BarisRenstra::unitKerjaId).filter(u -> !unitBagian.contains(u)).forEach(tanpaBagian::add);
        if (terapkan && !tanpaBagian.isEmpty()) {
            bagianBaru.buka(renja, tanpaBagian, akses.pengguna().getUsername());
        }
        List<BarisBerubah> hasil = new ArrayList<>();
        for (RenjaBaris b : semua) {
            BarisRenstra n = baru.get(b.kode);
            if (n == null) {
                hasil.add(new BarisBerubah(Jenis.DIHAPUS, b.kode, b.nama, unit.get(b.unitKerjaId), null));
                if (terapkan) {
                    store.barisRepo.delete(b);
                }
                continue;
            }
            BarisRenstra o = lama.get(b.kode);
            List<String> rincian = ubahBaris(b, o, n, renja.tahun, terapkan, unit);
            rincian.addAll(ubahLain(b, o, n, renja.tahun, terapkan));
            aktivitas.ikutiRenstra(b, o == null ? List.of() : aktivitasLama.dari(o.id()), aktivitasBaru.dari(n.id()),
                    renja.tahun, terapkan).ifPresent(rincian::add);
            if (!rincian.isEmpty()) {
                hasil.add(new BarisBerubah(Jenis.DIUBAH, b.kode, n.nama(), unit.get(b.unitKerjaId),
                        String.join("; ", rincian)));
            }
        }
        if (terapkan) {
            store.barisRepo.flush();
        }
        String kecamatan = "Kecamatan " + organisasi.kecamatan(renja.kecamatanId).nama();
        List<RenjaBaris> barisBaru = new ArrayList<>();
        for (BarisRenstra n : tambah) {
            hasil.add(new BarisBerubah(Jenis.DITAMBAH, n.kode(), n.nama(), unit.get(n.unitKerjaId()),
                    tanpaBagian.contains(n.unitKerjaId()) ? keteranganBagianBaru(renja) : null));
            // the Renstra's lokasi of the sub kegiatan, else the whole kecamatan, as opening the Renja does
            barisBaru.add(barisBaru(renja, n, aktivitasBaru.lokasi().getOrDefault(n.id(), kecamatan)));
        }
        if (terapkan) {
            store.barisRepo.saveAll(barisBaru);
            store.barisRepo.flush();
            Map<RenjaBaris, BarisRenstra> asal = new LinkedHashMap<>();
            for (int i = 0; i < tambah.size(); i++) {
                asal.put(barisBaru.get(i), tambah.get(i));
            }
            indikator.salin(asal, renja.tahun);
            aktivitas.salin(barisBaru, aktivitasBaru, renja.tahun);
        }
        hasil.sort(Comparator.comparing(BarisBerubah::kode));
        return hasil;
    }

    /** Why a new row's unit shows up with a section of its own, in the words of the Renja's stage. */
    private static String keteranganBagianBaru(Renja renja) {
        return Pesan.get(BagianUnitBaru.dapatTugas(renja) ? "renja.renstraBagianBaruTugas" : "renja.renstraBagianBaruDisetujui");
    }

    /**
     * The changes to one kept row; applied to it when {@code terapkan}. The unit follows the Renstra: a sub kegiatan
     * moved to another unit moves its row into that unit's section.
     */
    private static List<String> ubahBaris(RenjaBaris b, BarisRenstra o, BarisRenstra n, int tahun, boolean terapkan,
            Map<Long, String> unit) {
        List<String> rincian = new ArrayList<>();
        if (!Objects.equals(b.unitKerjaId, n.unitKerjaId())) {
            rincian.add(Pesan.get("renja.renstraKolomUnit") + ": " + unit.getOrDefault(b.unitKerjaId, "–") + " → "
                    + unit.getOrDefault(n.unitKerjaId(), "–"));
        }
        String nama = teks(rincian, Pesan.get("renja.renstraKolomNama"), b.nama, n.nama());
        String satuan = teks(rincian, Pesan.get("renja.renstraKolomSatuan"), b.satuan, n.satuan());
        String indikator = ganti(rincian, Pesan.get("renja.renstraKolomIndikator"), b.indikator,
                o == null ? null : o.indikator(), n.indikator(), AmbilPerubahanRenstraService::tampil);
        BigDecimal target = ganti(rincian, Pesan.get("renja.renstraKolomTarget", tahun), b.target,
                o == null ? null : o.target().get(tahun), n.target().get(tahun), AmbilPerubahanRenstraService::angka);
        Long pagu = ganti(rincian, Pesan.get("renja.renstraKolomPagu", tahun), b.pagu,
                o == null ? null : o.pagu().get(tahun), n.pagu().get(tahun), AmbilPerubahanRenstraService::rupiah);
        BigDecimal targetMaju = ganti(rincian, Pesan.get("renja.renstraKolomTarget", tahun + 1), b.targetMaju,
                o == null ? null : o.target().get(tahun + 1), n.target().get(tahun + 1), AmbilPerubahanRenstraService::angka);
        Long paguMaju = ganti(rincian, Pesan.get("renja.renstraKolomPagu", tahun + 1), b.paguMaju,
                o == null ? null : o.pagu().get(tahun + 1), n.pagu().get(tahun + 1), AmbilPerubahanRenstraService::rupiah);
        if (terapkan) {
            b.unitKerjaId = n.unitKerjaId();
            b.nomenklaturId = n.id();
            b.nama = nama;
            b.satuan = satuan;
            b.indikator = indikator;
            b.target = target;
            b.pagu = pagu;
            b.targetMaju = targetMaju;
            b.paguMaju = paguMaju;
        }
        return rincian;
    }

    /**
     * The changes to a kept row's further indicators (issue 13), by their number: an indicator the Renstra added or
     * dropped is added or removed; the text and targets follow the rule of the first indicator ({@link #ganti}), the
     * unit of measure follows the Renstra.
     */
    private List<String> ubahLain(RenjaBaris b, BarisRenstra o, BarisRenstra n, int tahun, boolean terapkan) {
        List<String> rincian = new ArrayList<>();
        Map<Integer, RenjaBarisIndikator> ada = store.indikatorRepo.findByRenjaBarisIdOrderByUrutan(b.id).stream()
                .collect(Collectors.toMap(i -> i.urutan, Function.identity()));
        Map<Integer, RenjaBarisIndikator> baru = SalinIndikatorRenja.dariRenstra(b.id, n, tahun).stream()
                .collect(Collectors.toMap(i -> i.urutan, Function.identity(), (x, y) -> x, TreeMap::new));
        Map<Integer, RenjaBarisIndikator> lama = o == null ? Map.of() : SalinIndikatorRenja.dariRenstra(b.id, o, tahun)
                .stream().collect(Collectors.toMap(i -> i.urutan, Function.identity()));
        for (RenjaBarisIndikator sekarang : ada.values()) {
            if (!baru.containsKey(sekarang.urutan)) {
                rincian.add(Pesan.get("renja.renstraLainDihapus", sekarang.urutan, sekarang.indikator));
                if (terapkan) {
                    store.indikatorRepo.delete(sekarang);
                }
            }
        }
        for (RenjaBarisIndikator r : baru.values()) {
            RenjaBarisIndikator sekarang = ada.get(r.urutan);
            if (sekarang == null) {
                rincian.add(Pesan.get("renja.renstraLainDitambah", r.urutan, r.indikator));
                if (terapkan) {
                    store.indikatorRepo.save(r);
                }
                continue;
            }
            RenjaBarisIndikator l = lama.get(r.urutan);
            Function<String, String> label = kolom -> Pesan.get("renja.renstraKolomLain", r.urutan, kolom);
            String indikator = ganti(rincian, label.apply(Pesan.get("renja.renstraKolomIndikator")), sekarang.indikator,
                    l == null ? null : l.indikator, r.indikator, AmbilPerubahanRenstraService::tampil);
            String satuan = teks(rincian, label.apply(Pesan.get("renja.renstraKolomSatuan")), sekarang.satuan, r.satuan);
            BigDecimal target = ganti(rincian, label.apply(Pesan.get("renja.renstraKolomTarget", tahun)), sekarang.target,
                    l == null ? null : l.target, r.target, AmbilPerubahanRenstraService::angka);
            BigDecimal targetMaju = ganti(rincian, label.apply(Pesan.get("renja.renstraKolomTarget", tahun + 1)),
                    sekarang.targetMaju, l == null ? null : l.targetMaju, r.targetMaju, AmbilPerubahanRenstraService::angka);
            if (terapkan) {
                // the text is NOT NULL: a row whose unit emptied nothing keeps the Renstra's when both are empty
                sekarang.indikator = indikator == null ? r.indikator : indikator;
                sekarang.satuan = satuan;
                sekarang.target = target;
                sekarang.targetMaju = targetMaju;
                store.indikatorRepo.save(sekarang);
            }
        }
        return rincian;
    }

    /** A value only the Renstra sets (the name, the unit of measure): it follows the Renstra. */
    private static String teks(List<String> rincian, String label, String sekarang, String renstraBaru) {
        if (!sama(sekarang, renstraBaru)) {
            rincian.add(label + ": " + tampil(sekarang) + " → " + tampil(renstraBaru));
        }
        return renstraBaru;
    }

    /**
     * A value the Renja took from the Renstra and a unit may have typed over: it follows the Renstra only while the
     * row still holds the old Renstra value.
     */
    private static <T> T ganti(List<String> rincian, String label, T sekarang, T renstraLama, T renstraBaru,
            Function<T, String> tampil) {
        if (sama(renstraLama, renstraBaru)) {
            return sekarang;
        }
        if (sama(sekarang, renstraLama)) {
            if (!sama(sekarang, renstraBaru)) {
                rincian.add(label + ": " + tampil.apply(sekarang) + " → " + tampil.apply(renstraBaru));
            }
            return renstraBaru;
        }
        rincian.add(Pesan.get("renja.renstraNilaiUnitTetap", label, tampil.apply(sekarang), tampil.apply(renstraLama),
                tampil.apply(renstraBaru)));
        return sekarang;
    }

    /** A row of a new sub kegiatan, filled from the Renstra as opening the Renja fills one. */
    private static RenjaBaris barisBaru(Renja renja, BarisRenstra n, String lokasi) {
        RenjaBaris b = new RenjaBaris();
        b.renjaId = renja.id;
        b.nomenklaturId = n.id();
        b.kode = n.kode();
        b.nama = n.nama();
        b.unitKerjaId = n.unitKerjaId();
        b.indikator = n.indikator();
        b.satuan = n.satuan();
        b.target = n.target().get(renja.tahun);
        b.pagu = n.pagu().get(renja.tahun);
        b.lokasi = lokasi;
        b.targetMaju = n.target().get(renja.tahun + 1);
        b.paguMaju = n.pagu().get(renja.tahun + 1);
        if (renja.jenis == JenisRenja.PERUBAHAN) {
            b.paguSebelum = 0L; // not in the ditetapkan Renja this perubahan revises
        }
        return b;
    }

    /** The sub kegiatan a Renja has rows for (those with a unit), by code. */
    private static Map<String, BarisRenstra> sub(RenstraLengkap r) {
        return r.semuaBaris().stream().filter(b -> b.tingkat() == Tingkat.SUB_KEGIATAN && b.unitKerjaId() != null)
                .collect(Collectors.toMap(BarisRenstra::kode, Function.identity(), (a, b) -> a, TreeMap::new));
    }

    private static boolean sama(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        if (a instanceof String || b instanceof String) {
            return Objects.equals(kosong(a), kosong(b));
        }
        return Objects.equals(a, b);
    }

    private static String kosong(Object s) {
        return s == null || s.toString().isBlank() ? null : s.toString().strip();
    }

    private static String tampil(String s) {
        return s == null || s.isBlank() ? "–" : s;
    }

    private static String angka(BigDecimal x) {
        return x == null ? "–" : FormatIndonesia.angka(x);
    }

    private static String rupiah(Long x) {
        return x == null ? "–" : FormatIndonesia.rupiah(x);
    }
}
