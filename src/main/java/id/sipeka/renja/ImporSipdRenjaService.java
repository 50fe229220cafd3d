package id.sipeka.renja;

import id.sipeka.audit.AuditService;
import id.sipeka.base.AngkaIndonesia;
import id.sipeka.base.AturanDilanggarException;
import id.sipeka.base.Pesan;
import id.sipeka.base.Rupiah;
import id.sipeka.base.StatusPersetujuan;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.renja.RenjaData.UbahBarisRenja;
import id.sipeka.renstra.ImporDitolakException;
import id.sipeka.renstra.KodeNomenklatur;
import id.sipeka.renstra.MasalahImpor;
import id.sipeka.renstra.Tingkat;
import id.sipeka.security.Akses;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a Renja sheet in SIPD's layout back into a Renja still being drafted (stage PENYUSUNAN) of the same
 * kecamatan and year: each sub kegiatan row's indikator, target, lokasi, pagu, sumber dana, catatan and prakiraan
 * maju, checked by the row editor's own rules ({@link AturanBarisRenja}). All or nothing: every problem is reported
 * with its sheet, row and column and nothing is stored. Program and kegiatan rows are skipped (their pagu is always
 * computed); rows of the Renja the file does not list stay as they are. Only the sekcam (or admin).
 */
@Service
@Transactional
public class ImporSipdRenjaService {

    private final RenjaStore store;
    private final AturanBarisRenja aturan;
    private final OrganisasiService organisasi;
    private final Akses akses;
    private final AuditService audit;
    private final RenjaAktivitasRepository aktivitasRepo;

    ImporSipdRenjaService(RenjaAktivitasRepository aktivitasRepo, RenjaStore store, AturanBarisRenja aturan, OrganisasiService organisasi, Akses akses,
            AuditService audit) {
        this.store = store;
        this.aturan = aturan;
        this.organisasi = organisasi;
        this.akses = akses;
        this.audit = audit;
        this.aktivitasRepo = aktivitasRepo;
    }

    /** May the caller import into this Renja now (the screen shows the upload only then)? */
    @Transactional(readOnly = true)
    public boolean bolehImpor(long renjaId) {
        Renja renja = store.baca(renjaId);
        return akses.bolehKelola(renja.kecamatanId) && renja.tahap == Tahap.PENYUSUNAN;
    }

    /** @return how many rows changed */
    public int impor(long renjaId, InputStream xlsx) {
        akses.wajibKelola(store.baca(renjaId).kecamatanId);
        Renja renja = store.bacaUntukLangkah(renjaId); // one import (or step) of this Renja at a time
        if (renja.tahap != Tahap.PENYUSUNAN) {
            throw new AturanDilanggarException(Pesan.get("renjaSipd.bukanRancangan",
                    Pesan.get("renjaView.tahap." + renja.tahap.name())));
        }
        BacaSipdRenja.Berkas berkas = BacaSipdRenja.baca(xlsx, renja.tahun);
        List<MasalahImpor> salah = new ArrayList<>(berkas.masalah());
        periksaJudul(renja, berkas, salah);
        Map<String, RenjaBaris> perKode = store.baris(renja).stream()
                .collect(Collectors.toMap(b -> b.kode, Function.identity()));
        Map<Long, RenjaBagian> bagian = new HashMap<>();
        Map<String, Integer> dilihat = new HashMap<>();
        List<Map.Entry<RenjaBaris, UbahBarisRenja>> ubahan = new ArrayList<>();
        for (BacaSipdRenja.Baris b : berkas.baris()) {
            Pemeriksa p = new Pemeriksa(b, berkas.label(), salah);
            String kode = p.teks("kode");
            Optional<Tingkat> tingkat = KodeNomenklatur.tingkat(kode);
            if (kode == null) {
                p.tambah("kode", Pesan.get("validasi.wajibIsi", "Kode"));
                continue;
            }
            if (tingkat.isEmpty()) {
                p.tambah("kode", Pesan.get("impor.kodeFormat", kode));
                continue;
            }
            if (tingkat.get() != Tingkat.SUB_KEGIATAN) {
                continue; // program and kegiatan pagu are computed from their sub kegiatan, never read
            }
            Integer sebelumnya = dilihat.putIfAbsent(kode, b.baris());
            if (sebelumnya != null) {
                p.tambah("kode", Pesan.get("impor.kodeGanda", kode, sebelumnya));
                continue;
            }
            RenjaBaris lama = perKode.get(kode);
            if (lama == null) {
                p.tambah("kode", Pesan.get("renjaSipd.kodeTidakAda", kode));
                continue;
            }
            int sebelum = salah.size();
            UbahBarisRenja ubah = new UbahBarisRenja(lama.id, lama.version, p.teks("indikator"), p.angka("target"),
                    p.teks("lokasi"), p.rupiah("pagu"), p.teks("sumberDana"), p.teks("catatan"), p.angka("targetMaju"),
                    p.rupiah("paguMaju"));
            if (salah.size() > sebelum) {
                continue;
            }
            aturan.periksa(renja.kecamatanId, ubah).forEach(s -> p.tambah(s.kolom(), s.pesan()));
            // a row with Aktivitas keeps their sum as its pagu (issue 13): the file may not set another
            List<RenjaAktivitas> aktivitas = aktivitasRepo.findByRenjaBarisIdOrderByUrutanAscIdAsc(lama.id);
            if (!aktivitas.isEmpty() && ubah.pagu() != null
                    && ubah.pagu() != id.sipeka.base.Rupiah.jumlah(aktivitas.stream().map(a -> a.pagu).toList())) {
                p.tambah("pagu", Pesan.get("renja.paguDariAktivitas"));
            }
            if (salah.size() > sebelum || !berubah(lama, ubah)) {
                continue;
            }
            RenjaBagian bg = bagian.computeIfAbsent(lama.unitKerjaId, u -> store.bagian(renja, u));
            StatusPersetujuan status = bg.persetujuan().status();
            if (bg.dibawa || status == StatusPersetujuan.DIAJUKAN || status == StatusPersetujuan.DISETUJUI) {
                p.tambah("kode", Pesan.get("renjaSipd.bagianTertutup", kode,
                        organisasi.namaUnit(renja.kecamatanId).get(lama.unitKerjaId)));
                continue;
            }
            ubahan.add(Map.entry(lama, ubah));
        }
        if (!salah.isEmpty()) {
            throw new ImporDitolakException(salah);
        }
        for (Map.Entry<RenjaBaris, UbahBarisRenja> e : ubahan) {
            simpan(renja, e.getKey(), e.getValue());
        }
        return ubahan.size();
    }

    /** The title lines must name this Renja's kecamatan and year: a file of another one is refused, not merged. */
    private void periksaJudul(Renja renja, BacaSipdRenja.Berkas berkas, List<MasalahImpor> salah) {
        if (!berkas.masalah().isEmpty()) {
            return;
        }
        Object tahun = berkas.tahun();
        String teksTahun = tahun instanceof BigDecimal d ? d.toPlainString() : Objects.toString(tahun, "");
        if (!String.valueOf(renja.tahun).equals(teksTahun)) {
            salah.add(new MasalahImpor(SipdRenjaXlsx.LEMBAR, berkas.barisTahun(), "B (" + SipdRenjaXlsx.LABEL_TAHUN + ")",
                    Pesan.get("renjaSipd.tahunBeda", teksTahun, renja.tahun)));
        }
        String kecamatan = organisasi.kecamatan(renja.kecamatanId).nama();
        if (berkas.kecamatan() == null || !kecamatan.equalsIgnoreCase(berkas.kecamatan().strip())) {
            salah.add(new MasalahImpor(SipdRenjaXlsx.LEMBAR, null, "B (" + SipdRenjaXlsx.LABEL_KECAMATAN + ")",
                    Pesan.get("renjaSipd.kecamatanBeda", Objects.toString(berkas.kecamatan(), ""), kecamatan)));
        }
    }

    private void simpan(Renja renja, RenjaBaris b, UbahBarisRenja ubah) {
        String lama = PengisianBagianService.ringkasBaris(b);
        b.indikator = RenjaStore.kosong(ubah.indikator());
        b.target = ubah.target();
        b.lokasi = RenjaStore.kosong(ubah.lokasi());
        b.pagu = ubah.pagu();
        b.sumberDana = aturan.sumberDana(ubah.sumberDana());
        b.catatan = RenjaStore.kosong(ubah.catatan());
        b.targetMaju = ubah.targetMaju();
        b.paguMaju = ubah.paguMaju();
        store.barisRepo.saveAndFlush(b);
        audit.catat(renja.kecamatanId, "IMPOR", "RenjaBaris", renja.id + ":" + b.kode, lama,
                PengisianBagianService.ringkasBaris(b));
    }

    private boolean berubah(RenjaBaris b, UbahBarisRenja u) {
        return !Objects.equals(b.indikator, RenjaStore.kosong(u.indikator())) || !sama(b.target, u.target())
                || !Objects.equals(b.lokasi, RenjaStore.kosong(u.lokasi())) || !Objects.equals(b.pagu, u.pagu())
                || !Objects.equals(b.sumberDana, aturan.sumberDana(u.sumberDana()))
                || !Objects.equals(b.catatan, RenjaStore.kosong(u.catatan())) || !sama(b.targetMaju, u.targetMaju())
                || !Objects.equals(b.paguMaju, u.paguMaju());
    }

    private static boolean sama(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    /** Reads one row's cells, adding a problem named by sheet, row and column for what is not a value. */
    private record Pemeriksa(BacaSipdRenja.Baris b, Map<String, String> label, List<MasalahImpor> salah) {

        void tambah(String kunci, String alasan) {
            salah.add(new MasalahImpor(SipdRenjaXlsx.LEMBAR, b.baris(), label.getOrDefault(kunci, kunci), alasan));
        }

        String teks(String kunci) {
            Object v = b.sel().get(kunci);
            String s = v == null ? null : v instanceof BigDecimal d ? d.toPlainString() : v.toString().strip();
            return s == null || s.isEmpty() ? null : s;
        }

        BigDecimal angka(String kunci) {
            Object v = b.sel().get(kunci);
            if (v == null || v instanceof BigDecimal) {
                return (BigDecimal) v;
            }
            try {
                return AngkaIndonesia.parse(v.toString()).orElse(null);
            } catch (NumberFormatException e) {
                tambah(kunci, Pesan.get("impor.bukanAngka", v));
                return null;
            }
        }

        Long rupiah(String kunci) {
            BigDecimal v = angka(kunci);
            if (v == null) {
                return null;
            }
            Optional<String> masalah = Rupiah.masalah(v.abs(), label.getOrDefault(kunci, kunci));
            if (masalah.isPresent()) {
                tambah(kunci, masalah.get());
                return null;
            }
            if (v.stripTrailingZeros().scale() > 0) {
                tambah(kunci, Pesan.get("impor.rupiahDesimal", v.toPlainString()));
                return null;
            }
            return v.longValueExact();
        }
    }
}
