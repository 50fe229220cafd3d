package id.sipeka.dokumen;

import java.util.List;
import java.util.Objects;

/**
 * A table with a multi-row header (merged cells by colspan/rowspan, repeated on every page) and typed body cells.
 * Column counts are checked when the table is built, so a renderer never has to guess.
 *
 * @param nomor e.g. "Tabel 3.1" (listed in the list of tables), may be empty
 * @param kepala header rows, each a list of cells laid out the HTML way (a cell covered by a rowspan from
 *               above is not repeated)
 * @param baris body rows, including TOTAL/JUMLAH rows
 * @param lebarKolom relative column widths (any unit), empty for equal widths
 * @param lanskap print on a landscape page (wide tables)
 */
public record Tabel(String nomor, String judul, List<List<SelKepala>> kepala, List<BarisTabel> baris,
        List<Integer> lebarKolom, boolean lanskap) implements Blok {

    public Tabel {
        nomor = nomor == null ? "" : nomor;
        judul = judul == null ? "" : judul;
        kepala = kepala.stream().map(List::copyOf).toList();
        baris = List.copyOf(baris);
        lebarKolom = List.copyOf(lebarKolom);
        if (kepala.isEmpty()) {
            throw new IllegalArgumentException("Tabel tanpa baris judul kolom: " + judul);
        }
        int kolom = hitungKolom(kepala);
        if (!lebarKolom.isEmpty() && lebarKolom.size() != kolom) {
            throw new IllegalArgumentException("Lebar kolom " + lebarKolom.size() + " untuk " + kolom + " kolom: " + judul);
        }
        for (BarisTabel b : baris) {
            if (b.lebar() != kolom) {
                throw new IllegalArgumentException("Baris dengan " + b.lebar() + " kolom pada tabel " + kolom
                        + " kolom: " + judul);
            }
        }
    }

    /**
     * A form as wide as the regulation's evaluation table (16 columns or more) prints a point smaller, so that
     * rupiah amounts stay on one line of a landscape A4 page.
     */
    public boolean rapat() {
        return jumlahKolom() >= 16;
    }

    public int jumlahKolom() {
        return hitungKolom(kepala);
    }

    /** "Tabel 3.1 Rumusan …" as printed above the table and in the list of tables. */
    public String label() {
        return (nomor + " " + judul).strip();
    }

    /**
     * The header as a grid: {@code grid[row][column]} is the cell that covers that position (merged cells appear
     * in every position they cover). DOCX and XLSX need this; HTML uses the spans directly.
     */
    public SelKepala[][] gridKepala() {
        int kolom = jumlahKolom();
        SelKepala[][] grid = new SelKepala[kepala.size()][kolom];
        for (int r = 0; r < kepala.size(); r++) {
            int c = 0;
            for (SelKepala sel : kepala.get(r)) {
                while (c < kolom && grid[r][c] != null) {
                    c++;
                }
                for (int dr = 0; dr < sel.rowspan() && r + dr < kepala.size(); dr++) {
                    for (int dc = 0; dc < sel.colspan() && c + dc < kolom; dc++) {
                        grid[r + dr][c + dc] = sel;
                    }
                }
                c += sel.colspan();
            }
        }
        for (int r = 0; r < grid.length; r++) {
            for (int c = 0; c < kolom; c++) {
                Objects.requireNonNull(grid[r][c], () -> "Judul kolom tidak lengkap pada tabel " + judul);
            }
        }
        return grid;
    }

    /** Width of the first header row; rows below must fill the same width (checked by {@link #gridKepala()}). */
    private static int hitungKolom(List<List<SelKepala>> kepala) {
        return kepala.getFirst().stream().mapToInt(SelKepala::colspan).sum();
    }
}
