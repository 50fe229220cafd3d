package id.sipeka.evaluasi;

import static org.assertj.core.api.Assertions.assertThat;

import id.sipeka.evaluasi.LkjipData.AngkaLkjip;
import id.sipeka.evaluasi.LkjipData.BarisAnggaranLkjip;
import id.sipeka.evaluasi.LkjipData.BarisKinerja;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The LKjIP of a year recomputed straight from the tables with plain JDBC, independently of the services: the Renja's
 * rows, the quarters' realisasi of the signed reports only, the formulas of GUIDE §5 written out again here. Shared by
 * the LKjIP tests on a fixture (MariaDB) and on the demo kecamatan (embedded H2).
 */
public final class HitungUlangLkjip {

    private static final BigDecimal SERATUS = BigDecimal.valueOf(100);

    private final JdbcTemplate jdbc;
    private final long kecamatanId;

    public HitungUlangLkjip(JdbcTemplate jdbc, long kecamatanId) {
        this.jdbc = jdbc;
        this.kecamatanId = kecamatanId;
    }

    /** A sub kegiatan row of a Renja with its indicator kind and polarity, kegiatan, program and end-of-period target. */
    public record Rencana(BigDecimal target, long pagu, long unitId, String unit, String kegiatan, String program,
            String jenis, String polaritas, BigDecimal targetAkhir) {
    }

    /**
     * Asserts every figure of {@code a}: per sub kegiatan target, realisasi, capaian (of the year, of each earlier
     * year against its own Renja, and against the Renstra's end target), money, capaian keuangan and efisiensi; per
     * unit and per program anggaran, realisasi, capaian keuangan, average capaian kinerja and efisiensi; the JUMLAH line.
     *
     * @param renjaId the ditetapkan Renja of {@code a.tahun()}
     * @param renjaLalu the ditetapkan Renja of each earlier year the LKjIP compares with
     * @param tahunAkhir the last year of the Renstra period (its target is the end-of-period target)
     */
    public void periksa(AngkaLkjip a, long renjaId, Map<Integer, Long> renjaLalu, int tahunAkhir) {
        int tahun = a.tahun();
        Map<String, Rencana> rencana = rencana(renjaId, tahunAkhir);
        Map<String, BigDecimal> realisasi = realisasi(tahun, rencana, true);
        Map<String, Long> rp = rupiah(tahun, true);
        Map<Integer, Map<String, Rencana>> rencanaLalu = new TreeMap<>();
        Map<Integer, Map<String, BigDecimal>> realisasiLalu = new TreeMap<>();
        renjaLalu.forEach((t, id) -> {
            rencanaLalu.put(t, rencana(id, tahunAkhir));
            realisasiLalu.put(t, realisasi(t, rencanaLalu.get(t), true));
        });

        assertThat(a.tahunLalu()).containsExactlyElementsOf(rencanaLalu.keySet());
        assertThat(a.kinerja()).extracting(BarisKinerja::kode).containsExactlyElementsOf(rencana.keySet());
        Map<String, BigDecimal> capaianPerKode = new HashMap<>();
        for (BarisKinerja b : a.kinerja()) {
            Rencana r = rencana.get(b.kode());
            BigDecimal real = realisasi.get(b.kode());
            BigDecimal capaian = capaian(r.target(), real, r.polaritas());
            capaianPerKode.put(b.kode(), capaian);
            sama(b.target(), r.target(), b.kode() + " target");
            sama(b.realisasi(), real, b.kode() + " realisasi");
            sama(bulat(b.capaian()), bulat(capaian), b.kode() + " capaian");
            // each earlier year against its own Renja; up to this year a count adds the years, a level takes the latest
            BigDecimal sampai = null;
            for (int t : rencanaLalu.keySet()) {
                BigDecimal lalu = realisasiLalu.get(t).get(b.kode());
                Rencana rl = rencanaLalu.get(t).get(b.kode());
                sama(b.lalu().get(t).realisasi(), lalu, b.kode() + " realisasi " + t);
                sama(bulat(b.lalu().get(t).capaian()), bulat(rl == null ? null : capaian(rl.target(), lalu, r.polaritas())),
                        b.kode() + " capaian " + t);
                sampai = r.jenis().equals("JUMLAH") ? tambah(sampai, lalu) : lalu != null ? lalu : sampai;
            }
            sampai = r.jenis().equals("JUMLAH") ? tambah(sampai, real) : real != null ? real : sampai;
            sama(b.targetAkhir(), r.targetAkhir(), b.kode() + " target akhir");
            sama(b.realisasiSampaiTahun(), sampai, b.kode() + " s.d. tahun");
            sama(bulat(b.capaianAkhir()), bulat(capaian(r.targetAkhir(), sampai, r.polaritas())), b.kode() + " capaian akhir");
            long dibelanjakan = rp.getOrDefault(b.kode(), 0L);
            BigDecimal keuangan = bagi(dibelanjakan, r.pagu());
            assertThat(b.anggaran()).as(b.kode() + " anggaran").isEqualTo(r.pagu());
            assertThat(b.realisasiRp()).as(b.kode() + " realisasi Rp").isEqualTo(dibelanjakan);
            sama(bulat(b.capaianKeuangan()), bulat(keuangan), b.kode() + " keuangan");
            sama(bulat(b.efisiensi()), bulat(kurang(capaian, keuangan)), b.kode() + " efisiensi");
        }

        // JUMLAH: the money of every row, the mean of every row's capaian
        Kelompok semua = new Kelompok();
        Map<String, Kelompok> perUnit = new LinkedHashMap<>();
        Map<String, Map<String, Kelompok>> perProgramKegiatan = new TreeMap<>();
        for (var e : rencana.entrySet()) {
            Rencana r = e.getValue();
            long spent = rp.getOrDefault(e.getKey(), 0L);
            BigDecimal c = capaianPerKode.get(e.getKey());
            semua.tambah(r.pagu(), spent, c);
            perUnit.computeIfAbsent(r.unit(), x -> new Kelompok()).tambah(r.pagu(), spent, c);
            perProgramKegiatan.computeIfAbsent(r.program(), x -> new TreeMap<>()).computeIfAbsent(r.kegiatan(),
                    x -> new Kelompok()).tambah(r.pagu(), spent, c);
        }
        semua.periksa(a.jumlah(), "JUMLAH");

        // a unit: its sub kegiatan; a program: money of its sub kegiatan, kinerja the mean of its kegiatan's means
        assertThat(a.perUnit()).extracting(BarisAnggaranLkjip::uraian).containsExactlyInAnyOrderElementsOf(perUnit.keySet());
        a.perUnit().forEach(u -> perUnit.get(u.uraian()).periksa(u, "unit " + u.uraian()));
        assertThat(a.perProgram()).extracting(BarisAnggaranLkjip::kode).containsExactlyElementsOf(perProgramKegiatan.keySet());
        for (BarisAnggaranLkjip p : a.perProgram()) {
            Kelompok program = new Kelompok();
            perProgramKegiatan.get(p.kode()).values().forEach(k -> program.tambah(k.pagu, k.realisasi, rataRata(k.capaian)));
            program.periksa(p, "program " + p.kode());
        }
    }

    /** Money adds up (capaian keuangan = Σ realisasi / Σ pagu); kinerja is the mean of the members' capaian. */
    private static final class Kelompok {
        long pagu;
        long realisasi;
        final List<BigDecimal> capaian = new ArrayList<>();

        void tambah(long p, long r, BigDecimal c) {
            pagu += p;
            realisasi += r;
            capaian.add(c);
        }

        void periksa(BarisAnggaranLkjip b, String apa) {
            BigDecimal keuangan = bagi(realisasi, pagu);
            BigDecimal rata = rataRata(capaian);
            assertThat(b.anggaran()).as(apa + " anggaran").isEqualTo(pagu);
            assertThat(b.realisasi()).as(apa + " realisasi").isEqualTo(realisasi);
            sama(bulat(b.capaianKeuangan()), bulat(keuangan), apa + " keuangan");
            sama(bulat(b.rataKinerja()), bulat(rata), apa + " kinerja");
            sama(bulat(b.efisiensi()), bulat(kurang(rata, keuangan)), apa + " efisiensi");
        }
    }

    /** The Renja's sub kegiatan rows by kode, with the Renstra's target of {@code tahunAkhir}. */
    public Map<String, Rencana> rencana(long renjaId, int tahunAkhir) {
        Map<String, Rencana> hasil = new TreeMap<>();
        jdbc.query("SELECT rb.kode, rb.target, rb.pagu, rb.unit_kerja_id, u.nama AS unit, keg.kode AS kegiatan,"
                + " prog.kode AS program, n.jenis, n.polaritas, (SELECT nt.target FROM nomenklatur_tahun nt"
                + " WHERE nt.nomenklatur_id = n.id AND nt.tahun = ?) AS akhir FROM renja_baris rb JOIN nomenklatur n"
                + " ON n.id = rb.nomenklatur_id JOIN nomenklatur keg ON keg.id = n.parent_id JOIN nomenklatur prog"
                + " ON prog.id = keg.parent_id JOIN unit_kerja u ON u.id = rb.unit_kerja_id WHERE rb.renja_id = ?", rs -> {
                    hasil.put(rs.getString("kode"), new Rencana(rs.getBigDecimal("target"), rs.getLong("pagu"),
                            rs.getLong("unit_kerja_id"), rs.getString("unit"), rs.getString("kegiatan"), rs.getString("program"),
                            rs.getString("jenis"), rs.getString("polaritas"), rs.getBigDecimal("akhir")));
                }, tahunAkhir, renjaId);
        return hasil;
    }

    /** The year's realisasi per kode from the reports (signed ones only, or all): a count adds up, else the latest TW. */
    public Map<String, BigDecimal> realisasi(int tahun, Map<String, Rencana> rencana, boolean hanyaDitandatangani) {
        Map<String, TreeMap<Integer, BigDecimal>> perTw = new HashMap<>();
        jdbc.query("SELECT lb.kode, et.triwulan, lb.realisasi_kinerja FROM laporan_baris lb JOIN laporan_evaluasi le"
                + " ON le.id = lb.laporan_id JOIN evaluasi_triwulan et ON et.id = le.evaluasi_id WHERE et.kecamatan_id = ?"
                + " AND et.tahun = ?" + (hanyaDitandatangani ? " AND le.ditandatangani_pada IS NOT NULL" : ""), rs -> {
                    if (rs.getBigDecimal("realisasi_kinerja") != null) {
                        perTw.computeIfAbsent(rs.getString("kode"), x -> new TreeMap<>()).put(rs.getInt("triwulan"),
                                rs.getBigDecimal("realisasi_kinerja"));
                    }
                }, kecamatanId, tahun);
        Map<String, BigDecimal> hasil = new HashMap<>();
        perTw.forEach((kode, nilai) -> {
            Rencana r = rencana.get(kode);
            hasil.put(kode, r != null && !r.jenis().equals("JUMLAH") ? nilai.lastEntry().getValue()
                    : nilai.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
        });
        return hasil;
    }

    /** The year's realisasi in rupiah per kode, summed over the quarters (signed reports only, or all). */
    public Map<String, Long> rupiah(int tahun, boolean hanyaDitandatangani) {
        Map<String, Long> hasil = new HashMap<>();
        jdbc.query("SELECT lb.kode, lb.realisasi_rp FROM laporan_baris lb JOIN laporan_evaluasi le ON le.id = lb.laporan_id"
                + " JOIN evaluasi_triwulan et ON et.id = le.evaluasi_id WHERE et.kecamatan_id = ? AND et.tahun = ?"
                + (hanyaDitandatangani ? " AND le.ditandatangani_pada IS NOT NULL" : ""),
                rs -> {
                    hasil.merge(rs.getString("kode"), rs.getLong("realisasi_rp"), Long::sum);
                }, kecamatanId, tahun);
        return hasil;
    }

    public static BigDecimal capaian(BigDecimal target, BigDecimal realisasi, String polaritas) {
        if (target == null || target.signum() == 0 || realisasi == null) {
            return null;
        }
        BigDecimal nilai = polaritas.equals("TURUN") ? target.add(target).subtract(realisasi) : realisasi;
        BigDecimal hasil = nilai.multiply(SERATUS).divide(target, 12, RoundingMode.HALF_UP);
        return hasil.signum() < 0 ? BigDecimal.ZERO : hasil;
    }

    public static BigDecimal bagi(long realisasi, long pagu) {
        return pagu == 0 ? null : BigDecimal.valueOf(realisasi).multiply(SERATUS).divide(BigDecimal.valueOf(pagu), 12,
                RoundingMode.HALF_UP);
    }

    public static BigDecimal rataRata(List<BigDecimal> nilai) {
        List<BigDecimal> ada = nilai.stream().filter(Objects::nonNull).toList();
        return ada.isEmpty() ? null : ada.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(ada.size()), 12, RoundingMode.HALF_UP);
    }

    private static BigDecimal kurang(BigDecimal a, BigDecimal b) {
        return a == null || b == null ? null : a.subtract(b);
    }

    private static BigDecimal tambah(BigDecimal a, BigDecimal b) {
        return a == null ? b : b == null ? a : a.add(b);
    }

    public static BigDecimal bulat(BigDecimal x) {
        return x == null ? null : x.setScale(2, RoundingMode.HALF_UP);
    }

    public static void sama(BigDecimal aktual, BigDecimal harapan, String apa) {
        if (harapan == null) {
            assertThat(aktual).as(apa).isNull();
        } else {
            assertThat(aktual).as(apa).isNotNull().isEqualByComparingTo(harapan);
        }
    }
}
