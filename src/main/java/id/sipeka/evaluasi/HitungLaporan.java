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
        BigDecimal capaianTw = angka.capaianTw();
        BigDecimal realisasiSd = Capaian.sampaiDengan(b.jenis(), realisasiPerTw);
        BigDecimal capaianSd = Capaian.kinerja(b.target(), realisasiSd, b.polaritas());
        long rpSd = Capaian.jumlah(rpPerTw);
        boolean melebihi = b.pagu() != null && rpSd > b.pagu();
        return new BarisLaporan(isian.id, b.kode(), b.nama(), b.kegiatanKode(), b.kegiatanNama(), b.indikator(),
                b.satuan(), b.jenis(), b.polaritas(), b.target(), b.pagu(), targetTw, isian.realisasiKinerja, capaianTw,
                realisasiSd, capaianSd, targetRpTw, isian.realisasiRp, Capaian.keuangan(targetRpTw, isian.realisasiRp),
                rpSd, Capaian.keuangan(b.pagu(), rpSd), skala.predikat(capaianTw), melebihi, isian.catatanKeuangan,
                isian.kendala, isian.tindakLanjut, isian.alasanKembali, kegiatan, bukti, isian.version,
                indikatorLain(b, triwulan, isian, perTw));
    }

    /** Each further indicator: the quarter's value, the year so far by its kind, capaian against the year's target. */
    private static List<IndikatorLainLaporan> indikatorLain(SumberRenja.Baris b, int triwulan, LaporanBaris isian,
            Map<Integer, LaporanBaris> perTw) {
        List<IndikatorLainLaporan> hasil = new ArrayList<>();
        for (SumberRenja.IndikatorLain i : b.indikatorLain()) {
            List<BigDecimal> perTriwulan = new ArrayList<>();
            for (int tw = 1; tw <= triwulan; tw++) {
                LaporanBaris l = tw == triwulan ? isian : perTw.get(tw);
                perTriwulan.add(l == null ? null : l.realisasiLain.get(i.urutan()));
            }
            BigDecimal sd = Capaian.sampaiDengan(i.jenis(), perTriwulan);
            hasil.add(new IndikatorLainLaporan(i.urutan(), i.indikator(), i.satuan(), i.jenis(), i.polaritas(), i.target(),
                    isian.realisasiLain.get(i.urutan()), sd, Capaian.kinerja(i.target(), sd, i.polaritas())));
        }
        return hasil;
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
        return new AngkaTriwulan(Capaian.kinerja(targetTw, isian.realisasiKinerja, b.polaritas()), targetRpTw,
                isian.realisasiRp, b.pagu());
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
