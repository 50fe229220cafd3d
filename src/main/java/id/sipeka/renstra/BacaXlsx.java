package id.sipeka.renstra;

import id.sipeka.base.Pesan;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;

/** Reads the XLSX template (sheets "Nomenklatur" and "Tujuan dan Sasaran") into a {@link RenstraBerkas}. */
final class BacaXlsx {

    private BacaXlsx() {
    }

    static RenstraBerkas baca(InputStream masukan) {
        List<MasalahImpor> masalah = new ArrayList<>();
        Map<String, String> label = new LinkedHashMap<>();
        TreeSet<Integer> tahun = new TreeSet<>();
        try (Workbook buku = WorkbookFactory.create(masukan)) {
            List<RenstraBerkas.Baris> nomenklatur = lembar(buku, RenstraBerkas.LEMBAR_NOMENKLATUR, KolomRenstra.NOMENKLATUR,
                    true, label, tahun, masalah);
            List<RenstraBerkas.Baris> tujuan = lembar(buku, RenstraBerkas.LEMBAR_TUJUAN, KolomRenstra.TUJUAN_SASARAN,
                    false, label, tahun, masalah);
            Integer awal = tahun.isEmpty() ? null : tahun.first();
            Integer akhir = tahun.isEmpty() ? null : tahun.last();
            return new RenstraBerkas(awal, akhir, nomenklatur, tujuan, label, masalah);
        } catch (IOException | RuntimeException e) {
            // Not a spreadsheet, a damaged one, or an encrypted one: say so instead of a stack trace.
            return new RenstraBerkas(null, null, List.of(), List.of(), label,
                    List.of(new MasalahImpor(null, null, null, Pesan.get("impor.xlsxRusak"))));
        }
    }

    private static List<RenstraBerkas.Baris> lembar(Workbook buku, String nama, List<KolomRenstra.Kolom> tetap,
            boolean wajib, Map<String, String> label, TreeSet<Integer> tahun, List<MasalahImpor> masalah) {
        Sheet sheet = buku.getSheet(nama);
        if (sheet == null) {
            if (wajib) {
                masalah.add(new MasalahImpor(nama, null, null, Pesan.get("impor.lembarTidakAda", nama)));
            }
            return List.of();
        }
        Row judul = sheet.getRow(sheet.getFirstRowNum());
        if (judul == null) {
            masalah.add(new MasalahImpor(nama, 1, null, Pesan.get("impor.judulKosong")));
            return List.of();
        }
        Map<Integer, String> kunciPerKolom = new HashMap<>();
        for (Cell sel : judul) {
            String teks = teks(sel);
            if (teks == null || teks.isBlank()) {
                continue;
            }
            String huruf = CellReference.convertNumToColString(sel.getColumnIndex());
            Optional<String> kunci = KolomRenstra.kunciDariLabel(teks, tetap);
            if (kunci.isEmpty()) {
                masalah.add(new MasalahImpor(nama, judul.getRowNum() + 1, huruf + " (" + teks.strip() + ")",
                        Pesan.get("impor.kolomTidakDikenal")));
                continue;
            }
            kunciPerKolom.put(sel.getColumnIndex(), kunci.get());
            label.putIfAbsent(kunci.get(), huruf + " (" + teks.strip() + ")");
            int th = KolomRenstra.tahunDari(kunci.get());
            if (th > 0) {
                tahun.add(th);
            }
        }
        if (!kunciPerKolom.containsValue("kode")) {
            masalah.add(new MasalahImpor(nama, judul.getRowNum() + 1, "Kode", Pesan.get("impor.kolomWajib", "Kode")));
            return List.of();
        }
        List<RenstraBerkas.Baris> hasil = new ArrayList<>();
        for (int r = judul.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            Map<String, Object> sel = new LinkedHashMap<>();
            kunciPerKolom.forEach((kolom, kunci) -> {
                Object nilai = nilai(row.getCell(kolom));
                if (nilai != null) {
                    sel.put(kunci, nilai);
                }
            });
            if (!sel.isEmpty()) {
                hasil.add(new RenstraBerkas.Baris(nama, r + 1, sel));
            }
        }
        return hasil;
    }

    private static Object nilai(Cell sel) {
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

    private static String teks(Cell sel) {
        Object nilai = nilai(sel);
        return nilai == null ? null : nilai instanceof BigDecimal b ? b.toPlainString() : nilai.toString();
    }
}
