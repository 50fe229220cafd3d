package id.sipeka.evaluasi;

import id.sipeka.base.Rupiah;
import id.sipeka.renstra.JenisIndikator;
import id.sipeka.renstra.Polaritas;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Every capaian of SIPEKA is computed here (GUIDE §5), on screens, in documents and in the recap alike. Values are
 * returned unrounded; they are rounded once, half-up to two decimals, when shown ({@link #bulat}). A capaian that
 * cannot be computed (target 0 or missing, realisasi not entered) is {@code null} and shown as "–".
 */
public final class Capaian {

    private static final MathContext PRESISI = MathContext.DECIMAL64;
    private static final BigDecimal SERATUS = BigDecimal.valueOf(100);
    private static final BigDecimal DUA = BigDecimal.valueOf(2);

    private Capaian() {
    }

    /**
     * Capaian kinerja = realisasi / target × 100, never capped at 100. For a lower-is-better indicator:
     * (2 × target − realisasi) / target × 100, floored at 0.
     */
    public static BigDecimal kinerja(BigDecimal target, BigDecimal realisasi, Polaritas polaritas) {
        if (target == null || target.signum() == 0 || realisasi == null) {
            return null;
        }
        if (polaritas == Polaritas.TURUN) {
            BigDecimal nilai = DUA.multiply(target).subtract(realisasi).multiply(SERATUS).divide(target, PRESISI);
            return nilai.signum() < 0 ? BigDecimal.ZERO : nilai;
        }
        return realisasi.multiply(SERATUS).divide(target, PRESISI);
    }

    /** Capaian keuangan of one row: realisasi Rp / target Rp × 100. */
    public static BigDecimal keuangan(Long target, Long realisasi) {
        if (target == null || target == 0 || realisasi == null) {
            return null;
        }
        return BigDecimal.valueOf(realisasi).multiply(SERATUS).divide(BigDecimal.valueOf(target), PRESISI);
    }

    /** Capaian keuangan of a group: the ratio of the sums (Σ realisasi / Σ target), never an average of ratios. */
    public static BigDecimal keuanganKelompok(Collection<Long> target, Collection<Long> realisasi) {
        return keuangan(jumlah(target), jumlah(realisasi));
    }

    /**
     * Average capaian kinerja of a unit or group: the mean of its rows' capaian (their satuan differ, so values are
     * never added). Rows whose capaian is "–" do not count; none left gives "–".
     */
    public static BigDecimal rataRata(Collection<BigDecimal> capaian) {
        List<BigDecimal> ada = capaian.stream().filter(Objects::nonNull).toList();
        if (ada.isEmpty()) {
            return null;
        }
        return ada.stream().reduce(BigDecimal.ZERO, BigDecimal::add).divide(BigDecimal.valueOf(ada.size()), PRESISI);
    }

    /**
     * The capaian of a row (a sub kegiatan) measured by several indicators: the mean of each indicator's own capaian
     * ({@code perIndikator}, the first indicator first), since their satuan differ and values are never added. An
     * indicator whose capaian is "–" (no target for the period, a target of 0, or no realisasi: exactly when the first
     * indicator's is "–" today) does not count, as a row without capaian does not count in a unit's average; none
     * left gives "–". A row with one indicator keeps that indicator's value unchanged.
     */
    public static BigDecimal baris(List<BigDecimal> perIndikator) {
        if (perIndikator.size() == 1) {
            return perIndikator.getFirst();
        }
        return rataRata(perIndikator);
    }

    /**
     * The realisasi of the year so far from the quarters' values TW I..n (index 0 = TW I; a quarter not reported is
     * null): a count per period adds up, a level takes the last reported quarter, a cumulative indicator already
     * reports the value so far, so it too takes the last one.
     */
    public static BigDecimal sampaiDengan(JenisIndikator jenis, List<BigDecimal> perTriwulan) {
        if (jenis == JenisIndikator.JUMLAH) {
            return perTriwulan.stream().filter(Objects::nonNull).reduce(BigDecimal::add).orElse(null);
        }
        for (int i = perTriwulan.size() - 1; i >= 0; i--) {
            if (perTriwulan.get(i) != null) {
                return perTriwulan.get(i);
            }
        }
        return null;
    }

    /**
     * Efisiensi of the LKjIP (PermenPAN-RB 53/2014 asks for the efficiency of resources; the guide sets no formula):
     * capaian kinerja − capaian keuangan, in percentage points. Positive: more was achieved than the share of the
     * budget spent; negative: money went further than the results. "–" when either is "–".
     */
    public static BigDecimal efisiensi(BigDecimal capaianKinerja, BigDecimal capaianKeuangan) {
        return capaianKinerja == null || capaianKeuangan == null ? null : capaianKinerja.subtract(capaianKeuangan);
    }

    /** Sum of rupiah values; missing ones count as nothing. Exact: never wraps around to a negative total. */
    public static Long jumlah(Collection<Long> nilai) {
        return Rupiah.jumlah(nilai);
    }

    /** The value as shown: two decimals, half-up. Predikat is taken from this shown value, so the two never disagree. */
    public static BigDecimal bulat(BigDecimal capaian) {
        return capaian == null ? null : capaian.setScale(2, RoundingMode.HALF_UP);
    }
}
