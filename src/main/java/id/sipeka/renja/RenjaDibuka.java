package id.sipeka.renja;

import id.sipeka.base.LangkahSelesai;
import java.util.List;

/** A Renja (or a Renja Perubahan) was opened; every unit in {@code unitIds} fills its section now. */
public record RenjaDibuka(long renjaId, long kecamatanId, int tahun, JenisRenja jenis, List<Long> unitIds)
        implements LangkahSelesai {

    public RenjaDibuka {
        unitIds = List.copyOf(unitIds);
    }

    @Override
    public String subjek() {
        return SubjekRenja.subjek(renjaId);
    }
}
