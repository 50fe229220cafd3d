package id.sipeka.renstra;

import id.sipeka.base.BatasTeks;
import id.sipeka.base.FormatIndonesia;
import id.sipeka.base.Pesan;
import id.sipeka.base.Rupiah;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The Nomenklatur rows of an import file (program, kegiatan, sub kegiatan), checked as part of {@link ValidasiImpor}:
 * a valid code, each once, below its parent; name, unit kerja, sumber dana, lokasi, indicator and a target and pagu per
 * year. Rows of further indicators go to {@link ValidasiIndikatorLain}, Aktivitas rows to {@link ValidasiAktivitas}.
 * When no row was refused, pagu printed on program or kegiatan rows is compared with the sum of their sub kegiatan
 * and only warned about: the computed sum is what counts.
 */
final class ValidasiNomenklatur {

    private final PemeriksaSel sel;
    private final Map<String, Long> unitPerKode;
    private final SumberDanaService.Pemeriksa sumberDanaSah;
    private final ValidasiAktivitas aktivitas;
    private final ValidasiIndikatorLain indikatorLain;
    private final int awal;
    private final int akhir;
    private final Map<String, String> lokasiSub = new LinkedHashMap<>();
    private final List<MasalahImpor> peringatan = new ArrayList<>();

    /**
     * @param unitPerKode the kecamatan's unit kerja by code (upper case)
     * @param sumberDanaSah the admin's list of sumber dana
     */
    ValidasiNomenklatur(PemeriksaSel sel, Map<String, Long> unitPerKode, SumberDanaService.Pemeriksa sumberDanaSah,
            ValidasiAktivitas aktivitas, ValidasiIndikatorLain indikatorLain, int awal, int akhir) {
        this.sel = sel;
        this.unitPerKode = unitPerKode;
        this.sumberDanaSah = sumberDanaSah;
        this.aktivitas = aktivitas;
        this.indikatorLain = indikatorLain;
        this.awal = awal;
        this.akhir = akhir;
    }

    /** Warnings (the file is still accepted), in the order found. */
    List<MasalahImpor> peringatan() {
        return peringatan;
    }

    /** The lokasi of each sub kegiatan that has one, by code. */
    Map<String, String> lokasiSub() {
        return lokasiSub;
    }

    List<ValidasiImpor.ItemNomenklatur> periksa(List<RenstraBerkas.Baris> baris) {
        Map<String, RenstraBerkas.Baris> barisPerKode = new HashMap<>();
        List<ValidasiImpor.ItemNomenklatur> hasil = new ArrayList<>();
        // Pagu as printed on program/kegiatan rows, to compare with the computed sums afterwards.
        Map<String, Map<Integer, Long>> paguTertulis = new LinkedHashMap<>();
        int urutan = 0;
        ValidasiImpor.ItemNomenklatur terakhir = null;
        String kodeTerakhir = null; // of the last row that is not a further indicator ("" when it had no code)
        String subTerakhir = null; // an Aktivitas row follows its sub kegiatan (or that one's other Aktivitas)
        for (RenstraBerkas.Baris b : baris) {
            String kode = PemeriksaSel.teks(b, "kode");
            if (sel.terlaluPanjang(b, "kode", BatasTeks.KODE)) {
                continue;
            }
            if (kodeTerakhir != null && ValidasiIndikatorLain.baris(b, kode, kodeTerakhir)) {
                if (terakhir != null && terakhir.kode().equals(kodeTerakhir)) {
                    indikatorLain.tambahkan(b, terakhir);
                } else if (KodeNomenklatur.tingkat(kodeTerakhir).orElse(null) == Tingkat.AKTIVITAS) {
                    sel.tambah(b, "indikator", Pesan.get("impor.indikatorLainSesudahAktivitas", kodeTerakhir));
                } // else it belongs to a row refused above, whose problem is already named
                continue;
            }
            kodeTerakhir = kode == null ? "" : kode;
            Optional<Tingkat> tingkat = KodeNomenklatur.tingkat(kode);
            if (kode == null) {
                sel.tambah(b, "kode", Pesan.get("validasi.wajibIsi", "Kode"));
                continue;
            }
            if (tingkat.isEmpty()) {
                sel.tambah(b, "kode", Pesan.get("impor.kodeFormat", kode));
                continue;
            }
            RenstraBerkas.Baris sebelumnya = barisPerKode.putIfAbsent(kode, b);
            if (sebelumnya != null) {
                sel.tambah(b, "kode", Pesan.get("impor.kodeGanda", kode, sebelumnya.baris()));
                continue;
            }
            String induk = KodeNomenklatur.induk(kode).orElse(null);
            if (tingkat.get() == Tingkat.AKTIVITAS) {
                aktivitas.baris(b, kode, induk, subTerakhir);
                continue;
            }
            subTerakhir = tingkat.get() == Tingkat.SUB_KEGIATAN ? kode : null;
            aktivitas.bukanAktivitas(b);
            sel.lokasi(b, tingkat.get() == Tingkat.SUB_KEGIATAN).ifPresent(l -> lokasiSub.put(kode, l));
            if (induk != null && !barisPerKode.containsKey(induk)) {
                sel.tambah(b, "kode", Pesan.get("impor.indukTidakAda", kode, induk));
            }
            String nama = PemeriksaSel.teks(b, "nama");
            if (nama == null) {
                sel.tambah(b, "nama", Pesan.get("validasi.wajibIsi", "Nama"));
            }
            sel.terlaluPanjang(b, "nama", BatasTeks.NAMA_NOMENKLATUR);
            sel.terlaluPanjang(b, "hasil", BatasTeks.HASIL);
            sel.terlaluPanjang(b, "indikator", BatasTeks.INDIKATOR);
            sel.terlaluPanjang(b, "satuan", BatasTeks.SATUAN);
            String satuan = PemeriksaSel.teks(b, "satuan");
            Polaritas polaritas = sel.pilihan(b, "polaritas", Polaritas.class, Polaritas.NAIK);
            JenisIndikator bawaan = "%".equals(satuan) || tingkat.get() != Tingkat.SUB_KEGIATAN
                    ? JenisIndikator.TINGKAT : JenisIndikator.JUMLAH;
            JenisIndikator jenis = sel.pilihan(b, "jenis", JenisIndikator.class, bawaan);
            BigDecimal baseline = sel.angka(b, "baseline", false);
            Long unitId = unit(b, tingkat.get());
            String sumberDana = sumberDana(b, tingkat.get());
            Map<Integer, NilaiTahun> nilai = new TreeMap<>();
            Map<Integer, Long> tertulis = new TreeMap<>();
            for (int t = awal; t <= akhir; t++) {
                BigDecimal target = sel.angka(b, KolomRenstra.target(t), false);
                BigDecimal pagu = sel.angka(b, KolomRenstra.pagu(t), true);
                Long paguRp = pagu == null ? null : pagu.longValue(); // exact: checked against Rupiah.MAKS
                if (tingkat.get() == Tingkat.SUB_KEGIATAN) {
                    nilai.put(t, new NilaiTahun(target, paguRp));
                } else {
                    nilai.put(t, new NilaiTahun(target, null));
                    if (paguRp != null) {
                        tertulis.put(t, paguRp);
                    }
                }
            }
            sel.tahunDiLuarPeriode(b, awal, akhir);
            if (!tertulis.isEmpty()) {
                paguTertulis.put(kode, tertulis);
            }
            terakhir = new ValidasiImpor.ItemNomenklatur(urutan++, tingkat.get(), kode, induk, nama,
                    PemeriksaSel.teks(b, "hasil"), PemeriksaSel.teks(b, "indikator"), satuan, polaritas, jenis, baseline,
                    unitId, sumberDana, nilai, new ArrayList<>());
            hasil.add(terakhir);
        }
        if (sel.salah().isEmpty()) {
            // a sub kegiatan's pagu is the sum of its Aktivitas first, then program/kegiatan sums follow from it
            hasil = aktivitas.jumlahkan(hasil, barisPerKode, peringatan);
            bandingkanPagu(hasil, paguTertulis, barisPerKode);
        }
        return hasil;
    }

    /** Warns for each program/kegiatan year whose printed pagu is not the sum of its sub kegiatan. */
    private void bandingkanPagu(List<ValidasiImpor.ItemNomenklatur> item, Map<String, Map<Integer, Long>> paguTertulis,
            Map<String, RenstraBerkas.Baris> barisPerKode) {
        paguTertulis.forEach((kode, perTahun) -> perTahun.forEach((tahun, tertulis) -> {
            long jumlah = Rupiah.jumlah(item.stream()
                    .filter(i -> i.tingkat() == Tingkat.SUB_KEGIATAN && i.kode().startsWith(kode + "."))
                    .map(i -> {
                        NilaiTahun n = i.nilai().get(tahun);
                        return n == null ? null : n.pagu();
                    }).toList());
            if (jumlah != tertulis) {
                RenstraBerkas.Baris b = barisPerKode.get(kode);
                peringatan.add(new MasalahImpor(b.lembar(), b.baris(), sel.label(KolomRenstra.pagu(tahun)),
                        Pesan.get("impor.paguBerbeda", kode, tahun, FormatIndonesia.rupiah(tertulis),
                                FormatIndonesia.rupiah(jumlah))));
            }
        }));
    }

    /**
     * A sub kegiatan's sumber dana: each part an active source of the admin's list, written as its code. On a program or
     * kegiatan row it is only warned about: their money is the sum of their sub kegiatan, whatever its sources.
     */
    private String sumberDana(RenstraBerkas.Baris b, Tingkat tingkat) {
        String isi = PemeriksaSel.teks(b, "sumberDana");
        if (isi == null) {
            return null;
        }
        if (tingkat != Tingkat.SUB_KEGIATAN) {
            peringatan.add(new MasalahImpor(b.lembar(), b.baris(), sel.label("sumberDana"),
                    Pesan.get("impor.sumberDanaDiabaikan")));
            return null;
        }
        Optional<String> masalah = sumberDanaSah.masalah(isi);
        if (masalah.isPresent()) {
            sel.tambah(b, "sumberDana", masalah.get());
            return null;
        }
        String baku = sumberDanaSah.baku(isi).orElse(null);
        Optional<String> panjang = BatasTeks.masalah(baku, BatasTeks.SUMBER_DANA, PemeriksaSel.namaKolom("sumberDana"));
        panjang.ifPresent(m -> sel.tambah(b, "sumberDana", m));
        return panjang.isPresent() ? null : baku;
    }

    private Long unit(RenstraBerkas.Baris b, Tingkat tingkat) {
        String kode = PemeriksaSel.teks(b, "unit");
        if (kode == null) {
            if (tingkat == Tingkat.SUB_KEGIATAN) {
                sel.tambah(b, "unit", Pesan.get("impor.unitWajib"));
            }
            return null;
        }
        Long id = unitPerKode.get(kode.toUpperCase(Locale.ROOT));
        if (id == null) {
            sel.tambah(b, "unit", Pesan.get("impor.unitTidakDikenal", kode));
        }
        return id;
    }
}
