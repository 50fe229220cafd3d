package id.sipeka.renja;

/**
 * What a Renja step moved on, as {@link id.sipeka.base.LangkahSelesai#subjek()} and the {@code sipeka:subjek} of the
 * process's user tasks name it: a unit's section ({@code renja:12:unit:5}) or the Renja as a whole ({@code renja:12}).
 */
final class SubjekRenja {

    private SubjekRenja() {
    }

    static String subjek(long renjaId) {
        return "renja:" + renjaId;
    }

    static String subjek(long renjaId, long unitId) {
        return "renja:" + renjaId + ":unit:" + unitId;
    }
}
