package id.sipeka.dokumen;

import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;

/** A table of the document model in Word: its caption, merged header cells, widths in proportion, repeated header rows. */
final class TabelDocx {

    private TabelDocx() {
    }

    static void tulis(XWPFDocument doc, Tabel tabel) {
        XWPFParagraph keterangan = doc.createParagraph();
        keterangan.setStyle(DocxDokumen.GAYA_KETERANGAN);
        keterangan.setKeepNext(true);
        DocxDokumen.teks(keterangan, tabel.label(), 10).setBold(true);

        long lebarIsi = tabel.lanskap() ? DocxDokumen.LEBAR_ISI_LANSKAP : DocxDokumen.LEBAR_ISI_POTRET;
        List<Integer> persen = HtmlDokumen.lebarPersen(tabel);
        long[] lebar = persen.stream().mapToLong(p -> lebarIsi * p / 100).toArray();
        int kolom = tabel.jumlahKolom();

        XWPFTable t = doc.createTable();
        t.setTableAlignment(TableRowAlign.CENTER);
        t.setWidth(String.valueOf(lebarIsi));
        t.getCTTbl().getTblPr().addNewTblLayout().setType(
                org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType.FIXED);
        t.setTopBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
        t.setBottomBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
        t.setLeftBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
        t.setRightBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
        t.setInsideHBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
        t.setInsideVBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
        var grid = t.getCTTbl().getTblGrid() != null ? t.getCTTbl().getTblGrid() : t.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (long w : lebar) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }

        SelKepala[][] kepala = tabel.gridKepala();
        for (int r = 0; r < kepala.length; r++) {
            XWPFTableRow baris = t.insertNewTableRow(t.getNumberOfRows());
            baris.setRepeatHeader(true);
            baris.setCantSplitRow(true);
            int c = 0;
            while (c < kolom) {
                SelKepala sel = kepala[r][c];
                int rentang = sel.colspan();
                XWPFTableCell cell = baris.createCell();
                CTTcPr pr = cell.getCTTc().addNewTcPr();
                pr.addNewTcW().setW(BigInteger.valueOf(lebarRentang(lebar, c, rentang)));
                pr.getTcW().setType(STTblWidth.DXA);
                if (rentang > 1) {
                    pr.addNewGridSpan().setVal(BigInteger.valueOf(rentang));
                }
                if (sel.rowspan() > 1) {
                    boolean lanjutan = r > 0 && kepala[r - 1][c] == sel;
                    pr.addNewVMerge().setVal(lanjutan ? STMerge.CONTINUE : STMerge.RESTART);
                }
                pr.addNewVAlign().setVal(STVerticalJc.CENTER);
                var shd = pr.addNewShd();
                shd.setVal(STShd.CLEAR);
                shd.setFill("E6E6E6");
                boolean lanjutan = r > 0 && kepala[r - 1][c] == sel;
                isiSel(cell, lanjutan ? "" : sel.teks(), true, ParagraphAlignment.CENTER, tabel);
                c += rentang;
            }
        }
        for (BarisTabel baris : tabel.baris()) {
            XWPFTableRow row = t.insertNewTableRow(t.getNumberOfRows());
            row.setCantSplitRow(true);
            int c = 0;
            for (Sel sel : baris.sel()) {
                XWPFTableCell cell = row.createCell();
                CTTcPr pr = cell.getCTTc().addNewTcPr();
                pr.addNewTcW().setW(BigInteger.valueOf(lebarRentang(lebar, c, sel.rentang())));
                pr.getTcW().setType(STTblWidth.DXA);
                if (sel.rentang() > 1) {
                    pr.addNewGridSpan().setVal(BigInteger.valueOf(sel.rentang()));
                }
                if (baris.jenis() == BarisTabel.Jenis.TOTAL) {
                    var shd = pr.addNewShd();
                    shd.setVal(STShd.CLEAR);
                    shd.setFill("F0F0F0");
                }
                isiSel(cell, sel.teks(), baris.tebal(),
                        sel.jenis().rataKanan() ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT, tabel);
                c += sel.rentang();
            }
        }
        // doc.createTable() starts with one empty row: it is not part of the model.
        t.removeRow(0);
    }

    private static long lebarRentang(long[] lebar, int dari, int rentang) {
        long w = 0;
        for (int i = dari; i < dari + rentang && i < lebar.length; i++) {
            w += lebar[i];
        }
        return w;
    }

    private static void isiSel(XWPFTableCell cell, String isi, boolean tebal, ParagraphAlignment rata, Tabel tabel) {
        XWPFParagraph p = cell.getParagraphs().getFirst();
        p.setAlignment(rata);
        p.setSpacingAfter(0);
        String[] baris = isi.split("\n", -1);
        for (int i = 0; i < baris.length; i++) {
            XWPFRun r = DocxDokumen.teks(p, baris[i], tabel.rapat() ? 6 : tabel.lanskap() ? 7 : 8);
            r.setBold(tebal);
            if (i < baris.length - 1) {
                r.addBreak();
            }
        }
    }
}
