package id.sipeka.evaluasi;

import id.sipeka.base.AngkaIndonesia;
import id.sipeka.base.Pesan;
import id.sipeka.base.Rupiah;
import id.sipeka.renstra.ImporDitolakException;
import id.sipeka.renstra.MasalahImpor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;

/**
 * Reads a budget realisation report (Laporan Realisasi Anggaran) as the finance office exports it: on its first
 * sheet, a heading row with a "Kode" (or "Kode Rekening") column and a "Realisasi" column, then one row per
 * program, kegiatan, sub kegiatan and account. Only the rows whose code has the shape of a sub kegiatan code
 * (7.01.01.2.01.0001) are taken; account and heading rows are passed over. A "Realisasi s.d. …" column holds the
 * year to date, a plain "Realisasi …" column the quarter itself; when a file has both, the quarter's own is read.
 */
final class BacaLra {

    /** A sub kegiatan's line of the file: where it is, and the amount as written (the quarter's or to date). */
    record Baris(int nomor, String kode, String uraian, long realisasi) {
    }

    record Hasil(String lembar, boolean kumulatif, String judulRealisasi, List<Baris> baris, List<MasalahImpor> masalah) {
    }

    static final Pattern KODE_SUB_KEGIATAN = Pattern.compile("\\d+\\.\\d{2}\\.\\d{2}\\.\\d\\.\\d{2}\\.\\d{4}");
    private static final int BARIS_JUDUL_PALING_BAWAH = 30;

    private BacaLra() {
    }

    static Hasil baca(InputStream masukan) {
        Workbook buku;
        try {
            buku = WorkbookFactory.create(masukan);
        } catch (IOException | RuntimeException e) {
            // not a workbook at all, a damaged one, or one POI cannot open: the same answer to the user
            throw new ImporDitolakException(List.of(new MasalahImpor(null, null, null, Pesan.get("lra.bukanXlsx"))));
        }
        try (buku) {
            if (buku.getNumberOfSheets() == 0) {
                throw new ImporDitolakException(List.of(new MasalahImpor(null, null, null, Pesan.get("lra.tanpaLembar"))));
            }
            return lembar(buku.getSheetAt(0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Hasil lembar(Sheet sheet) {
        String nama = sheet.getSheetName();
        Judul judul = judul(sheet).orElseThrow(() -> new ImporDitolakException(List.of(
                new MasalahImpor(nama, null, null, Pesan.get("lra.tanpaJudul")))));
        List<MasalahImpor> masalah = new ArrayList<>();
        List<Baris> baris = new ArrayList<>();
        Map<String, Integer> sudah = new HashMap<>();
        String kolomRealisasi = CellReference.convertNumToColString(judul.realisasi());
        for (int r = judul.baris() + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            String kode = teks(row == null ? null : row.getCell(judul.kode())).trim();
            if (!KODE_SUB_KEGIATAN.matcher(kode).matches()) {
                continue; // program, kegiatan, account or total rows
            }
            int nomor = r + 1;
            Integer sebelumnya = sudah.putIfAbsent(kode, nomor);
            if (sebelumnya != null) {
                masalah.add(new MasalahImpor(nama, nomor, CellReference.convertNumToColString(judul.kode()),
                        Pesan.get("lra.kodeGanda", kode, sebelumnya)));
                continue;
            }
            String uraian = judul.uraian() < 0 ? "" : teks(row.getCell(judul.uraian())).trim();
            Cell sel = row.getCell(judul.realisasi());
            Optional<BigDecimal> nilai = angka(sel);
            if (nilai.isEmpty()) {
                masalah.add(new MasalahImpor(nama, nomor, kolomRealisasi, Pesan.get("lra.bukanAngka", teks(sel))));
                continue;
            }
            Optional<String> salah = Rupiah.masalah(nilai.get(), judul.teks());
            if (salah.isPresent()) {
                masalah.add(new MasalahImpor(nama, nomor, kolomRealisasi, salah.get()));
                continue;
            }
            baris.add(new Baris(nomor, kode, uraian, nilai.get().longValueExact()));
        }
        if (baris.isEmpty() && masalah.isEmpty()) {
            masalah.add(new MasalahImpor(nama, null, null, Pesan.get("lra.tanpaSubKegiatan")));
        }
        return new Hasil(nama, judul.kumulatif(), judul.teks(), baris, masalah);
    }

    /** Where the heading row is and which columns hold the code, the description and the realisation. */
    private record Judul(int baris, int kode, int uraian, int realisasi, boolean kumulatif, String teks) {
    }

    private static Optional<Judul> judul(Sheet sheet) {
        for (int r = sheet.getFirstRowNum(); r <= Math.min(sheet.getLastRowNum(), BARIS_JUDUL_PALING_BAWAH); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            int kode = -1;
            int uraian = -1;
            int triwulan = -1;
            int sampaiDengan = -1;
            for (Cell c : row) {
                String t = teks(c).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
                int i = c.getColumnIndex();
                if (t.startsWith("kode") && kode < 0) {
                    kode = i;
                } else if ((t.startsWith("uraian") || t.startsWith("nama")) && uraian < 0) {
                    uraian = i;
                } else if (t.startsWith("realisasi") && !t.contains("%") && !t.contains("persen")) {
                    boolean sd = t.contains("s.d") || t.contains("s/d") || t.contains("sampai");
                    if (sd && sampaiDengan < 0) {
                        sampaiDengan = i;
                    } else if (!sd && triwulan < 0) {
                        triwulan = i;
                    }
                }
            }
            if (kode >= 0 && (triwulan >= 0 || sampaiDengan >= 0)) {
                int kolom = triwulan >= 0 ? triwulan : sampaiDengan;
                return Optional.of(new Judul(r, kode, uraian, kolom, triwulan < 0, teks(row.getCell(kolom)).trim()));
            }
        }
        return Optional.empty();
    }

    private static final DataFormatter FORMAT = new DataFormatter(Locale.ROOT);

    private static String teks(Cell c) {
        if (c == null) {
            return "";
        }
        return c.getCellType() == CellType.FORMULA ? FORMAT.formatCellValue(c, c.getSheet().getWorkbook()
                .getCreationHelper().createFormulaEvaluator()) : FORMAT.formatCellValue(c);
    }

    /** A number cell as it is; a text cell as an Indonesian number ("1.250.000" or "1.250.000,00"); empty or "-" = 0. */
    private static Optional<BigDecimal> angka(Cell c) {
        if (c == null || c.getCellType() == CellType.BLANK) {
            return Optional.of(BigDecimal.ZERO);
        }
        CellType jenis = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
        if (jenis == CellType.NUMERIC) {
            return Optional.of(BigDecimal.valueOf(c.getNumericCellValue()));
        }
        try {
            return Optional.of(AngkaIndonesia.parse(teks(c)).orElse(BigDecimal.ZERO));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
