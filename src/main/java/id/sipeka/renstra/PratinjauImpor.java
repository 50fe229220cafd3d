package id.sipeka.renstra;

import java.util.List;
import java.util.Map;

/**
 * What an import file would change, shown before anything is stored: rows added, changed and removed, the total
 * pagu per year before and after, the file's warnings, and why it cannot be applied (if it cannot). Applying it
 * later names {@link #sidik}: if the stored Renstra changed in between, the import is refused rather than applied
 * over a state the user did not see.
 *
 * @param baru no Renstra of this period yet: everything is added
 * @param tidakBerubah rows (nomenklatur and tujuan/sasaran) the file leaves as they are
 * @param halangan why it cannot be applied, in Indonesian; {@code null} when it can
 * @param sidik fingerprint of the stored Renstra this preview was computed against
 * @param perubahanKe when a Renja of the period has left its draft: the file is stored as this Renstra Perubahan (a
 *                    new version, compared here with the version in force); {@code null} when it replaces in place
 */
public record PratinjauImpor(int tahunAwal, int tahunAkhir, boolean baru, List<PerubahanBaris> perubahan,
        int tidakBerubah, Map<Integer, Long> totalSebelum, Map<Integer, Long> totalSesudah, List<MasalahImpor> peringatan,
        String halangan, String sidik, Integer perubahanKe) {

    public enum Jenis {
        DITAMBAH, DIUBAH, DIHAPUS
    }

    /** @param rincian for a changed row, what changed ("Target 2026: 100 → 120; Pagu 2026: …") */
    public record PerubahanBaris(Jenis jenis, String kode, String nama, String rincian) {
    }

    /** Stored as a new version (Renstra Perubahan ke-{@link #perubahanKe}), which needs its reason on apply. */
    public boolean sebagaiPerubahan() {
        return perubahanKe != null;
    }

    public boolean bolehDiterapkan() {
        return halangan == null;
    }

    public long jumlah(Jenis jenis) {
        return perubahan.stream().filter(p -> p.jenis() == jenis).count();
    }
}
