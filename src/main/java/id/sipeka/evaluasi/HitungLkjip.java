package id.sipeka.evaluasi;

import id.sipeka.evaluasi.AnggaranData.AnggaranTahun;
import id.sipeka.evaluasi.EvaluasiData.BarisRekap;
import id.sipeka.evaluasi.EvaluasiData.Rekap;
import id.sipeka.evaluasi.LkjipData.AngkaLkjip;
import id.sipeka.evaluasi.LkjipData.BarisAnggaranLkjip;
import id.sipeka.evaluasi.LkjipData.BarisKinerja;
import id.sipeka.evaluasi.LkjipData.BarisSasaran;
import id.sipeka.evaluasi.LkjipData.RealisasiLalu;
import id.sipeka.renstra.JenisIndikator;
import id.sipeka.renstra.Polaritas;
import id.sipeka.renstra.RenstraData.BarisRenstra;
import id.sipeka.renstra.RenstraData.RenstraLengkap;
import id.sipeka.renstra.Tingkat;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The LKjIP's figures from the recaps of the year and of the earlier years of the Renstra period (each built by
 * {@link RekapEvaluasiService#rekap} from the reports the camat signed, so only signed evaluations count) and from
 * the Renstra (sasaran, IKU and end-of-period targets). No reads of its own; every percentage through {@link Capaian}.
 */
final class HitungLkjip {

    private HitungLkjip() {
    }

    /**
     * @param lalu the recaps of the earlier years of the period, by year (a year without a Renja has no rows)
     * @param riwayat the years of {@code lalu} recorded as history (see {@link RiwayatRealisasiService})
     * @param renstra the Renstra whose period holds the year, or null
     */
    static AngkaLkjip hitung(Rekap tahunIni, Map<Integer, Rekap> lalu, Set<Integer> riwayat, RenstraLengkap renstra, String kecamatan,
            String kabupaten, AnggaranTahun belanja) {
        Map<String, BarisRenstra> subRenstra = new HashMap<>();
        if (renstra != null) {
            renstra.semuaBaris().stream().filter(b -> b.tingkat() == Tingkat.SUB_KEGIATAN).forEach(b -> subRenstra.put(b.kode(), b));
        }
        Integer akhir = renstra == null ? null : renstra.renstra().tahunAkhir();
        Map<Integer, Map<String, BarisRekap>> laluPerKode = new LinkedHashMap<>();
        lalu.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            Map<String, BarisRekap> perKode = new HashMap<>();
            sub(e.getValue()).forEach(b -> perKode.put(b.kode(), b));
            if (sub(e.getValue()).stream().anyMatch(b -> b.realisasiKumulatif() != null)) {
                laluPerKode.put(e.getKey(), perKode);
            }
        });
        List<BarisKinerja> kinerja = new ArrayList<>();
        for (BarisRekap b : sub(tahunIni)) {
            BarisRenstra r = subRenstra.get(b.kode());
            JenisIndikator jenis = r == null ? JenisIndikator.JUMLAH : r.jenis();
            Polaritas polaritas = r == null ? Polaritas.NAIK : r.polaritas();
            Map<Integer, RealisasiLalu> perTahun = new LinkedHashMap<>();
            List<BigDecimal> sepanjangPeriode = new ArrayList<>();
            for (var t : laluPerKode.entrySet()) {
                BarisRekap x = t.getValue().get(b.kode());
                perTahun.put(t.getKey(), x == null ? new RealisasiLalu(null, null)
                        : new RealisasiLalu(x.realisasiKumulatif(), x.capaianKinerja()));
                sepanjangPeriode.add(x == null ? null : x.realisasiKumulatif());
            }
            sepanjangPeriode.add(b.realisasiKumulatif());
            // up to this year: a count per period adds the years held in SIPEKA, a level or cumulative indicator
            // takes the latest one (as T-C.29 column 10 does)
            BigDecimal sampaiTahun = Capaian.sampaiDengan(jenis, sepanjangPeriode);
            BigDecimal targetAkhir = r == null || akhir == null ? null : r.target().get(akhir);
            kinerja.add(new BarisKinerja(b.kode(), b.nama(), b.unitNama(), b.indikator(), b.satuan(), b.target(),
                    b.realisasiKumulatif(), b.capaianKinerja(), b.predikat(), perTahun, targetAkhir, sampaiTahun,
                    Capaian.kinerja(targetAkhir, sampaiTahun, polaritas), b.anggaran(), b.realisasiRpKumulatif(),
                    b.capaianKeuangan(), Capaian.efisiensi(b.capaianKinerja(), b.capaianKeuangan())));
        }
        List<BarisAnggaranLkjip> perProgram = tahunIni.baris().stream().filter(b -> b.tingkat() == Tingkat.PROGRAM)
                .map(b -> anggaran(b.kode(), b.nama(), b)).toList();
        BarisAnggaranLkjip jumlah = tahunIni.jumlah() == null ? null : anggaran("", "JUMLAH", tahunIni.jumlah());
        return new AngkaLkjip(tahunIni.kecamatanId(), tahunIni.tahun(), kecamatan, kabupaten,
                renstra == null ? null : renstra.renstra().periode(), akhir, tahunIni.skala(),
                List.copyOf(laluPerKode.keySet()), Set.copyOf(riwayat), sasaran(renstra, tahunIni.tahun(), akhir), kinerja, perProgram,
                perUnit(kinerja), jumlah, tahunIni.jumlah() == null ? null : tahunIni.jumlah().predikat(), belanja);
    }

    private static List<BarisRekap> sub(Rekap r) {
        return r.baris().stream().filter(b -> b.tingkat() == Tingkat.SUB_KEGIATAN).toList();
    }

    private static BarisAnggaranLkjip anggaran(String kode, String uraian, BarisRekap b) {
        long anggaran = b.anggaran() == null ? 0 : b.anggaran();
        return new BarisAnggaranLkjip(kode, uraian, anggaran, b.realisasiRpKumulatif(), b.capaianKeuangan(),
                b.capaianKinerja(), Capaian.efisiensi(b.capaianKinerja(), b.capaianKeuangan()));
    }

    /** Per responsible unit, in the order the Renja lists them: money summed, kinerja the mean of its sub kegiatan. */
    private static List<BarisAnggaranLkjip> perUnit(List<BarisKinerja> kinerja) {
        Map<String, List<BarisKinerja>> perUnit = new LinkedHashMap<>();
        kinerja.forEach(b -> perUnit.computeIfAbsent(b.unitNama() == null ? "" : b.unitNama(), k -> new ArrayList<>()).add(b));
        List<BarisAnggaranLkjip> hasil = new ArrayList<>();
        for (var e : perUnit.entrySet()) {
            List<Long> anggaran = e.getValue().stream().map(BarisKinerja::anggaran).toList();
            List<Long> realisasi = e.getValue().stream().map(BarisKinerja::realisasiRp).toList();
            BigDecimal keuangan = Capaian.keuanganKelompok(anggaran, realisasi);
            BigDecimal rata = Capaian.rataRata(e.getValue().stream().map(BarisKinerja::capaian).toList());
            hasil.add(new BarisAnggaranLkjip("", e.getKey(), Capaian.jumlah(anggaran), Capaian.jumlah(realisasi), keuangan,
                    rata, Capaian.efisiensi(rata, keuangan)));
        }
        return hasil;
    }

    /** The Renstra's sasaran with their indicators (the IKU): the year's target and the end-of-period one. */
    private static List<BarisSasaran> sasaran(RenstraLengkap renstra, int tahun, Integer akhir) {
        if (renstra == null) {
            return List.of();
        }
        return renstra.tujuanSasaran().stream().filter(s -> s.tingkat() == Tingkat.SASARAN)
                .map(s -> new BarisSasaran(s.kode(), s.uraian(), s.indikator(), s.satuan(), s.target().get(tahun),
                        akhir == null ? null : s.target().get(akhir)))
                .toList();
    }
}
