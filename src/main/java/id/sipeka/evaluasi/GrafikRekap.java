package id.sipeka.evaluasi;

import id.sipeka.base.FormatIndonesia;
import id.sipeka.dokumen.GrafikBatang;
import id.sipeka.evaluasi.EvaluasiData.BarisDasbor;
import id.sipeka.evaluasi.EvaluasiData.DasborKabupaten;
import id.sipeka.evaluasi.EvaluasiData.Rekap;
import id.sipeka.evaluasi.EvaluasiData.RekapUnit;
import id.sipeka.evaluasi.EvaluasiData.Ringkasan;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The two charts of a recap — capaian kinerja and keuangan per unit (the recap's quarter) and of the kecamatan per
 * TW — as {@link GrafikBatang.Data}, so the recap screen and the recap document draw the very same picture.
 */
public final class GrafikRekap {

    private GrafikRekap() {
    }

    /** Each unit's averages of the recap's quarter; empty while no unit's report of that quarter is signed. */
    public static Optional<GrafikBatang.Data> perUnit(Rekap r) {
        int tw = r.sampaiTriwulan();
        if (r.unit().stream().noneMatch(u -> u.triwulan().containsKey(tw))) {
            return Optional.empty();
        }
        List<String> nama = r.unit().stream().map(RekapUnit::unitNama).toList();
        List<Ringkasan> ringkasan = r.unit().stream().map(u -> u.triwulan().get(tw)).toList();
        return Optional.of(new GrafikBatang.Data("Capaian per unit TW " + FormatIndonesia.triwulan(tw) + " " + r.tahun(), nama,
                List.of(new GrafikBatang.Seri("Capaian kinerja", ringkasan.stream().map(x -> x == null ? null : x.rataKinerja()).toList()),
                        new GrafikBatang.Seri("Capaian keuangan",
                                ringkasan.stream().map(x -> x == null ? null : x.capaianKeuangan()).toList()))));
    }

    /**
     * The kecamatan per TW I–IV: capaian kinerja as the mean of the units' averages (satuan differ), keuangan as
     * the ratio of all units' sums. Empty while no report is signed.
     */
    public static Optional<GrafikBatang.Data> perTriwulan(Rekap r) {
        if (r.unit().stream().allMatch(u -> u.triwulan().isEmpty())) {
            return Optional.empty();
        }
        List<String> triwulan = new ArrayList<>();
        List<BigDecimal> kinerja = new ArrayList<>();
        List<BigDecimal> keuangan = new ArrayList<>();
        List<CapaianTriwulan> nilai = nilaiPerTriwulan(r);
        for (int tw = 1; tw <= 4; tw++) {
            triwulan.add("TW " + FormatIndonesia.triwulan(tw));
            kinerja.add(nilai.get(tw - 1).kinerja());
            keuangan.add(nilai.get(tw - 1).keuangan());
        }
        return Optional.of(new GrafikBatang.Data("Capaian kecamatan per triwulan " + r.tahun(), triwulan,
                List.of(new GrafikBatang.Seri("Capaian kinerja", kinerja), new GrafikBatang.Seri("Capaian keuangan", keuangan))));
    }

    /**
     * The kabupaten's dashboard: each ranked kecamatan's capaian kinerja and keuangan of the year so far (its recap's
     * JUMLAH line), best first, drawn like the recap's charts. Empty while no kecamatan has a capaian.
     */
    public static Optional<GrafikBatang.Data> perKecamatan(DasborKabupaten d) {
        List<BarisDasbor> ada = d.baris().stream().filter(b -> b.peringkat() != null).toList();
        if (ada.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new GrafikBatang.Data("Capaian kecamatan tahun " + d.tahun() + " s.d. triwulan berjalan",
                "Kabupaten " + d.kabupatenNama(), ada.stream().map(BarisDasbor::kecamatanNama).toList(),
                List.of(new GrafikBatang.Seri("Capaian kinerja", ada.stream().map(BarisDasbor::capaianKinerja).toList()),
                        new GrafikBatang.Seri("Capaian keuangan", ada.stream().map(BarisDasbor::capaianKeuangan).toList()))));
    }

    /** The kecamatan's capaian of one quarter, as the chart per TW shows it (null = "–"). */
    record CapaianTriwulan(BigDecimal kinerja, BigDecimal keuangan) {
    }

    /**
     * TW I–IV (index 0 = TW I) of the recap: kinerja the mean of the units' averages of the quarter, keuangan the
     * ratio of the units' sums; the chart per TW and the kabupaten's dashboard show these very values.
     */
    static List<CapaianTriwulan> nilaiPerTriwulan(Rekap r) {
        List<CapaianTriwulan> hasil = new ArrayList<>();
        for (int tw = 1; tw <= 4; tw++) {
            int t = tw;
            List<Ringkasan> semua = r.unit().stream().map(u -> u.triwulan().get(t)).filter(Objects::nonNull).toList();
            hasil.add(new CapaianTriwulan(Capaian.rataRata(semua.stream().map(Ringkasan::rataKinerja).toList()),
                    Capaian.keuanganKelompok(semua.stream().map(Ringkasan::targetRp).toList(),
                            semua.stream().map(Ringkasan::realisasiRp).toList())));
        }
        return hasil;
    }
}
