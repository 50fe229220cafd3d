package id.sipeka.renstra;

import id.sipeka.base.Rupiah;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What the Renstra module hands out. Program and kegiatan pagu in here are always computed sums. */
public final class RenstraData {

    private RenstraData() {
    }

    /**
     * One version of a period's Renstra.
     *
     * @param perubahanKe 0 for the original, n for the n-th Renstra Perubahan
     * @param berlaku the version in force for the period (older versions are kept read-only)
     * @param dasar why the perubahan was made; {@code null} for the original
     * @param dibuatPada when it was stored ({@code null} for a Renstra stored before versions existed)
     */
    public record RenstraRingkas(long id, long kecamatanId, int tahunAwal, int tahunAkhir, int perubahanKe,
            boolean berlaku, String dasar, java.time.Instant dibuatPada, String dibuatOleh) {
        public String periode() {
            return tahunAwal + "–" + tahunAkhir;
        }

        public boolean perubahan() {
            return perubahanKe > 0;
        }
    }

    /**
     * One program, kegiatan or sub kegiatan with its children. {@code pagu} per year: stored for a sub kegiatan,
     * the sum of its children for a kegiatan or program (a year without any value is absent).
     */
    public record BarisRenstra(long id, Tingkat tingkat, String kode, String nama, String hasil, String indikator,
            String satuan, Polaritas polaritas, JenisIndikator jenis, BigDecimal baseline, Long unitKerjaId,
            String unitNama, String sumberDana, Map<Integer, BigDecimal> target, Map<Integer, Long> pagu, List<BarisRenstra> anak,
            long version, List<IndikatorBaris> indikatorLain) {

        public long paguPeriode() {
            return Rupiah.jumlah(pagu.values());
        }
    }

    /** A row's second, third, … indicator, with its own satuan, polarity, kind, baseline and yearly targets. */
    public record IndikatorBaris(String indikator, String satuan, Polaritas polaritas, JenisIndikator jenis,
            BigDecimal baseline, Map<Integer, BigDecimal> target) {
    }

    public record BarisTujuanSasaran(long id, Tingkat tingkat, String kode, String uraian, String indikator,
            String satuan, Polaritas polaritas, BigDecimal baseline, Map<Integer, BigDecimal> target) {
    }

    /** A whole Renstra: its programs as a tree, tujuan/sasaran, and the pagu total per year. */
    public record RenstraLengkap(RenstraRingkas renstra, List<BarisRenstra> program,
            List<BarisTujuanSasaran> tujuanSasaran, Map<Integer, Long> totalPagu) {

        public long totalPeriode() {
            return Rupiah.jumlah(totalPagu.values());
        }

        public int jumlah(Tingkat tingkat) {
            return (int) semuaBaris().stream().filter(b -> b.tingkat() == tingkat).count();
        }

        public List<BarisRenstra> semuaBaris() {
            List<BarisRenstra> semua = new ArrayList<>();
            program.forEach(p -> {
                semua.add(p);
                p.anak().forEach(k -> {
                    semua.add(k);
                    semua.addAll(k.anak());
                });
            });
            return semua;
        }
    }

    /** An edit of one row. Pagu may only be given for a sub kegiatan. */
    public record UbahBaris(long id, long version, String indikator, String satuan, Long unitKerjaId,
            Map<Integer, BigDecimal> target, Map<Integer, Long> pagu) {
    }

    /**
     * A sub kegiatan of the Renstra in force for a year, as an evaluation needs it: its indicator's kind and
     * polarity, its kegiatan and program, and its further indicators in order (each target map holding only that
     * year's target, if any).
     */
    public record IndikatorSubKegiatan(long kecamatanId, String kode, JenisIndikator jenis, Polaritas polaritas,
            String kegiatanKode, String kegiatanNama, String programKode, String programNama,
            List<IndikatorBaris> indikatorLain) {

        /** A sub kegiatan with one indicator. */
        public IndikatorSubKegiatan(long kecamatanId, String kode, JenisIndikator jenis, Polaritas polaritas,
                String kegiatanKode, String kegiatanNama, String programKode, String programNama) {
            this(kecamatanId, kode, jenis, polaritas, kegiatanKode, kegiatanNama, programKode, programNama, List.of());
        }
    }
}
