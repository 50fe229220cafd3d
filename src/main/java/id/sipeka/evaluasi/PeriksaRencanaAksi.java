package id.sipeka.evaluasi;

import id.sipeka.base.AturanDilanggarException;
import id.sipeka.base.FormatIndonesia;
import id.sipeka.base.Kuantitas;
import id.sipeka.base.Pesan;
import id.sipeka.evaluasi.EvaluasiData.BarisRencanaAksi;
import id.sipeka.evaluasi.EvaluasiData.IndikatorRencanaAksi;
import id.sipeka.renstra.JenisIndikator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What {@link RencanaAksiService} checks of a rencana aksi's quarters: the warnings that never block, and the further
 * indicators' quarters as entered. Every indicator of a row, the first and each further one, gets the same checks.
 */
final class PeriksaRencanaAksi {

    private PeriksaRencanaAksi() {
    }

    /**
     * Warnings that never block: Σ Rp of TW I–IV differs from the sub kegiatan's anggaran; and for each indicator of
     * the row, the first and every further one alike: Σ targets differs from the annual target of a count indicator;
     * a cumulative indicator that falls, or does not reach the annual target in TW IV; a further indicator without
     * any quarterly target (its capaian cannot be computed).
     */
    static List<String> peringatan(List<BarisRencanaAksi> baris) {
        List<String> hasil = new ArrayList<>();
        for (BarisRencanaAksi b : baris) {
            long anggaran = b.anggaran() == null ? 0 : b.anggaran();
            if (b.jumlahRp() != anggaran) {
                hasil.add(Pesan.get("rencanaAksi.rpTidakSama", b.kode(), FormatIndonesia.rupiah(b.jumlahRp()),
                        FormatIndonesia.rupiah(anggaran)));
            }
            peringatanTarget(hasil, b.kode(), b.jenis(), b.targetTahunan(), b.target(), b.satuan());
            for (IndikatorRencanaAksi i : b.indikatorLain()) {
                String nama = namaIndikator(b.kode(), i.urutan(), i.indikator());
                if (i.target().stream().allMatch(Objects::isNull)) {
                    hasil.add(Pesan.get("rencanaAksi.indikatorBelumDiisi", nama));
                    continue;
                }
                peringatanTarget(hasil, nama, i.jenis(), i.targetTahunan(), i.target(), i.satuan());
            }
        }
        return hasil;
    }

    /** How a message names a further indicator of a row: its kode, number and name. */
    static String namaIndikator(String kode, int urutan, String indikator) {
        return Pesan.get("rencanaAksi.namaIndikator", kode, urutan, Objects.toString(indikator, ""));
    }

    /** The checks of one indicator's quarters against its annual target, by its kind; {@code nama} opens each message. */
    private static void peringatanTarget(List<String> hasil, String nama, JenisIndikator jenis, BigDecimal tahunan,
            List<BigDecimal> target, String satuan) {
        if (jenis == JenisIndikator.JUMLAH && tahunan != null) {
            BigDecimal jumlah = target.stream().filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (jumlah.compareTo(tahunan) != 0) {
                hasil.add(Pesan.get("rencanaAksi.targetTidakSama", nama, FormatIndonesia.angka(jumlah),
                        FormatIndonesia.angka(tahunan), Objects.toString(satuan, "")));
            }
        }
        if (jenis == JenisIndikator.KUMULATIF && tahunan != null) {
            BigDecimal tw4 = target.get(3);
            if (tw4 == null || tw4.compareTo(tahunan) != 0) {
                hasil.add(Pesan.get("rencanaAksi.kumulatifTw4", nama, FormatIndonesia.angka(tahunan)));
            }
            for (int i = 1; i < 4; i++) {
                BigDecimal a = target.get(i - 1);
                BigDecimal c = target.get(i);
                if (a != null && c != null && c.compareTo(a) < 0) {
                    hasil.add(Pesan.get("rencanaAksi.kumulatifTurun", nama, FormatIndonesia.triwulan(i + 1)));
                }
            }
        }
    }

    /**
     * The further indicators' quarters as entered, checked as the first indicator's are: an indicator the sub
     * kegiatan has, four quarters, none negative or beyond what a quantity may hold; each message names the
     * indicator.
     */
    static Map<Integer, TargetTriwulan> targetLain(String kode, SumberRenja.Baris sb,
            Map<Integer, List<BigDecimal>> masukan) {
        Map<Integer, SumberRenja.IndikatorLain> ada = new HashMap<>();
        if (sb != null) {
            sb.indikatorLain().forEach(i -> ada.put(i.urutan(), i));
        }
        Map<Integer, TargetTriwulan> hasil = new TreeMap<>();
        for (var e : masukan.entrySet()) {
            SumberRenja.IndikatorLain i = ada.get(e.getKey());
            if (i == null) {
                throw new AturanDilanggarException(Pesan.get("evaluasi.indikatorLainTidakAda", kode));
            }
            if (e.getValue() == null || e.getValue().size() != 4) {
                throw new IllegalArgumentException("Empat triwulan");
            }
            String nama = namaIndikator(kode, i.urutan(), i.indikator());
            List<BigDecimal> target = new ArrayList<>();
            for (int k = 0; k < 4; k++) {
                String tw = FormatIndonesia.triwulan(k + 1);
                BigDecimal t = e.getValue().get(k);
                if (t != null && t.signum() < 0) {
                    throw new AturanDilanggarException(Pesan.get("rencanaAksi.negatifIndikator", nama, tw));
                }
                target.add(Kuantitas.periksa(t, Pesan.get("rencanaAksi.targetIndikator", nama, tw)));
            }
            hasil.put(i.urutan(), TargetTriwulan.dari(target));
        }
        return hasil;
    }
}
