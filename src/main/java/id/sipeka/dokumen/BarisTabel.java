package id.sipeka.dokumen;

import java.util.List;

/**
 * A body row.
 *
 * @param jenis {@link Jenis#KELOMPOK} for program/kegiatan rows (bold), {@link Jenis#TOTAL} for TOTAL/JUMLAH
 *              rows (bold, shaded), otherwise {@link Jenis#BIASA}
 */
public record BarisTabel(Jenis jenis, List<Sel> sel) {

    public enum Jenis { BIASA, KELOMPOK, TOTAL }

    public BarisTabel {
        sel = List.copyOf(sel);
    }

    public static BarisTabel biasa(Sel... sel) {
        return new BarisTabel(Jenis.BIASA, List.of(sel));
    }

    public static BarisTabel kelompok(Sel... sel) {
        return new BarisTabel(Jenis.KELOMPOK, List.of(sel));
    }

    public static BarisTabel total(Sel... sel) {
        return new BarisTabel(Jenis.TOTAL, List.of(sel));
    }

    /** Number of columns the row covers. */
    public int lebar() {
        return sel.stream().mapToInt(Sel::rentang).sum();
    }

    public boolean tebal() {
        return jenis != Jenis.BIASA;
    }
}
