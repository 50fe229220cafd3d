package id.sipeka.evaluasi;

import id.sipeka.base.AngkaIndonesia;
import id.sipeka.base.Pesan;
import id.sipeka.evaluasi.RiwayatData.BarisRiwayat;
import id.sipeka.evaluasi.RiwayatData.IsianRiwayat;
import id.sipeka.evaluasi.RiwayatData.RiwayatTahun;
import id.sipeka.renstra.ImporDitolakException;
import id.sipeka.renstra.MasalahImpor;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The spreadsheet of a historical year: one row per sub kegiatan of the Renstra with its target and pagu of the year
 * (to read, not to change) and two columns to fill, realisasi kinerja and realisasi keuangan of the whole year.
 */
final class XlsxRiwayat {

    static final String KODE = "Kode";
    static final String REALISASI = "Realisasi Kinerja";
    static final String REALISASI_RP = "Realisasi Keuangan (Rp)";
    private static final List<String> JUDUL = List.of(KODE, "Sub Kegiatan", "Unit", "Indikator", "Satuan", "Target", "Pagu (Rp)",
            REALISASI, REALISASI_RP);

    private XlsxRiwayat() {
    }

    static String lembar(int tahun) {
        return "Riwayat " + tahun;
    }

    static byte[] tulis(RiwayatTahun r) {
        try (XSSFWorkbook buku = new XSSFWorkbook(); ByteArrayOutputStream keluar = new ByteArrayOutputStream()) {
            Sheet s = buku.createSheet(lembar(r.tahun()));
            Row judul = s.createRow(0);
            for (int i = 0; i < JUDUL.size(); i++) {
                judul.createCell(i).setCellValue(JUDUL.get(i));
            }
            int n = 1;
            for (BarisRiwayat b : r.baris()) {
                Row row = s.createRow(n++);
                row.createCell(0).setCellValue(b.kode());
                row.createCell(1).setCellValue(b.nama());
                row.createCell(2).setCellValue(b.unitNama() == null ? "" : b.unitNama());
                row.createCell(3).setCellValue(b.indikator() == null ? "" : b.indikator());
                row.createCell(4).setCellValue(b.satuan() == null ? "" : b.satuan());
                angka(row, 5, b.target());
                angka(row, 6, b.pagu() == null ? null : BigDecimal.valueOf(b.pagu()));
                angka(row, 7, b.realisasi());
                angka(row, 8, b.realisasiRp() == null ? null : BigDecimal.valueOf(b.realisasiRp()));
            }
            for (int i = 0; i < JUDUL.size(); i++) {
                s.setColumnWidth(i, (i == 1 || i == 3 ? 50 : 16) * 256);
            }
            buku.write(keluar);
            return keluar.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void angka(Row row, int kolom, BigDecimal nilai) {
        if (nilai != null) {
            row.createCell(kolom).setCellValue(nilai.doubleValue());
        }
    }

    /** Every filled row of the year's sheet; every problem names sheet, row and column, and stops the whole import. */
    static List<IsianRiwayat> baca(byte[] isi, int tahun, Set<String> dikenal) {
        Workbook buku;
        try {
            buku = WorkbookFactory.create(new ByteArrayInputStream(isi));
        } catch (IOException | RuntimeException e) {
            throw new ImporDitolakException(List.of(new MasalahImpor(null, null, null, Pesan.get("impor.xlsxRusak"))));
        }
        try (buku) {
            String nama = lembar(tahun);
            Sheet s = buku.getSheet(nama);
            if (s == null) {
                throw new ImporDitolakException(List.of(new MasalahImpor(nama, null, null, Pesan.get("impor.lembarTidakAda", nama))));
            }
            Row judul = s.getRow(0);
            int kode = kolom(judul, KODE);
            int realisasi = kolom(judul, REALISASI);
            int realisasiRp = kolom(judul, REALISASI_RP);
            List<MasalahImpor> masalah = new ArrayList<>();
            for (var x : List.of(List.of(KODE, kode), List.of(REALISASI, realisasi), List.of(REALISASI_RP, realisasiRp))) {
                if ((int) x.get(1) < 0) {
                    masalah.add(new MasalahImpor(nama, 1, null, Pesan.get("impor.kolomWajib", x.get(0))));
                }
            }
            if (!masalah.isEmpty()) {
                throw new ImporDitolakException(masalah);
            }
            List<IsianRiwayat> hasil = new ArrayList<>();
            for (int r = 1; r <= s.getLastRowNum(); r++) {
                Row row = s.getRow(r);
                String k = row == null ? "" : teks(row.getCell(kode)).trim();
                if (k.isEmpty()) {
                    continue;
                }
                if (!dikenal.contains(k)) {
                    masalah.add(new MasalahImpor(nama, r + 1, CellReference.convertNumToColString(kode),
                            Pesan.get("riwayat.kodeTidakDikenal", k, tahun)));
                    continue;
                }
                BigDecimal kinerja = nilai(row.getCell(realisasi), nama, r + 1, realisasi, masalah);
                BigDecimal rp = nilai(row.getCell(realisasiRp), nama, r + 1, realisasiRp, masalah);
                if (rp != null && rp.stripTrailingZeros().scale() > 0) {
                    masalah.add(new MasalahImpor(nama, r + 1, CellReference.convertNumToColString(realisasiRp),
                            Pesan.get("angka.rupiahDesimal", REALISASI_RP)));
                    continue;
                }
                hasil.add(new IsianRiwayat(k, kinerja, rp == null ? null : rp.longValue()));
            }
            if (!masalah.isEmpty()) {
                throw new ImporDitolakException(masalah);
            }
            return hasil;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int kolom(Row judul, String nama) {
        if (judul != null) {
            for (Cell c : judul) {
                if (teks(c).trim().equalsIgnoreCase(nama)) {
                    return c.getColumnIndex();
                }
            }
        }
        return -1;
    }

    private static BigDecimal nilai(Cell c, String lembar, int baris, int kolom, List<MasalahImpor> masalah) {
        if (c == null || c.getCellType() == CellType.BLANK) {
            return null;
        }
        if (c.getCellType() == CellType.NUMERIC) {
            return BigDecimal.valueOf(c.getNumericCellValue());
        }
        try {
            return AngkaIndonesia.parse(teks(c)).orElse(null);
        } catch (NumberFormatException e) {
            masalah.add(new MasalahImpor(lembar, baris, CellReference.convertNumToColString(kolom), e.getMessage()));
            return null;
        }
    }

    private static final DataFormatter FORMAT = new DataFormatter(Locale.ROOT);

    private static String teks(Cell c) {
        return c == null ? "" : FORMAT.formatCellValue(c);
    }
}
