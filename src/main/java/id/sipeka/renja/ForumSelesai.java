package id.sipeka.renja;

import id.sipeka.base.LangkahSelesai;
import java.util.List;

/** The forum was closed; {@code unitRevisi} revise their sections now (none: the rancangan akhir is next). */
public record ForumSelesai(long renjaId, long kecamatanId, List<Long> unitRevisi) implements LangkahSelesai {

    public ForumSelesai {
        unitRevisi = List.copyOf(unitRevisi);
    }

    @Override
    public String subjek() {
        return SubjekRenja.subjek(renjaId);
    }
}
