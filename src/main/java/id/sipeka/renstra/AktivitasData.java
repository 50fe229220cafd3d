package id.sipeka.renstra;

import id.sipeka.base.Rupiah;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** What the Renstra module hands out about Aktivitas and the lokasi of its sub kegiatan (issue 13). */
public final class AktivitasData {

    private AktivitasData() {
    }

    /** One Aktivitas of a sub kegiatan; {@code pagu} per year, a year without pagu absent. */
    public record AktivitasRenstraData(long id, long subKegiatanId, String kode, String nama, BigDecimal volume,
            String satuan, Prioritas prioritas, String lokasi, Map<Integer, Long> pagu) {

        public long paguTahun(int tahun) {
            return pagu.getOrDefault(tahun, 0L);
        }
    }

    /**
     * The Aktivitas and lokasi of a Renstra's sub kegiatan, by the sub kegiatan's id.
     *
     * @param lokasi the sub kegiatan's lokasi as imported (absent when the file left it empty)
     */
    public record AktivitasRenstraIsi(Map<Long, List<AktivitasRenstraData>> aktivitas, Map<Long, String> lokasi) {

        public List<AktivitasRenstraData> dari(long subKegiatanId) {
            return aktivitas.getOrDefault(subKegiatanId, List.of());
        }

        /** The sum of a sub kegiatan's Aktivitas in a year (what its pagu is when it has any). */
        public long jumlah(long subKegiatanId, int tahun) {
            return Rupiah.jumlah(dari(subKegiatanId).stream().map(a -> a.pagu().get(tahun)).toList());
        }
    }
}
