package id.sipeka.dokumen;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The tables of a document as a workbook, one sheet per table. Numbers stay numbers: a spreadsheet user can sum
 * them. Format codes are stored the way the file format requires ({@code #,##0}, {@code 0.00%}); Excel and
 * LibreOffice show them with the reader's separators, {@code #.##0} and {@code 0,00%} on an Indonesian system.
 */
final class XlsxDokumen {

    static final String FORMAT_ANGKA = "#,##0";
    static final String FORMAT_RUPIAH = "\"Rp \"#,##0";
    static final String FORMAT_PERUBAHAN = "#,##0;(#,##0)";
    static final String FORMAT_PERSEN = "0.00%";
    private static final int BARIS_JUDUL = 0;
    private static final int BARIS_KEPALA = 2;

    private XlsxDokumen() {
    }

    static byte[] tulis(Dokumen dokumen) {
        return tulis(dokumen.judul(), dokumen.tabel());
    }

    /** The workbook of a document's tables alone (what an issued document's event carries). */
    static byte[] tulis(String judul, List<Tabel> semuaTabel) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream keluar = new ByteArrayOutputStream()) {
            wb.getProperties().getCoreProperties().setTitle(judul);
            Gaya gaya = new Gaya(wb);
            Set<String> namaDipakai = new HashSet<>();
            int urutan = 0;
            for (Tabel tabel : semuaTabel) {
                urutan++;
                Sheet sheet = wb.createSheet(namaLembar(tabel, urutan, namaDipakai));
                tulisTabel(sheet, tabel, gaya);
            }
            if (wb.getNumberOfSheets() == 0) {
                wb.createSheet("Dokumen").createRow(0).createCell(0).setCellValue(judul);
            }
            wb.write(keluar);
            return keluar.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String namaLembar(Tabel tabel, int urutan, Set<String> dipakai) {
        String dasar = tabel.nomor().isBlank() ? "Tabel " + urutan : tabel.nomor();
        String nama = WorkbookUtil.createSafeSheetName(dasar);
        for (int i = 2; !dipakai.add(nama.toLowerCase()); i++) {
            nama = WorkbookUtil.createSafeSheetName(dasar + " (" + i + ")");
        }
        return nama;
    }

    private static void tulisTabel(Sheet sheet, Tabel tabel, Gaya gaya) {
        int kolom = tabel.jumlahKolom();
        Row judul = sheet.createRow(BARIS_JUDUL);
        Cell cJudul = judul.createCell(0);
        cJudul.setCellValue(tabel.label());
        cJudul.setCellStyle(gaya.judul);
        if (kolom > 1) {
            sheet.addMergedRegion(new CellRangeAddress(BARIS_JUDUL, BARIS_JUDUL, 0, kolom - 1));
        }

        SelKepala[][] grid = tabel.gridKepala();
        Map<SelKepala, int[]> awal = new HashMap<>();
        for (int r = 0; r < grid.length; r++) {
            Row row = sheet.createRow(BARIS_KEPALA + r);
            for (int c = 0; c < kolom; c++) {
                SelKepala sel = grid[r][c];
                Cell cell = row.createCell(c);
                cell.setCellStyle(gaya.kepala);
                if (awal.putIfAbsent(sel, new int[] {r, c}) == null) {
                    cell.setCellValue(sel.teks());
                    if (sel.colspan() > 1 || sel.rowspan() > 1) {
                        sheet.addMergedRegion(new CellRangeAddress(BARIS_KEPALA + r, BARIS_KEPALA + r + sel.rowspan() - 1,
                                c, c + sel.colspan() - 1));
                    }
                }
            }
        }
        int r = BARIS_KEPALA + grid.length;
        for (BarisTabel baris : tabel.baris()) {
            Row row = sheet.createRow(r);
            int c = 0;
            for (Sel sel : baris.sel()) {
                Cell cell = row.createCell(c);
                isi(cell, sel, gaya, baris);
                for (int k = 1; k < sel.rentang(); k++) {
                    row.createCell(c + k).setCellStyle(gaya.untuk(Sel.Jenis.TEKS, null, baris));
                }
                if (sel.rentang() > 1) {
                    sheet.addMergedRegion(new CellRangeAddress(r, r, c, c + sel.rentang() - 1));
                }
                c += sel.rentang();
            }
            r++;
        }
        List<Integer> persen = HtmlDokumen.lebarPersen(tabel);
        int lebarTotal = tabel.lanskap() ? 240 : 150;
        for (int c = 0; c < kolom; c++) {
            sheet.setColumnWidth(c, Math.min(255, Math.max(6, lebarTotal * persen.get(c) / 100)) * 256);
        }
        sheet.createFreezePane(0, BARIS_KEPALA + grid.length);
        sheet.setRepeatingRows(new CellRangeAddress(BARIS_KEPALA, BARIS_KEPALA + grid.length - 1, -1, -1));
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.getPrintSetup().setLandscape(tabel.lanskap());
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
    }

    private static void isi(Cell cell, Sel sel, Gaya gaya, BarisTabel baris) {
        BigDecimal nilai = sel.nilai();
        if (sel.jenis() == Sel.Jenis.TEKS || nilai == null) {
            cell.setCellValue(sel.teks());
            cell.setCellStyle(gaya.untuk(sel.jenis() == Sel.Jenis.TEKS ? Sel.Jenis.TEKS : Sel.Jenis.PERSEN, null, baris));
            return;
        }
        switch (sel.jenis()) {
            case PERSEN -> cell.setCellValue(nilai.movePointLeft(2).doubleValue());
            default -> cell.setCellValue(nilai.doubleValue());
        }
        cell.setCellStyle(gaya.untuk(sel.jenis(), nilai, baris));
    }

    /** Cell styles are a scarce workbook resource: one per combination, made once. */
    private static final class Gaya {

        private final XSSFWorkbook wb;
        private final CellStyle judul;
        private final CellStyle kepala;
        private final Font biasa;
        private final Font tebal;
        private final Map<String, CellStyle> cache = new HashMap<>();

        Gaya(XSSFWorkbook wb) {
            this.wb = wb;
            biasa = wb.createFont();
            biasa.setFontName("Arial");
            biasa.setFontHeightInPoints((short) 9);
            tebal = wb.createFont();
            tebal.setFontName("Arial");
            tebal.setFontHeightInPoints((short) 9);
            tebal.setBold(true);
            Font besar = wb.createFont();
            besar.setFontName("Arial");
            besar.setFontHeightInPoints((short) 11);
            besar.setBold(true);
            judul = wb.createCellStyle();
            judul.setFont(besar);
            judul.setAlignment(HorizontalAlignment.CENTER);
            kepala = bergaris();
            kepala.setFont(tebal);
            kepala.setAlignment(HorizontalAlignment.CENTER);
            kepala.setVerticalAlignment(VerticalAlignment.CENTER);
            kepala.setWrapText(true);
            kepala.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            kepala.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }

        CellStyle untuk(Sel.Jenis jenis, BigDecimal nilai, BarisTabel baris) {
            String format = switch (jenis) {
                case TEKS -> null;
                case ANGKA -> nilai == null || nilai.stripTrailingZeros().scale() <= 0 ? FORMAT_ANGKA
                        : FORMAT_ANGKA + "." + "0".repeat(nilai.stripTrailingZeros().scale());
                case RUPIAH -> FORMAT_RUPIAH;
                case PERSEN -> nilai == null ? null : FORMAT_PERSEN;
                case PERUBAHAN_RUPIAH -> FORMAT_PERUBAHAN;
            };
            String kunci = format + "|" + jenis.rataKanan() + "|" + baris.jenis();
            return cache.computeIfAbsent(kunci, k -> {
                CellStyle s = bergaris();
                s.setFont(baris.tebal() ? tebal : biasa);
                s.setVerticalAlignment(VerticalAlignment.TOP);
                if (format != null) {
                    s.setDataFormat(wb.createDataFormat().getFormat(format));
                }
                s.setAlignment(jenis.rataKanan() ? HorizontalAlignment.RIGHT : HorizontalAlignment.LEFT);
                s.setWrapText(!jenis.rataKanan());
                if (baris.jenis() == BarisTabel.Jenis.TOTAL) {
                    s.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
                    s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                }
                return s;
            });
        }

        private CellStyle bergaris() {
            CellStyle s = wb.createCellStyle();
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
            return s;
        }
    }
}
