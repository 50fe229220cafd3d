package id.sipeka.renstra;

import id.sipeka.base.AturanDilanggarException;
import id.sipeka.base.Pesan;
import java.util.List;

/** The import file has problems; nothing was stored. Carries every problem found, not just the first. */
public class ImporDitolakException extends AturanDilanggarException {

    private final List<MasalahImpor> masalah;

    public ImporDitolakException(List<MasalahImpor> masalah) {
        super(Pesan.get("impor.ditolak", masalah.size()));
        this.masalah = List.copyOf(masalah);
    }

    public List<MasalahImpor> masalah() {
        return masalah;
    }
}
