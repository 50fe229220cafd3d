package id.sipeka.renstra;

import id.sipeka.base.AngkaIndonesia;
import id.sipeka.base.BatasTeks;
import id.sipeka.base.FormatIndonesia;
import id.sipeka.base.Kuantitas;
import id.sipeka.base.Pesan;
import id.sipeka.base.Rupiah;
import id.sipeka.organisasi.AturanLokasi;
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
 * Checks a whole import file and collects every problem (row, column, reason) instead of stopping at the first.
 * What passes becomes a {@link Rencana}: typed rows ready to store. Pagu printed on program or kegiatan rows is
 * compared with the sum of their sub kegiatan and only warned about: the computed sum is what counts. Every number is
 * a bounded {@link Rupiah} or {@link Kuantitas} and every text fits its column ({@link BatasTeks}), so a file the check
 * passes is stored whole and its totals cannot overflow.
 */
final class ValidasiImpor {

    /** A Renstra runs 5 years; a transition Renstra (e.g. 2024–2026, between two RPJMD) 3 or 4. */
    static final int PERIODE_TERPENDEK = 3;
    static final int PERIODE_TERPANJANG = 5;

    record ItemNomenklatur(int urutan, Tingkat tingkat, String kode, String induk, String nama, String hasil,
            String indikator, String satuan, Polaritas polaritas, JenisIndikator jenis, BigDecimal baseline,
            Long unitKerjaId, String sumberDana, Map<Integer, NilaiTahun> nilai, List<ValidasiIndikatorLain.Item> indikatorLain) {
    }

    record ItemTujuan(int urutan, Tingkat tingkat, String kode, String induk, String uraian, String indikator,
            String satuan, Polaritas polaritas, BigDecimal baseline, Map<Integer, BigDecimal> target) {
    }

    /** An Aktivitas under the sub kegiatan {@code induk}; pagu per year, a year left empty absent. */
    record ItemAktivitas(int urutan, String kode, String induk, String nama, BigDecimal volume, String satuan,
            Prioritas prioritas, String lokasi, Map<Integer, Long> pagu) {
    }

    /** @param lokasi the lokasi of each sub kegiatan that has one, by code */
    record Rencana(int tahunAwal, int tahunAkhir, List<ItemNomenklatur> nomenklatur, List<ItemTujuan> tujuan,
            List<MasalahImpor> peringatan, List<ItemAktivitas> aktivitas, Map<String, String> lokasi) {
    }

    /**
     * What the file is checked against besides itself: the kecamatan's unit kerja by code (upper case), whether its
     * kabupaten plans Aktivitas, and the kecamatan's lokasi rule ({@code null}: no lokasi rule, any text fits).
     */
    record AturanKecamatan(Map<String, Long> unitPerKode, boolean pakaiAktivitas, AturanLokasi lokasi) {
    }

    private final RenstraBerkas berkas;
    private final Map<String, Long> unitPerKode;
    private final AturanKecamatan aturan;
    private final SumberDanaService.Pemeriksa sumberDanaSah;
    private final Map<String, String> lokasiSub = new LinkedHashMap<>();
    private final List<MasalahImpor> salah = new ArrayList<>();
    private final List<MasalahImpor> peringatan = new ArrayList<>();

    /** @param sumberDanaSah the admin's list of sumber dana */
    private ValidasiImpor(RenstraBerkas berkas, AturanKecamatan aturan, SumberDanaService.Pemeriksa sumberDanaSah) {
        this.berkas = berkas;
        this.unitPerKode = aturan.unitPerKode();
        this.aturan = aturan;
        this.sumberDanaSah = sumberDanaSah;
    }

    /** @throws ImporDitolakException with every problem, when there is any */
    static Rencana periksa(RenstraBerkas berkas, AturanKecamatan aturan, SumberDanaService.Pemeriksa sumberDanaSah) {
        return new ValidasiImpor(berkas, aturan, sumberDanaSah).jalankan();
    }

    private Rencana jalankan() {
        salah.addAll(berkas.masalahBaca());
        Integer awal = berkas.tahunAwal();
        Integer akhir = berkas.tahunAkhir();
        if (awal == null || akhir == null || !periodeSah(awal, akhir)) {
            if (berkas.masalahBaca().isEmpty() || awal != null) {
                salah.add(masalahPeriode(awal, akhir));
            }
            throw new ImporDitolakException(salah);
        }
        if (berkas.nomenklatur().isEmpty()) {
            salah.add(new MasalahImpor(lembarNomenklatur(), null, null, Pesan.get("impor.kosong")));
        }
        ValidasiAktivitas aktivitas = new ValidasiAktivitas(this, aturan.pakaiAktivitas(), awal, akhir);
        ValidasiIndikatorLain indikatorLain = new ValidasiIndikatorLain(this, awal, akhir);
        List<ItemNomenklatur> nomenklatur = nomenklatur(awal, akhir, aktivitas, indikatorLain);
        List<ItemTujuan> tujuan = tujuan(awal, akhir);
        if (!salah.isEmpty()) {
            throw new ImporDitolakException(salah);
        }
        return new Rencana(awal, akhir, nomenklatur, tujuan, List.copyOf(peringatan), aktivitas.item(),
                Map.copyOf(lokasiSub));
    }

    static boolean periodeSah(int awal, int akhir) {
        int lama = akhir - awal + 1;
        return lama >= PERIODE_TERPENDEK && lama <= PERIODE_TERPANJANG;
    }

    /**
     * Where the period is read: the year columns of the Nomenklatur sheet (its header row) in a spreadsheet, the
     * tahunAwal/tahunAkhir fields in JSON.
     */
    private MasalahImpor masalahPeriode(Integer awal, Integer akhir) {
        String alasan = awal == null || akhir == null
                ? Pesan.get("impor.periodeTidakAda", PERIODE_TERPENDEK, PERIODE_TERPANJANG)
                : Pesan.get("impor.periode", PERIODE_TERPENDEK, PERIODE_TERPANJANG, awal, akhir, akhir - awal + 1);
        if (berkas.barisJudul() == null) {
            return new MasalahImpor(null, null, "tahunAwal, tahunAkhir", alasan);
        }
        String kolom = awal == null ? null : berkas.label(KolomRenstra.target(awal)) + " … "
                + berkas.label(KolomRenstra.target(akhir));
        return new MasalahImpor(lembarNomenklatur(), berkas.barisJudul(), kolom, alasan);
    }

    /** The sheet the nomenclature came from: the template's, or the one of a file in SIPD's layout. */
    private String lembarNomenklatur() {
        return berkas.label("kode").contains(KolomSipdRenstra.DEPAN.get(2).label()) ? KolomSipdRenstra.LEMBAR
                : RenstraBerkas.LEMBAR_NOMENKLATUR;
    }

    private List<ItemNomenklatur> nomenklatur(int awal, int akhir, ValidasiAktivitas aktivitas,
            ValidasiIndikatorLain indikatorLain) {
        Map<String, RenstraBerkas.Baris> barisPerKode = new HashMap<>();
        Map<String, Tingkat> tingkatPerKode = new HashMap<>();
        List<ItemNomenklatur> hasil = new ArrayList<>();
        // Pagu as printed on program/kegiatan rows, to compare with the computed sums afterwards.
        Map<String, Map<Integer, Long>> paguTertulis = new LinkedHashMap<>();
        int urutan = 0;
        ItemNomenklatur terakhir = null;
        String kodeTerakhir = null; // of the last row that is not a further indicator ("" when it had no code)
        String subTerakhir = null; // an Aktivitas row follows its sub kegiatan (or that one's other Aktivitas)
        for (RenstraBerkas.Baris b : berkas.nomenklatur()) {
            String kode = teks(b, "kode");
            if (terlaluPanjang(b, "kode", BatasTeks.KODE)) {
                continue;
            }
            if (kodeTerakhir != null && ValidasiIndikatorLain.baris(b, kode, kodeTerakhir)) {
                if (terakhir != null && terakhir.kode().equals(kodeTerakhir)) {
                    indikatorLain.tambahkan(b, terakhir);
                } else if (KodeNomenklatur.tingkat(kodeTerakhir).orElse(null) == Tingkat.AKTIVITAS) {
                    tambah(b, "indikator", Pesan.get("impor.indikatorLainSesudahAktivitas", kodeTerakhir));
                } // else it belongs to a row refused above, whose problem is already named
                continue;
            }
            kodeTerakhir = kode == null ? "" : kode;
            Optional<Tingkat> tingkat = KodeNomenklatur.tingkat(kode);
            if (kode == null) {
                tambah(b, "kode", Pesan.get("validasi.wajibIsi", "Kode"));
                continue;
            }
            if (tingkat.isEmpty()) {
                tambah(b, "kode", Pesan.get("impor.kodeFormat", kode));
                continue;
            }
            RenstraBerkas.Baris sebelumnya = barisPerKode.putIfAbsent(kode, b);
            if (sebelumnya != null) {
                tambah(b, "kode", Pesan.get("impor.kodeGanda", kode, sebelumnya.baris()));
                continue;
            }
            tingkatPerKode.put(kode, tingkat.get());
            String induk = KodeNomenklatur.induk(kode).orElse(null);
            if (tingkat.get() == Tingkat.AKTIVITAS) {
                aktivitas.baris(b, kode, induk, subTerakhir);
                continue;
            }
            subTerakhir = tingkat.get() == Tingkat.SUB_KEGIATAN ? kode : null;
            aktivitas.bukanAktivitas(b);
            lokasi(b, tingkat.get() == Tingkat.SUB_KEGIATAN).ifPresent(l -> lokasiSub.put(kode, l));
            if (induk != null && !barisPerKode.containsKey(induk)) {
                tambah(b, "kode", Pesan.get("impor.indukTidakAda", kode, induk));
            }
            String nama = teks(b, "nama");
            if (nama == null) {
                tambah(b, "nama", Pesan.get("validasi.wajibIsi", "Nama"));
            }
            terlaluPanjang(b, "nama", BatasTeks.NAMA_NOMENKLATUR);
            terlaluPanjang(b, "hasil", BatasTeks.HASIL);
            terlaluPanjang(b, "indikator", BatasTeks.INDIKATOR);
            terlaluPanjang(b, "satuan", BatasTeks.SATUAN);
            String satuan = teks(b, "satuan");
            Polaritas polaritas = pilihan(b, "polaritas", Polaritas.class, Polaritas.NAIK);
            JenisIndikator bawaan = "%".equals(satuan) || tingkat.get() != Tingkat.SUB_KEGIATAN
                    ? JenisIndikator.TINGKAT : JenisIndikator.JUMLAH;
            JenisIndikator jenis = pilihan(b, "jenis", JenisIndikator.class, bawaan);
            BigDecimal baseline = angka(b, "baseline", false);
            Long unitId = unit(b, tingkat.get());
            String sumberDana = sumberDana(b, tingkat.get());
            Map<Integer, NilaiTahun> nilai = new TreeMap<>();
            Map<Integer, Long> tertulis = new TreeMap<>();
            for (int t = awal; t <= akhir; t++) {
                BigDecimal target = angka(b, KolomRenstra.target(t), false);
                BigDecimal pagu = angka(b, KolomRenstra.pagu(t), true);
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
            tahunDiLuarPeriode(b, awal, akhir);
            if (!tertulis.isEmpty()) {
                paguTertulis.put(kode, tertulis);
            }
            terakhir = new ItemNomenklatur(urutan++, tingkat.get(), kode, induk, nama, teks(b, "hasil"),
                    teks(b, "indikator"), satuan, polaritas, jenis, baseline, unitId, sumberDana, nilai, new ArrayList<>());
            hasil.add(terakhir);
        }
        if (salah.isEmpty()) {
            // a sub kegiatan's pagu is the sum of its Aktivitas first, then program/kegiatan sums follow from it
            hasil = aktivitas.jumlahkan(hasil, barisPerKode, peringatan);
            bandingkanPagu(hasil, paguTertulis, barisPerKode);
        }
        return hasil;
    }

    /** Warns for each program/kegiatan year whose printed pagu is not the sum of its sub kegiatan. */
    private void bandingkanPagu(List<ItemNomenklatur> item, Map<String, Map<Integer, Long>> paguTertulis,
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
                peringatan.add(new MasalahImpor(b.lembar(), b.baris(), berkas.label(KolomRenstra.pagu(tahun)),
                        Pesan.get("impor.paguBerbeda", kode, tahun, FormatIndonesia.rupiah(tertulis),
                                FormatIndonesia.rupiah(jumlah))));
            }
        }));
    }

    private List<ItemTujuan> tujuan(int awal, int akhir) {
        Map<String, Integer> barisPerKode = new HashMap<>();
        List<ItemTujuan> hasil = new ArrayList<>();
        int urutan = 0;
        for (RenstraBerkas.Baris b : berkas.tujuanSasaran()) {
            String kode = teks(b, "kode");
            if (terlaluPanjang(b, "kode", BatasTeks.KODE)) {
                continue;
            }
            Optional<Tingkat> tingkat = KodeNomenklatur.tingkatTujuanSasaran(kode);
            if (kode == null || tingkat.isEmpty()) {
                tambah(b, "kode", kode == null ? Pesan.get("validasi.wajibIsi", "Kode") : Pesan.get("impor.kodeTujuan", kode));
                continue;
            }
            Integer sebelumnya = barisPerKode.putIfAbsent(kode, b.baris());
            if (sebelumnya != null) {
                tambah(b, "kode", Pesan.get("impor.kodeGanda", kode, sebelumnya));
                continue;
            }
            String induk = tingkat.get() == Tingkat.SASARAN ? kode.substring(0, kode.indexOf('.')) : null;
            if (induk != null && !barisPerKode.containsKey(induk)) {
                tambah(b, "kode", Pesan.get("impor.indukTidakAda", kode, induk));
            }
            String uraian = teks(b, "uraian");
            if (uraian == null) {
                tambah(b, "uraian", Pesan.get("validasi.wajibIsi", "Uraian"));
            }
            terlaluPanjang(b, "uraian", BatasTeks.URAIAN);
            terlaluPanjang(b, "indikator", BatasTeks.INDIKATOR);
            terlaluPanjang(b, "satuan", BatasTeks.SATUAN);
            Map<Integer, BigDecimal> target = new TreeMap<>();
            for (int t = awal; t <= akhir; t++) {
                target.put(t, angka(b, KolomRenstra.target(t), false));
            }
            tahunDiLuarPeriode(b, awal, akhir);
            hasil.add(new ItemTujuan(urutan++, tingkat.get(), kode, induk, uraian, teks(b, "indikator"), teks(b, "satuan"),
                    pilihan(b, "polaritas", Polaritas.class, Polaritas.NAIK), angka(b, "baseline", false), target));
        }
        return hasil;
    }

    /**
     * A sub kegiatan's sumber dana: each part an active source of the admin's list, written as its code. On a program or
     * kegiatan row it is only warned about: their money is the sum of their sub kegiatan, whatever its sources.
     */
    private String sumberDana(RenstraBerkas.Baris b, Tingkat tingkat) {
        String isi = teks(b, "sumberDana");
        if (isi == null) {
            return null;
        }
        if (tingkat != Tingkat.SUB_KEGIATAN) {
            peringatan.add(new MasalahImpor(b.lembar(), b.baris(), berkas.label("sumberDana"),
                    Pesan.get("impor.sumberDanaDiabaikan")));
            return null;
        }
        Optional<String> masalah = sumberDanaSah.masalah(isi);
        if (masalah.isPresent()) {
            tambah(b, "sumberDana", masalah.get());
            return null;
        }
        String baku = sumberDanaSah.baku(isi).orElse(null);
        Optional<String> panjang = BatasTeks.masalah(baku, BatasTeks.SUMBER_DANA, namaKolom("sumberDana"));
        panjang.ifPresent(m -> tambah(b, "sumberDana", m));
        return panjang.isPresent() ? null : baku;
    }

    private Long unit(RenstraBerkas.Baris b, Tingkat tingkat) {
        String kode = teks(b, "unit");
        if (kode == null) {
            if (tingkat == Tingkat.SUB_KEGIATAN) {
                tambah(b, "unit", Pesan.get("impor.unitWajib"));
            }
            return null;
        }
        Long id = unitPerKode.get(kode.toUpperCase(Locale.ROOT));
        if (id == null) {
            tambah(b, "unit", Pesan.get("impor.unitTidakDikenal", kode));
        }
        return id;
    }

    void tahunDiLuarPeriode(RenstraBerkas.Baris b, int awal, int akhir) {
        for (String kunci : b.sel().keySet()) {
            int tahun = KolomRenstra.tahunDari(kunci);
            if (tahun > 0 && (tahun < awal || tahun > akhir)) {
                tambah(b, kunci, Pesan.get("impor.tahunDiLuarPeriode", tahun, awal, akhir));
            }
        }
    }

    BigDecimal angka(RenstraBerkas.Baris b, String kunci, boolean rupiah) {
        Object nilai = b.sel().get(kunci);
        BigDecimal angka;
        if (nilai == null) {
            return null;
        } else if (nilai instanceof BigDecimal d) {
            angka = d;
        } else {
            try {
                angka = AngkaIndonesia.parse(nilai.toString()).orElse(null);
            } catch (NumberFormatException e) {
                tambah(b, kunci, Pesan.get("impor.bukanAngka", nilai));
                return null;
            }
        }
        if (angka == null) {
            return null;
        }
        if (angka.signum() < 0) {
            tambah(b, kunci, Pesan.get("impor.negatif", nilai));
            return null;
        }
        if (rupiah && angka.stripTrailingZeros().scale() > 0) {
            tambah(b, kunci, Pesan.get("impor.rupiahDesimal", nilai));
            return null;
        }
        Optional<String> diLuarBatas = rupiah ? Rupiah.masalah(angka, namaKolom(kunci)) : Kuantitas.masalah(angka, namaKolom(kunci));
        if (diLuarBatas.isPresent()) {
            tambah(b, kunci, diLuarBatas.get());
            return null;
        }
        return rupiah ? angka.setScale(0) : Kuantitas.periksa(angka, namaKolom(kunci));
    }

    /** Adds a problem when the text of the column is longer than its database column; true if it is. */
    boolean terlaluPanjang(RenstraBerkas.Baris b, String kunci, int batas) {
        Optional<String> masalah = BatasTeks.masalah(teks(b, kunci), batas, namaKolom(kunci));
        masalah.ifPresent(m -> tambah(b, kunci, m));
        return masalah.isPresent();
    }

    /** How a message names a column, whichever file it came from: "Nama", "Target 2026", "Pagu 2026". */
    static String namaKolom(String kunci) {
        int tahun = KolomRenstra.tahunDari(kunci);
        if (tahun > 0) {
            return kunci.startsWith("pagu") ? Pesan.get("renstra.namaPagu", tahun) : Pesan.get("renstra.namaTarget", tahun);
        }
        return java.util.stream.Stream.of(KolomRenstra.NOMENKLATUR, KolomRenstra.TUJUAN_SASARAN).flatMap(List::stream)
                .filter(k -> k.kunci().equals(kunci)).findFirst().map(KolomRenstra.Kolom::label).orElse(kunci);
    }

    <E extends Enum<E>> E pilihan(RenstraBerkas.Baris b, String kunci, Class<E> jenis, E bawaan) {
        String teks = teks(b, kunci);
        if (teks == null) {
            return bawaan;
        }
        try {
            return Enum.valueOf(jenis, teks.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            StringBuilder pilihan = new StringBuilder();
            for (E e2 : jenis.getEnumConstants()) {
                pilihan.append(pilihan.isEmpty() ? "" : ", ").append(e2.name());
            }
            tambah(b, kunci, Pesan.get("impor.pilihanSalah", teks, pilihan));
            return bawaan;
        }
    }

    static String teks(RenstraBerkas.Baris b, String kunci) {
        Object nilai = b.sel().get(kunci);
        if (nilai == null) {
            return null;
        }
        // a number with a huge exponent where a text belongs (1E+999999999 as a name) is not written out digit by digit
        String s = nilai instanceof BigDecimal d ? (Math.abs((long) d.scale()) > 100 ? d.toString() : d.toPlainString())
                : nilai.toString().strip();
        return s.isEmpty() ? null : s;
    }

    void tambah(RenstraBerkas.Baris b, String kunci, String alasan) {
        salah.add(new MasalahImpor(b.lembar(), b.baris(), berkas.label(kunci), alasan));
    }

    /** How a message names the column of a key, as the file named it ("Pagu 2025", "pagu.2025"). */
    String label(String kunci) {
        return berkas.label(kunci);
    }

    /**
     * The Lokasi column of a row: only sub kegiatan and Aktivitas have one ({@code boleh}); it must fit its column and
     * name the kecamatan or its desa (the rule Renja rows follow too).
     */
    Optional<String> lokasi(RenstraBerkas.Baris b, boolean boleh) {
        String lokasi = teks(b, "lokasi");
        if (lokasi == null) {
            return Optional.empty();
        }
        if (!boleh) {
            tambah(b, "lokasi", Pesan.get("impor.lokasiHanyaSub"));
            return Optional.empty();
        }
        if (terlaluPanjang(b, "lokasi", BatasTeks.LOKASI)) {
            return Optional.empty();
        }
        Optional<String> masalah = aturan.lokasi() == null ? Optional.empty() : aturan.lokasi().masalah(lokasi);
        masalah.ifPresent(m -> tambah(b, "lokasi", m));
        return masalah.isPresent() ? Optional.empty() : Optional.of(lokasi);
    }
}
