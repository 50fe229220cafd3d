package id.sipeka.renstra;

import java.util.List;
import java.util.Map;

/**
 * An import file as read, before any checking: the same shape whether it came from the XLSX template or from the
 * JSON endpoint, so both go through one validator. Cell values are a {@link java.math.BigDecimal} (a number cell
 * or JSON number) or a String (text, parsed the Indonesian way).
 *
 * @param labelKolom how to name a column key ("target:2025") to the user, e.g. "Target 2025" or "target.2025"
 * @param barisJudul the header row of the Nomenklatur sheet, whose year columns give a spreadsheet's period;
 *                   {@code null} for JSON, whose period is its tahunAwal and tahunAkhir
 */
public record RenstraBerkas(Integer tahunAwal, Integer tahunAkhir, List<Baris> nomenklatur, List<Baris> tujuanSasaran,
        Map<String, String> labelKolom, List<MasalahImpor> masalahBaca, Integer barisJudul) {

    public static final String LEMBAR_NOMENKLATUR = "Nomenklatur";
    public static final String LEMBAR_TUJUAN = "Tujuan dan Sasaran";

    /** @param baris how the user finds the row: the sheet row number, or the position in the JSON array */
    public record Baris(String lembar, int baris, Map<String, Object> sel) {
    }

    public String label(String kunci) {
        return labelKolom.getOrDefault(kunci, kunci);
    }
}
