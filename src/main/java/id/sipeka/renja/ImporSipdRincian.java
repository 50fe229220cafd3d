package id.sipeka.renja;

import id.sipeka.audit.AuditService;
import id.sipeka.base.Kuantitas;
import id.sipeka.base.Pesan;
import id.sipeka.base.Rupiah;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.renja.ImporSipdRenjaService.Pemeriksa;
import id.sipeka.renja.RenjaData.UbahIndikatorLain;
import id.sipeka.renstra.MasalahImpor;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * The rows below a sub kegiatan in a SIPD Renja file (issue 13): its further indicators as continuation rows (same
 * code, no name; the first is the 2nd indicator) and its Aktivitas as rows of their own code (name; volume in the
 * target column, satuan, lokasi, pagu). Checked by the row editor's and {@link AktivitasRenjaService}'s rules; the
 * row's pagu is the sum of its Aktivitas. Rows the file does not list stay as they are.
 */
@Component
class ImporSipdRincian {

    /** One Aktivitas as the file gives it; {@code ada} is the stored one, null when the file adds it. */
    record AktivitasBerkas(RenjaAktivitas ada, String kode, String nama, BigDecimal volume, String satuan, String lokasi,
            Long pagu) {
    }

    /** What the file sets below one row, checked. */
    static final class Rincian {
        final List<RenjaBarisIndikator> lain;
        final List<UbahIndikatorLain> ubahLain = new ArrayList<>();
        final List<RenjaAktivitas> aktivitas;
        final List<AktivitasBerkas> ubahAktivitas = new ArrayList<>();

        Rincian(List<RenjaBarisIndikator> lain, List<RenjaAktivitas> aktivitas) {
            this.lain = lain;
            this.aktivitas = aktivitas;
        }

        boolean adaAktivitas() {
            return !aktivitas.isEmpty() || !ubahAktivitas.isEmpty();
        }

        long jumlahLama() {
            return Rupiah.jumlah(aktivitas.stream().map(a -> a.pagu).toList());
        }

        /** The sum of the Aktivitas' pagu once the file's values are applied. */
        long jumlahBaru() {
            Map<String, Long> pagu = new HashMap<>();
            aktivitas.forEach(a -> pagu.put(a.kode, a.pagu));
            ubahAktivitas.forEach(a -> pagu.put(a.kode(), a.pagu()));
            return Rupiah.jumlah(new ArrayList<>(pagu.values()));
        }

        boolean berubah() {
            return lain.stream().anyMatch(i -> ubahLain.stream().anyMatch(u -> u.urutan() == i.urutan && i.berbeda(u)))
                    || !ubahAktivitas.isEmpty();
        }
    }

    private final RenjaBarisIndikatorRepository indikatorRepo;
    private final RenjaAktivitasRepository aktivitasRepo;
    private final AturanBarisRenja aturan;
    private final AktivitasRenjaService aturanAktivitas;
    private final OrganisasiService organisasi;
    private final RenjaStore store;
    private final AuditService audit;

    ImporSipdRincian(RenjaBarisIndikatorRepository indikatorRepo, RenjaAktivitasRepository aktivitasRepo,
            AturanBarisRenja aturan, AktivitasRenjaService aturanAktivitas, OrganisasiService organisasi, RenjaStore store,
            AuditService audit) {
        this.indikatorRepo = indikatorRepo;
        this.aktivitasRepo = aktivitasRepo;
        this.aturan = aturan;
        this.aturanAktivitas = aturanAktivitas;
        this.organisasi = organisasi;
        this.store = store;
        this.audit = audit;
    }

    Rincian baca(long kecamatanId, RenjaBaris b, List<BacaSipdRenja.Baris> lanjutan, List<BacaSipdRenja.Baris> aktivitas,
            Map<String, String> label, List<MasalahImpor> salah) {
        Rincian r = new Rincian(indikatorRepo.findByRenjaBarisIdOrderByUrutan(b.id),
                aktivitasRepo.findByRenjaBarisIdOrderByUrutanAscIdAsc(b.id));
        for (int k = 0; k < lanjutan.size(); k++) {
            Pemeriksa p = new Pemeriksa(lanjutan.get(k), label, salah);
            if (k >= r.lain.size()) {
                p.tambah("kode", Pesan.get("renja.indikatorLainTidakAda", k + 2));
                continue;
            }
            int sebelum = salah.size();
            UbahIndikatorLain u = new UbahIndikatorLain(r.lain.get(k).urutan, p.teks("indikator"), p.angka("target"),
                    p.angka("targetMaju"));
            if (salah.size() == sebelum) {
                aturan.periksaLain(List.of(u), r.lain).forEach(s -> p.tambah(s.kolom(), s.pesan()));
                r.ubahLain.add(u);
            }
        }
        boolean dipakai = organisasi.pakaiAktivitas(kecamatanId);
        Map<String, Integer> dilihat = new HashMap<>();
        for (BacaSipdRenja.Baris baris : aktivitas) {
            Pemeriksa p = new Pemeriksa(baris, label, salah);
            String kode = p.teks("kode");
            Integer ganda = dilihat.putIfAbsent(kode, baris.baris());
            if (ganda != null) {
                p.tambah("kode", Pesan.get("impor.kodeGanda", kode, ganda));
                continue;
            }
            int sebelum = salah.size();
            AktivitasBerkas a = new AktivitasBerkas(r.aktivitas.stream().filter(x -> x.kode.equals(kode)).findFirst()
                    .orElse(null), kode, RenjaStore.kosong(p.teks("nama")), p.angka("target"),
                    RenjaStore.kosong(p.teks("satuan")), RenjaStore.kosong(p.teks("lokasi")), p.rupiah("pagu"));
            if (salah.size() > sebelum) {
                continue;
            }
            // the Aktivitas' volume is written in the target column
            aturanAktivitas.periksa(kecamatanId, a.nama(), a.volume(), a.satuan(), a.pagu(), a.lokasi())
                    .forEach(s -> p.tambah(s.kolom().equals("volume") ? "target" : s.kolom(), s.pesan()));
            if (salah.size() > sebelum || a.ada() != null && !berbeda(a.ada(), a)) {
                continue;
            }
            if (!dipakai) {
                p.tambah("kode", Pesan.get("aktivitas.tidakDipakai"));
                continue;
            }
            r.ubahAktivitas.add(a);
        }
        return r;
    }

    /** Applies the checked values; the row's pagu is already the sum ({@link Rincian#jumlahBaru}). */
    void terapkan(Renja renja, RenjaBaris b, Rincian r) {
        String lama = RenjaBarisIndikator.ringkas(r.lain);
        if (RenjaBarisIndikator.terapkan(r.lain, r.ubahLain)) {
            indikatorRepo.saveAll(r.lain);
            store.naikkanVersi(b);
            audit.catat(renja.kecamatanId, "IMPOR", "RenjaBarisIndikator", renja.id + ":" + b.kode, lama,
                    RenjaBarisIndikator.ringkas(r.lain));
        }
        int urutan = r.aktivitas.stream().mapToInt(a -> a.urutan + 1).max().orElse(0);
        for (AktivitasBerkas u : r.ubahAktivitas) {
            RenjaAktivitas a = u.ada() != null ? u.ada() : new RenjaAktivitas(b.id, u.kode(), urutan++);
            String sebelum = u.ada() == null ? null : ringkas(a);
            a.nama = u.nama();
            a.volume = Kuantitas.periksa(u.volume(), Pesan.get("aktivitas.volume"));
            a.satuan = u.satuan();
            a.lokasi = u.lokasi();
            a.pagu = u.pagu();
            aktivitasRepo.save(a);
            audit.catat(renja.kecamatanId, "IMPOR", "RenjaAktivitas", renja.id + ":" + a.kode, sebelum, ringkas(a));
        }
        aktivitasRepo.flush();
    }

    private static boolean berbeda(RenjaAktivitas a, AktivitasBerkas u) {
        return !Objects.equals(a.nama, u.nama()) || !RenjaBarisIndikator.sama(a.volume, u.volume())
                || !Objects.equals(a.satuan, u.satuan()) || !Objects.equals(a.lokasi, u.lokasi())
                || !Objects.equals(a.pagu, u.pagu());
    }

    private static String ringkas(RenjaAktivitas a) {
        return "nama=" + a.nama + "; volume=" + a.volume + "; satuan=" + a.satuan + "; pagu=" + a.pagu + "; lokasi="
                + a.lokasi;
    }
}
