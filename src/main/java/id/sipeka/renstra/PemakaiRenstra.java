package id.sipeka.renstra;

import java.util.List;
import java.util.Set;

/**
 * A module that builds on a Renstra (the Renja) tells the Renstra which of its plans use it, so that a re-import
 * never pulls a row from under a plan and never changes a plan that has left its draft. Implemented by the Renja
 * module; the Renstra module does not depend on it.
 */
public interface PemakaiRenstra {

    /** Every plan built on this Renstra. */
    List<Pemakai> pemakai(long renstraId);

    /**
     * @param nama how a message names it, e.g. "Renja 2026" or "Renja Perubahan 2026"
     * @param tahun its year
     * @param tahap its stage as the user reads it, e.g. "Forum Perangkat Daerah"
     * @param rancangan still being drafted (units filling their sections): a re-import may still change the Renstra
     * @param nomenklaturId the Renstra rows its own rows point at
     */
    record Pemakai(String nama, int tahun, String tahap, boolean rancangan, Set<Long> nomenklaturId) {
    }
}
