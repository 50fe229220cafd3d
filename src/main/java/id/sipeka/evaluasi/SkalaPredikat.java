package id.sipeka.evaluasi;

import id.sipeka.base.AturanDilanggarException;
import id.sipeka.base.FormatIndonesia;
import id.sipeka.base.Pesan;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A kabupaten's predikat scale: ranges of capaian, each [dari, sampai) with a label. The lowest range has no lower
 * bound and the highest no upper bound (values above 100 take the top label), and consecutive ranges meet exactly:
 * a scale with a gap or an overlap is refused when it is built.
 */
public record SkalaPredikat(String nama, List<Rentang> rentang) {

    /** One label's range; {@code dari} null = no lower bound, {@code sampai} null = no upper bound (exclusive). */
    public record Rentang(String label, BigDecimal dari, BigDecimal sampai) {
    }

    /** Permendagri 86/2017: Sangat Tinggi ≥ 91; Tinggi 76 to < 91; Sedang 66 to < 76; Rendah 51 to < 66; Sangat Rendah < 51. */
    public static final SkalaPredikat PERMENDAGRI_86 = new SkalaPredikat("Permendagri 86/2017", List.of(
            new Rentang("Sangat Rendah", null, angka(51)), new Rentang("Rendah", angka(51), angka(66)),
            new Rentang("Sedang", angka(66), angka(76)), new Rentang("Tinggi", angka(76), angka(91)),
            new Rentang("Sangat Tinggi", angka(91), null)));

    /** The preset printed in the seeds' reports: Sangat Baik ≥ 86; Baik 70 to < 86; Sedang 55 to < 70; Kurang Baik < 55. */
    public static final SkalaPredikat PRESET_LAPORAN = new SkalaPredikat("Sangat Baik / Baik / Sedang / Kurang Baik", List.of(
            new Rentang("Kurang Baik", null, angka(55)), new Rentang("Baik", angka(70), angka(86)),
            new Rentang("Sedang", angka(55), angka(70)), new Rentang("Sangat Baik", angka(86), null)));

    public SkalaPredikat {
        rentang = urut(rentang);
        periksa(rentang);
    }

    /** The label for a capaian as shown (two decimals); "–" has no predikat. */
    public String predikat(BigDecimal capaian) {
        if (capaian == null) {
            return "–";
        }
        BigDecimal nilai = Capaian.bulat(capaian);
        for (Rentang r : rentang) {
            if ((r.dari == null || nilai.compareTo(r.dari) >= 0) && (r.sampai == null || nilai.compareTo(r.sampai) < 0)) {
                return r.label;
            }
        }
        throw new IllegalStateException("Skala tanpa celah selalu memberi label");
    }

    private static List<Rentang> urut(List<Rentang> rentang) {
        List<Rentang> hasil = new ArrayList<>(rentang);
        hasil.sort(Comparator.comparing(Rentang::dari, Comparator.nullsFirst(Comparator.naturalOrder())));
        return List.copyOf(hasil);
    }

    private static void periksa(List<Rentang> rentang) {
        if (rentang.size() < 2) {
            throw new AturanDilanggarException(Pesan.get("predikat.minimalDua"));
        }
        Set<String> label = new HashSet<>();
        for (Rentang r : rentang) {
            if (r.label == null || r.label.isBlank()) {
                throw new AturanDilanggarException(Pesan.get("predikat.labelWajib"));
            }
            if (!label.add(r.label.strip().toLowerCase())) {
                throw new AturanDilanggarException(Pesan.get("predikat.labelGanda", r.label));
            }
            if (r.dari != null && r.sampai != null && r.dari.compareTo(r.sampai) >= 0) {
                throw new AturanDilanggarException(Pesan.get("predikat.batasTerbalik", r.label));
            }
        }
        if (rentang.getFirst().dari != null) {
            throw new AturanDilanggarException(Pesan.get("predikat.bawahTerbuka", rentang.getFirst().label));
        }
        if (rentang.getLast().sampai != null) {
            throw new AturanDilanggarException(Pesan.get("predikat.atasTerbuka", rentang.getLast().label));
        }
        for (int i = 0; i + 1 < rentang.size(); i++) {
            Rentang bawah = rentang.get(i);
            Rentang atas = rentang.get(i + 1);
            if (bawah.sampai == null || atas.dari == null) {
                throw new AturanDilanggarException(Pesan.get("predikat.tanpaBatas", bawah.label, atas.label));
            }
            int beda = bawah.sampai.compareTo(atas.dari);
            if (beda < 0) {
                throw new AturanDilanggarException(Pesan.get("predikat.celah", bawah.label, FormatIndonesia.angka(bawah.sampai), atas.label, FormatIndonesia.angka(atas.dari)));
            }
            if (beda > 0) {
                throw new AturanDilanggarException(Pesan.get("predikat.tumpangTindih", bawah.label, atas.label, FormatIndonesia.angka(atas.dari), FormatIndonesia.angka(bawah.sampai)));
            }
        }
    }

    private static BigDecimal angka(int nilai) {
        return BigDecimal.valueOf(nilai);
    }
}
