package id.sipeka.renja;

import id.sipeka.base.Pesan;
import id.sipeka.renstra.MasalahImpor;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;

/**
 * Reads a Renja sheet in SIPD's layout ({@link SipdRenjaXlsx}) as written cells, before any checking: the title
 * lines' kecamatan and year, then each row's cells by field with the column's name as the user sees it
 * ("H (Target Capaian Kinerja Tahun 2026)"). The header row is found by its first column, "Kode Urusan".
 */
final class BacaSipdRenja {

    private static final int CARI_JUDUL = 20;

    /** @param baris the sheet row as the user counts it (from 1) */
    record Baris(int baris, Map<String, Object> sel) {
    }

    /** @param barisTahun where the year was read (from 1), or null when the title lines have none */
    record Berkas(String kecamatan, Object tahun, Integer barisTahun, List<Baris> baris, Map<String, String> label,
            List<MasalahImpor> masalah) {
    }

    private BacaSipdRenja() {
    }

    static Berkas baca(InputStream masukan, int tahun) {
        List<MasalahImpor> masalah = new ArrayList<>();
        Map<String, String> label = new LinkedHashMap<>();
        String lembar = SipdRenjaXlsx.LEMBAR;
        try (Workbook buku = WorkbookFactory.create(masukan)) {
            Sheet sheet = buku.getSheet(lembar);
            if (sheet == null) {
                masalah.add(new MasalahImpor(lembar, null, null, Pesan.get("impor.lembarTidakAda", lembar)));
                return new Berkas(null, null, null, List.of(), label, masalah);
            }
            String kecamatan = null;
            Object tahunBerkas = null;
            Integer barisTahun = null;
            int judul = -1;
            for (int r = 0; r <= Math.min(sheet.getLastRowNum(), CARI_JUDUL) && judul < 0; r++) {
                Row row = sheet.getRow(r);
                Object a = row == null ? null : nilai(row.getCell(0));
                String teksA = a == null ? "" : a.toString().strip();
                if (teksA.equalsIgnoreCase(SipdRenjaXlsx.KODE_URUSAN)) {
                    judul = r;
                } else if (teksA.equalsIgnoreCase(SipdRenjaXlsx.LABEL_KECAMATAN)) {
                    Object b = nilai(row.getCell(1));
                    kecamatan = b == null ? null : b.toString();
                } else if (teksA.equalsIgnoreCase(SipdRenjaXlsx.LABEL_TAHUN)) {
                    tahunBerkas = nilai(row.getCell(1));
                    barisTahun = r + 1;
                }
            }
            if (judul < 0) {
                masalah.add(new MasalahImpor(lembar, null, SipdRenjaXlsx.KODE_URUSAN,
                        Pesan.get("impor.kolomWajib", SipdRenjaXlsx.KODE_URUSAN)));
                return new Berkas(kecamatan, tahunBerkas, barisTahun, List.of(), label, masalah);
            }
            Map<String, String> kunciPerLabel = new HashMap<>();
            SipdRenjaXlsx.kolom(tahun).forEach(k -> kunciPerLabel.put(normal(k.label()), k.kunci()));
            Map<Integer, String> kunciPerKolom = new HashMap<>();
            for (Cell sel : sheet.getRow(judul)) {
                Object isi = nilai(sel);
                if (isi == null) {
                    continue;
                }
                String teks = isi instanceof BigDecimal d ? d.toPlainString() : isi.toString();
                String nama = CellReference.convertNumToColString(sel.getColumnIndex()) + " (" + teks.strip() + ")";
                String kunci = kunciPerLabel.get(normal(teks));
                if (kunci == null) {
                    masalah.add(new MasalahImpor(lembar, judul + 1, nama, Pesan.get("impor.kolomTidakDikenal")));
                } else if (!kunci.isEmpty()) {
                    kunciPerKolom.put(sel.getColumnIndex(), kunci);
                    label.putIfAbsent(kunci, nama);
                }
            }
            if (!kunciPerKolom.containsValue("kode")) {
                String nama = SipdRenjaXlsx.kolom(tahun).get(2).label();
                masalah.add(new MasalahImpor(lembar, judul + 1, nama, Pesan.get("impor.kolomWajib", nama)));
                return new Berkas(kecamatan, tahunBerkas, barisTahun, List.of(), label, masalah);
            }
            List<Baris> hasil = new ArrayList<>();
            for (int r = judul + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                Map<String, Object> sel = new LinkedHashMap<>();
                kunciPerKolom.forEach((kolom, kunci) -> {
                    Object v = nilai(row.getCell(kolom));
                    if (v != null) {
                        sel.put(kunci, v);
                    }
                });
                if (!sel.isEmpty()) {
                    hasil.add(new Baris(r + 1, sel));
                }
            }
            return new Berkas(kecamatan, tahunBerkas, barisTahun, hasil, label, masalah);
        } catch (IOException | RuntimeException e) {
            // not a spreadsheet, a damaged or an encrypted one: say so instead of a stack trace
            return new Berkas(null, null, null, List.of(), label,
                    List.of(new MasalahImpor(null, null, null, Pesan.get("impor.xlsxRusak"))));
        }
    }

    private static String normal(String label) {
        return label.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    /** A number cell as an exact decimal, a text cell stripped, anything else (blank, error) as nothing. */
    static Object nilai(Cell sel) {
        if (sel == null) {
            return null;
        }
        CellType jenis = sel.getCellType() == CellType.FORMULA ? sel.getCachedFormulaResultType() : sel.getCellType();
        return switch (jenis) {
            case NUMERIC -> BigDecimal.valueOf(sel.getNumericCellValue()).stripTrailingZeros();
            case STRING -> {
                String s = sel.getStringCellValue();
                yield s == null || s.isBlank() ? null : s.strip();
            }
            case BOOLEAN -> String.valueOf(sel.getBooleanCellValue());
            default -> null;
        };
    }
}
