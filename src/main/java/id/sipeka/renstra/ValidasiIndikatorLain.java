package id.sipeka.renstra;

import id.sipeka.base.BatasTeks;
import id.sipeka.base.Pesan;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The second, third, … indicators of the rows of an import file, checked as part of {@link ValidasiImpor}: a row right
 * below its row with no name, filling only the indicator's own columns (indikator, satuan, polaritas, jenis, baseline,
 * targets); pagu, unit, hasil, sumber dana, lokasi belong to the row's first line.
 */
final class ValidasiIndikatorLain {

    /** A further indicator of a row: its own satuan, polarity, kind, baseline and yearly targets. */
    record Item(String indikator, String satuan, Polaritas polaritas, JenisIndikator jenis, BigDecimal baseline,
            Map<Integer, BigDecimal> target) {

        /** Everything an import can change, for comparing and fingerprinting. */
        String ringkas() {
            StringBuilder t = new StringBuilder();
            new TreeMap<>(target).forEach((tahun, nilai) -> {
                if (nilai != null) {
                    t.append(' ').append(tahun).append('=').append(nilai.stripTrailingZeros().toPlainString());
                }
            });
            return indikator + " (" + (satuan == null ? "" : satuan) + ") " + polaritas + " " + jenis + " baseline "
                    + (baseline == null ? "–" : baseline.stripTrailingZeros().toPlainString()) + " target" + t;
        }
    }

    /** Columns a row of a further indicator may fill besides its targets. */
    private static final Set<String> KOLOM = Set.of("kode", "nama", "indikator", "satuan", "polaritas", "jenis", "baseline");

    private final PemeriksaSel sel;
    private final int awal;
    private final int akhir;

    ValidasiIndikatorLain(PemeriksaSel sel, int awal, int akhir) {
        this.sel = sel;
        this.awal = awal;
        this.akhir = akhir;
    }

    /**
     * Whether a row only adds an indicator to the row above: no name, an indicator, and either no code (the code cell
     * of a printed table whose kode and nama are merged over several indicator lines) or the same code again.
     */
    static boolean baris(RenstraBerkas.Baris b, String kode, String kodeTerakhir) {
        return (kode == null || kode.equals(kodeTerakhir)) && PemeriksaSel.teks(b, "nama") == null
                && PemeriksaSel.teks(b, "indikator") != null;
    }

    /** Checks a further indicator's row and adds it to its row. */
    void tambahkan(RenstraBerkas.Baris b, ValidasiImpor.ItemNomenklatur pemilik) {
        for (String kunci : b.sel().keySet()) {
            if (!KOLOM.contains(kunci) && !kunci.startsWith("target:") && PemeriksaSel.teks(b, kunci) != null) {
                sel.tambah(b, kunci, Pesan.get("impor.indikatorLainKolom", pemilik.kode(), PemeriksaSel.namaKolom(kunci)));
            }
        }
        sel.terlaluPanjang(b, "indikator", BatasTeks.INDIKATOR);
        sel.terlaluPanjang(b, "satuan", BatasTeks.SATUAN);
        String satuan = PemeriksaSel.teks(b, "satuan");
        JenisIndikator bawaan = "%".equals(satuan) || pemilik.tingkat() != Tingkat.SUB_KEGIATAN
                ? JenisIndikator.TINGKAT : JenisIndikator.JUMLAH;
        Map<Integer, BigDecimal> target = new TreeMap<>();
        for (int t = awal; t <= akhir; t++) {
            BigDecimal nilai = sel.angka(b, KolomRenstra.target(t), false);
            if (nilai != null) {
                target.put(t, nilai);
            }
        }
        sel.tahunDiLuarPeriode(b, awal, akhir);
        pemilik.indikatorLain().add(new Item(PemeriksaSel.teks(b, "indikator"), satuan,
                sel.pilihan(b, "polaritas", Polaritas.class, Polaritas.NAIK),
                sel.pilihan(b, "jenis", JenisIndikator.class, bawaan),
                sel.angka(b, "baseline", false), target));
    }
}
