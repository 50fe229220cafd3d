package id.sipeka.dokumen;

import java.util.List;

/**
 * The printed widths of a table's columns: the table's relative widths, except that no column is narrower than its
 * longest word or code. A word that does not fit its column is cut by the renderer wherever the line ends
 * ("Kecamata n", "7.01.05.2.01.000 8"); so a narrow column gets the width of its longest word (measured in the
 * document's font, header cells in bold) and the columns with room to spare give it up in proportion. When even the
 * longest words cannot all fit the page, the relative widths stay as they are.
 */
final class LebarKolom {

    /** Text width of a portrait and of a landscape page (A4 minus the margins of {@link HtmlDokumen}), in points. */
    private static final double POTRET_PT = 167 * 72 / 25.4;
    private static final double LANSKAP_PT = 262 * 72 / 25.4;
    /** A cell's left and right padding and its border, with a point to spare. */
    private static final double TEPI_PT = 2 * 2.5 + 0.5 + 1;

    private LebarKolom() {
    }

    /** Widths in percent of the table's width, adding up to 100. */
    static double[] persen(Tabel tabel) {
        int kolom = tabel.jumlahKolom();
        double[] lebar = dasar(tabel, kolom);
        double[] minimal = minimal(tabel, kolom);
        double jumlahMinimal = 0;
        double kurang = 0;
        double longgar = 0;
        for (int i = 0; i < kolom; i++) {
            jumlahMinimal += minimal[i];
            kurang += Math.max(0, minimal[i] - lebar[i]);
            longgar += Math.max(0, lebar[i] - minimal[i]);
        }
        if (kurang == 0 || jumlahMinimal > 100) {
            return lebar;
        }
        // longgar >= kurang because the widths add up to 100 and the minima to no more than that
        double[] hasil = new double[kolom];
        for (int i = 0; i < kolom; i++) {
            hasil[i] = lebar[i] < minimal[i] ? minimal[i] : lebar[i] - kurang * (lebar[i] - minimal[i]) / longgar;
        }
        return hasil;
    }

    private static double[] dasar(Tabel tabel, int kolom) {
        List<Integer> relatif = tabel.lebarKolom().isEmpty() ? java.util.Collections.nCopies(kolom, 1) : tabel.lebarKolom();
        double jumlah = relatif.stream().mapToInt(Integer::intValue).sum();
        double[] lebar = new double[kolom];
        for (int i = 0; i < kolom; i++) {
            lebar[i] = relatif.get(i) * 100 / jumlah;
        }
        return lebar;
    }

    /** Per column, the longest word of its single-column cells, in percent of the table's width. */
    private static double[] minimal(Tabel tabel, int kolom) {
        float ukuran = tabel.rapat() ? 6f : 7f;
        double halaman = tabel.lanskap() ? LANSKAP_PT : POTRET_PT;
        double[] pt = new double[kolom];
        SelKepala[][] kepala = tabel.gridKepala();
        for (SelKepala[] baris : kepala) {
            for (int c = 0; c < kolom; c++) {
                if (baris[c].colspan() == 1) {
                    pt[c] = Math.max(pt[c], kataTerpanjang(baris[c].teks(), true, ukuran));
                }
            }
        }
        for (BarisTabel baris : tabel.baris()) {
            int c = 0;
            boolean tebal = baris.jenis() != BarisTabel.Jenis.BIASA;
            for (Sel sel : baris.sel()) {
                if (sel.rentang() == 1) {
                    pt[c] = Math.max(pt[c], kataTerpanjang(sel.teks(), tebal, ukuran));
                }
                c += sel.rentang();
            }
        }
        double[] persen = new double[kolom];
        for (int c = 0; c < kolom; c++) {
            // 5 % more than measured: the renderer's line breaker rounds each glyph's advance
            persen[c] = (pt[c] * 1.05 + TEPI_PT) * 100 / halaman;
        }
        return persen;
    }

    private static double kataTerpanjang(String teks, boolean tebal, float ukuran) {
        double terpanjang = 0;
        if (teks == null || teks.isBlank()) {
            return 0;
        }
        for (String kata : teks.strip().split("\\s+")) {
            terpanjang = Math.max(terpanjang, FontDokumen.lebarPt(kata, tebal, ukuran));
        }
        return terpanjang;
    }
}
