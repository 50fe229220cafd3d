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
import java.util.LinkedHashMap;
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
 * computed); rows of the Renja the file does not list stay as they are. Below a sub kegiatan row, its further
 * indicators' continuation rows and its Aktivitas' rows are read too ({@link ImporSipdRincian}). Only the sekcam (or
 * admin).
 */
@Service
@Transactional
public class ImporSipdRenjaService {

    private final RenjaStore store;
    private final AturanBarisRenja aturan;
    private final OrganisasiService organisasi;
    private final Akses akses;
    private final AuditService audit;
    private final ImporSipdRincian rincian;

    ImporSipdRenjaService(ImporSipdRincian rincian, RenjaStore store, AturanBarisRenja aturan, OrganisasiService organisasi, Akses akses,
            AuditService audit) {
        this.store = store;
        this.aturan = aturan;
        this.organisasi = organisasi;
        this.akses = akses;
        this.audit = audit;
        this.rincian = rincian;
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
        Map<String, Kelompok> kelompok = kelompokkan(berkas, perKode, salah);
        List<Ubahan> ubahan = new ArrayList<>();
        for (Kelompok k : kelompok.values()) {
            RenjaBaris lama = k.lama;
            if (lama == null) {
                continue;
            }
            Pemeriksa p = new Pemeriksa(k.utama, berkas.label(), salah);
            int sebelum = salah.size();
            UbahBarisRenja ubah = new UbahBarisRenja(lama.id, lama.version, p.teks("indikator"), p.angka("target"),
                    p.teks("lokasi"), p.rupiah("pagu"), p.teks("sumberDana"), p.teks("catatan"), p.angka("targetMaju"),
                    p.rupiah("paguMaju"));
            ImporSipdRincian.Rincian rincian = this.rincian.baca(renja.kecamatanId, lama, k.lanjutan, k.aktivitas,
                    berkas.label(), salah);
            if (salah.size() > sebelum) {
                continue;
            }
            aturan.periksa(renja.kecamatanId, ubah).forEach(s -> p.tambah(s.kolom(), s.pesan()));
            // a row with Aktivitas has their sum as its pagu (issue 13): the file may leave the old sum or write the new
            // one, but not set another
            if (rincian.adaAktivitas()) {
                if (ubah.pagu() != null && ubah.pagu() != rincian.jumlahLama() && ubah.pagu() != rincian.jumlahBaru()) {
                    p.tambah("pagu", Pesan.get("renja.paguDariAktivitas"));
                }
                ubah = new UbahBarisRenja(ubah.id(), ubah.version(), ubah.indikator(), ubah.target(), ubah.lokasi(),
                        rincian.jumlahBaru(), ubah.sumberDana(), ubah.catatan(), ubah.targetMaju(), ubah.paguMaju());
            }
            if (salah.size() > sebelum || !berubah(lama, ubah) && !rincian.berubah()) {
                continue;
            }
            String kode = lama.kode;
            RenjaBagian bg = bagian.computeIfAbsent(lama.unitKerjaId, u -> store.bagian(renja, u));
            StatusPersetujuan status = bg.persetujuan().status();
            if (bg.dibawa || status == StatusPersetujuan.DIAJUKAN || status == StatusPersetujuan.DISETUJUI) {
                p.tambah("kode", Pesan.get("renjaSipd.bagianTertutup", kode,
                        organisasi.namaUnit(renja.kecamatanId).get(lama.unitKerjaId)));
                continue;
            }
            ubahan.add(new Ubahan(lama, ubah, rincian));
        }
        if (!salah.isEmpty()) {
            throw new ImporDitolakException(salah);
        }
        for (Ubahan u : ubahan) {
            rincian.terapkan(renja, u.baris(), u.rincian());
            simpan(renja, u.baris(), u.ubah());
        }
        return ubahan.size();
    }

    private record Ubahan(RenjaBaris baris, UbahBarisRenja ubah, ImporSipdRincian.Rincian rincian) {
    }

    /** A sub kegiatan's row in the file with the rows below it that belong to it (issue 13). */
    private static final class Kelompok {
        final BacaSipdRenja.Baris utama;
        /** null when the Renja has no such row (already reported). */
        final RenjaBaris lama;
        final List<BacaSipdRenja.Baris> lanjutan = new ArrayList<>();
        final List<BacaSipdRenja.Baris> aktivitas = new ArrayList<>();

        Kelompok(BacaSipdRenja.Baris utama, RenjaBaris lama) {
            this.utama = utama;
            this.lama = lama;
        }
    }

    /**
     * The file's sub kegiatan rows by code, each with its continuation rows (same code, no name: its further
     * indicators) and its Aktivitas rows (its code and a number). Program and kegiatan rows are skipped (their pagu is
     * computed from their sub kegiatan, never read).
     */
    private static Map<String, Kelompok> kelompokkan(BacaSipdRenja.Berkas berkas, Map<String, RenjaBaris> perKode,
            List<MasalahImpor> salah) {
        Map<String, Kelompok> hasil = new LinkedHashMap<>();
        for (BacaSipdRenja.Baris b : berkas.baris()) {
            Pemeriksa p = new Pemeriksa(b, berkas.label(), salah);
            String kode = p.teks("kode");
            if (kode == null) {
                p.tambah("kode", Pesan.get("validasi.wajibIsi", "Kode"));
                continue;
            }
            Optional<Tingkat> tingkat = KodeNomenklatur.tingkat(kode);
            if (tingkat.isEmpty()) {
                p.tambah("kode", Pesan.get("impor.kodeFormat", kode));
                continue;
            }
            if (tingkat.get() == Tingkat.AKTIVITAS) {
                Kelompok induk = hasil.get(KodeNomenklatur.induk(kode).orElseThrow());
                if (induk == null) {
                    p.tambah("kode", Pesan.get("renjaSipd.aktivitasTanpaSub", kode));
                } else {
                    induk.aktivitas.add(b);
                }
                continue;
            }
            if (tingkat.get() != Tingkat.SUB_KEGIATAN) {
                continue;
            }
            Kelompok ada = hasil.get(kode);
            if (ada != null && p.teks("nama") == null) {
                ada.lanjutan.add(b);
                continue;
            }
            if (ada != null) {
                p.tambah("kode", Pesan.get("impor.kodeGanda", kode, ada.utama.baris()));
                continue;
            }
            RenjaBaris lama = perKode.get(kode);
            if (lama == null) {
                p.tambah("kode", Pesan.get("renjaSipd.kodeTidakAda", kode));
            }
            hasil.put(kode, new Kelompok(b, lama));
        }
        return hasil;
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
    record Pemeriksa(BacaSipdRenja.Baris b, Map<String, String> label, List<MasalahImpor> salah) {

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
