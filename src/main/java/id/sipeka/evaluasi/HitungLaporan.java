package id.sipeka.evaluasi;

import id.sipeka.base.Rupiah;
import id.sipeka.evaluasi.EvaluasiData.BarisLaporan;
import id.sipeka.evaluasi.EvaluasiData.BuktiData;
import id.sipeka.evaluasi.EvaluasiData.IndikatorLainLaporan;
import id.sipeka.evaluasi.EvaluasiData.KegiatanData;
import id.sipeka.evaluasi.EvaluasiData.Ringkasan;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Puts a report row together: what the unit entered, its rencana aksi, its earlier quarters, and every capaian from
 * {@link Capaian}. The screens, the documents and the recap all read these rows, so a figure is computed once.
 */
final class HitungLaporan {

    private HitungLaporan() {
    }

    /**
     * @param perTw the unit's rows of this sub kegiatan by quarter, this report's own row at its quarter
     */
    static BarisLaporan baris(SumberRenja.Baris b, RencanaAksi ra, int triwulan, LaporanBaris isian,
            Map<Integer, LaporanBaris> perTw, SkalaPredikat skala, List<KegiatanData> kegiatan, List<BuktiData> bukti) {
        List<BigDecimal> realisasiPerTw = kinerjaSampai(triwulan, perTw);
        List<Long> rpPerTw = rpSampai(triwulan, perTw);
        BigDecimal targetTw = ra == null ? null : RencanaAksiService.target(ra).get(triwulan - 1);
        AngkaTriwulan angka = angkaTriwulan(b, ra, triwulan, isian);
        Long targetRpTw = angka.targetRpTw();
        List<IndikatorLainLaporan> lain = indikatorLain(b, ra, triwulan, isian, perTw);
        BigDecimal capaianTwPertama = Capaian.kinerja(targetTw, isian.realisasiKinerja, b.polaritas());
        BigDecimal capaianTw = angka.capaianTw();
        BigDecimal realisasiSd = Capaian.sampaiDengan(b.jenis(), realisasiPerTw);
        BigDecimal capaianSdPertama = Capaian.kinerja(b.target(), realisasiSd, b.polaritas());
        List<BigDecimal> sdPerIndikator = new ArrayList<>();
        sdPerIndikator.add(capaianSdPertama);
        lain.forEach(i -> sdPerIndikator.add(i.capaianSd()));
        BigDecimal capaianSd = Capaian.baris(sdPerIndikator);
        long rpSd = Capaian.jumlah(rpPerTw);
        boolean melebihi = b.pagu() != null && rpSd > b.pagu();
        return new BarisLaporan(isian.id, b.kode(), b.nama(), b.kegiatanKode(), b.kegiatanNama(), b.indikator(),
                b.satuan(), b.jenis(), b.polaritas(), b.target(), b.pagu(), targetTw, isian.realisasiKinerja, capaianTw,
                realisasiSd, capaianSd, targetRpTw, isian.realisasiRp, Capaian.keuangan(targetRpTw, isian.realisasiRp),
                rpSd, Capaian.keuangan(b.pagu(), rpSd), skala.predikat(capaianTw), melebihi, isian.catatanKeuangan,
                isian.kendala, isian.tindakLanjut, isian.alasanKembali, kegiatan, bukti, isian.version, lain,
                capaianTwPertama, capaianSdPertama);
    }

    /**
     * Each further indicator: the quarter against its own rencana aksi target, the year so far by its kind against
     * the year's target.
     */
    private static List<IndikatorLainLaporan> indikatorLain(SumberRenja.Baris b, RencanaAksi ra, int triwulan,
            LaporanBaris isian, Map<Integer, LaporanBaris> perTw) {
        List<IndikatorLainLaporan> hasil = new ArrayList<>();
        List<LaporanBaris> sampai = new ArrayList<>();
        for (int tw = 1; tw <= triwulan; tw++) {
            sampai.add(tw == triwulan ? isian : perTw.get(tw));
        }
        for (SumberRenja.IndikatorLain i : b.indikatorLain()) {
            BigDecimal sd = realisasiSdLain(i, sampai);
            BigDecimal targetTw = targetLain(ra, i.urutan(), triwulan);
            BigDecimal realisasiTw = isian.realisasiLain.get(i.urutan());
            hasil.add(new IndikatorLainLaporan(i.urutan(), i.indikator(), i.satuan(), i.jenis(), i.polaritas(), i.target(),
                    targetTw, realisasiTw, Capaian.kinerja(targetTw, realisasiTw, i.polaritas()), sd,
                    Capaian.kinerja(i.target(), sd, i.polaritas())));
        }
        return hasil;
    }

    /**
     * A further indicator's realisasi of the year so far by its kind, from the row's reports of TW I..n in order (a
     * quarter without a report is null).
     */
    static BigDecimal realisasiSdLain(SumberRenja.IndikatorLain i, List<LaporanBaris> perTw) {
        return Capaian.sampaiDengan(i.jenis(), perTw.stream()
                .map(l -> l == null ? null : l.realisasiLain.get(i.urutan())).toList());
    }

    /**
     * The row's capaian of the year so far: the first indicator's ({@code capaianPertama}, against the annual target)
     * and each further indicator's realisasi so far against its own annual target, their mean by {@link Capaian#baris}.
     */
    static BigDecimal capaianSdBaris(SumberRenja.Baris b, BigDecimal capaianPertama, List<LaporanBaris> perTw) {
        List<BigDecimal> perIndikator = new ArrayList<>();
        perIndikator.add(capaianPertama);
        for (SumberRenja.IndikatorLain i : b.indikatorLain()) {
            perIndikator.add(Capaian.kinerja(i.target(), realisasiSdLain(i, perTw), i.polaritas()));
        }
        return Capaian.baris(perIndikator);
    }

    /** A further indicator's target of the quarter in the rencana aksi, or null when it has none. */
    static BigDecimal targetLain(RencanaAksi ra, int urutan, int triwulan) {
        TargetTriwulan t = ra == null ? null : ra.targetLain.get(urutan);
        return t == null ? null : t.daftar().get(triwulan - 1);
    }

    /** What a report's averages read of one row: the quarter's capaian kinerja, target and realisasi Rp, anggaran. */
    record AngkaTriwulan(BigDecimal capaianTw, Long targetRpTw, Long realisasiRpTw, Long anggaran) {
    }

    /**
     * The quarter's figures of one row, the very ones {@link #baris} shows: the recap's per-unit averages take them
     * without building whole rows (on the kabupaten's dashboard that is thousands of rows a call).
     */
    static AngkaTriwulan angkaTriwulan(SumberRenja.Baris b, RencanaAksi ra, int triwulan, LaporanBaris isian) {
        BigDecimal targetTw = ra == null ? null : RencanaAksiService.target(ra).get(triwulan - 1);
        Long targetRpTw = ra == null ? null : RencanaAksiService.rp(ra).get(triwulan - 1);
        return new AngkaTriwulan(capaianBaris(b, ra, triwulan, isian, targetTw), targetRpTw, isian.realisasiRp, b.pagu());
    }

    /**
     * The row's capaian of the quarter: each indicator against its own quarterly target of the rencana aksi, the
     * first as it always was, then their mean by {@link Capaian#baris} (an indicator without a target of the quarter
     * or without realisasi has no capaian and does not count).
     */
    static BigDecimal capaianBaris(SumberRenja.Baris b, RencanaAksi ra, int triwulan, LaporanBaris isian,
            BigDecimal targetTw) {
        List<BigDecimal> perIndikator = new ArrayList<>();
        perIndikator.add(Capaian.kinerja(targetTw, isian.realisasiKinerja, b.polaritas()));
        for (SumberRenja.IndikatorLain i : b.indikatorLain()) {
            perIndikator.add(Capaian.kinerja(targetLain(ra, i.urutan(), triwulan), isian.realisasiLain.get(i.urutan()),
                    i.polaritas()));
        }
        return Capaian.baris(perIndikator);
    }

    /** A report's averages: mean capaian kinerja of its rows, capaian keuangan as Σ realisasi / Σ target of the quarter. */
    static Ringkasan ringkasan(List<BarisLaporan> baris, SkalaPredikat skala) {
        return ringkasanAngka(baris.stream().map(b -> new AngkaTriwulan(b.capaianTw(), b.targetRpTw(), b.realisasiRpTw(),
                b.anggaran())).toList(), skala);
    }

    /** @see #ringkasan(List, SkalaPredikat) */
    static Ringkasan ringkasanAngka(List<AngkaTriwulan> baris, SkalaPredikat skala) {
        BigDecimal rata = Capaian.rataRata(baris.stream().map(AngkaTriwulan::capaianTw).toList());
        List<Long> target = new ArrayList<>();
        List<Long> realisasi = new ArrayList<>();
        long anggaran = 0;
        for (AngkaTriwulan b : baris) {
            target.add(b.targetRpTw());
            realisasi.add(b.realisasiRpTw());
            anggaran = Rupiah.tambah(anggaran, b.anggaran() == null ? 0 : b.anggaran());
        }
        BigDecimal keuangan = Capaian.keuanganKelompok(target, realisasi);
        return new Ringkasan(rata, skala.predikat(rata), keuangan, skala.predikat(keuangan), Capaian.jumlah(target),
                Capaian.jumlah(realisasi), anggaran);
    }

    /** Values of TW I..n from the unit's reports by quarter, the current report's own row last. */
    static List<BigDecimal> kinerjaSampai(int triwulan, Map<Integer, LaporanBaris> perTw) {
        List<BigDecimal> hasil = new ArrayList<>();
        for (int i = 1; i <= triwulan; i++) {
            LaporanBaris l = perTw.get(i);
            hasil.add(l == null ? null : l.realisasiKinerja);
        }
        return hasil;
    }

    static List<Long> rpSampai(int triwulan, Map<Integer, LaporanBaris> perTw) {
        List<Long> hasil = new ArrayList<>();
        for (int i = 1; i <= triwulan; i++) {
            LaporanBaris l = perTw.get(i);
            hasil.add(l == null ? null : l.realisasiRp);
        }
        return hasil;
    }
}
