package id.sipeka.renstra;

import id.sipeka.renstra.AktivitasData.AktivitasRenstraData;
import id.sipeka.renstra.AktivitasData.AktivitasRenstraIsi;
import id.sipeka.renstra.RenstraData.BarisRenstra;
import id.sipeka.renstra.RenstraData.IndikatorBaris;
import id.sipeka.renstra.RenstraData.RenstraLengkap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The lines a Renstra's nomenclature takes in a spreadsheet, by column key of {@link KolomRenstra}: each row, its
 * further indicators right below it (the row's code again, no name), then a sub kegiatan's Aktivitas. One place for
 * what the template ({@link TemplateXlsx}) and the SIPD layout ({@link SipdRenstraXlsx}) write, so that both read back
 * through {@link ValidasiImpor} (with {@link ValidasiIndikatorLain} and {@link ValidasiAktivitas}) to the same data.
 */
final class GarisNomenklatur {

    enum Jenis {
        BARIS, INDIKATOR_LAIN, AKTIVITAS
    }

    /** One line of the sheet: what it is, its code, and the value of a column key (null: cell left empty). */
    record Garis(Jenis jenis, String kode, Function<String, Object> nilai) {
    }

    private GarisNomenklatur() {
    }

    /**
     * @param aktivitas the Aktivitas and lokasi of the sub kegiatan (null: neither is written)
     * @param kodeUnit the unit code of each unit id
     * @param paguSemuaTingkat also print program and kegiatan pagu (their computed sums); the template leaves them
     *        empty as they are never typed, SIPD's sheet shows them
     */
    static List<Garis> dari(RenstraLengkap isi, AktivitasRenstraIsi aktivitas, Map<Long, String> kodeUnit,
            boolean paguSemuaTingkat) {
        List<Garis> hasil = new ArrayList<>();
        for (BarisRenstra b : isi.semuaBaris()) {
            boolean sub = b.tingkat() == Tingkat.SUB_KEGIATAN;
            String lokasi = sub && aktivitas != null ? aktivitas.lokasi().get(b.id()) : null;
            hasil.add(new Garis(Jenis.BARIS, b.kode(), kunci -> baris(kunci, b, kodeUnit, lokasi, sub || paguSemuaTingkat)));
            for (IndikatorBaris lain : b.indikatorLain()) {
                hasil.add(new Garis(Jenis.INDIKATOR_LAIN, b.kode(), kunci -> indikatorLain(kunci, b.kode(), lain)));
            }
            if (sub && aktivitas != null) {
                for (AktivitasRenstraData a : aktivitas.dari(b.id())) {
                    hasil.add(new Garis(Jenis.AKTIVITAS, a.kode(), kunci -> aktivitas(kunci, a)));
                }
            }
        }
        return hasil;
    }

    private static Object baris(String kunci, BarisRenstra b, Map<Long, String> kodeUnit, String lokasi, boolean pagu) {
        int tahun = KolomRenstra.tahunDari(kunci);
        return switch (kunci) {
            case "kode" -> b.kode();
            case "nama" -> b.nama();
            case "hasil" -> b.hasil();
            case "indikator" -> b.indikator();
            case "satuan" -> b.satuan();
            case "polaritas" -> b.polaritas().name();
            case "jenis" -> b.jenis().name();
            case "baseline" -> b.baseline();
            case "unit" -> b.unitKerjaId() == null ? null : kodeUnit.get(b.unitKerjaId());
            case "sumberDana" -> b.sumberDana();
            case "lokasi" -> lokasi;
            default -> kunci.startsWith("target:") ? b.target().get(tahun)
                    : kunci.startsWith("pagu:") && pagu ? b.pagu().get(tahun) : null;
        };
    }

    /** Only the indicator's own columns: pagu, unit, hasil, sumber dana and lokasi belong to the row's first line. */
    private static Object indikatorLain(String kunci, String kode, IndikatorBaris i) {
        return switch (kunci) {
            case "kode" -> kode;
            case "indikator" -> i.indikator();
            case "satuan" -> i.satuan();
            case "polaritas" -> i.polaritas().name();
            case "jenis" -> i.jenis().name();
            case "baseline" -> i.baseline();
            default -> kunci.startsWith("target:") ? i.target().get(KolomRenstra.tahunDari(kunci)) : null;
        };
    }

    /** An Aktivitas has no indicator, target or unit of its own. */
    private static Object aktivitas(String kunci, AktivitasRenstraData a) {
        return switch (kunci) {
            case "kode" -> a.kode();
            case "nama" -> a.nama();
            case "satuan" -> a.satuan();
            case "volume" -> a.volume();
            case "prioritas" -> a.prioritas() == null ? null : a.prioritas().name();
            case "lokasi" -> a.lokasi();
            default -> kunci.startsWith("pagu:") ? a.pagu().get(KolomRenstra.tahunDari(kunci)) : null;
        };
    }
}
