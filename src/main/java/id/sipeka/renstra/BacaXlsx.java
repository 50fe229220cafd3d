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
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;

/**
 * Reads the XLSX template (sheets "Nomenklatur" and "Tujuan dan Sasaran") into a {@link RenstraBerkas}; a file in
 * SIPD's layout (sheet "Renstra SIPD" instead of "Nomenklatur", see {@link KolomSipdRenstra}) gives the same rows.
 */
final class BacaXlsx {

    private BacaXlsx() {
    }

    static RenstraBerkas baca(InputStream masukan) {
        List<MasalahImpor> masalah = new ArrayList<>();
        Map<String, String> label = new LinkedHashMap<>();
        try (Workbook buku = WorkbookFactory.create(masukan)) {
            // The period is the year columns of the Nomenklatur sheet; the other sheet must stay inside it.
            TreeMap<Integer, String> tahunN = new TreeMap<>();
            Map<Integer, String> tahunT = new TreeMap<>();
            // a file in SIPD's layout (KolomSipdRenstra) gives the same rows from its own sheet
            Sheet sipd = buku.getSheet(KolomSipdRenstra.LEMBAR);
            String lembarN = sipd != null ? KolomSipdRenstra.LEMBAR : RenstraBerkas.LEMBAR_NOMENKLATUR;
            List<RenstraBerkas.Baris> nomenklatur = sipd != null ? BacaSipdRenstra.lembar(sipd, label, tahunN, masalah)
                    : lembar(buku, RenstraBerkas.LEMBAR_NOMENKLATUR, KolomRenstra.NOMENKLATUR, true, label, tahunN, masalah);
            List<RenstraBerkas.Baris> tujuan = lembar(buku, RenstraBerkas.LEMBAR_TUJUAN, KolomRenstra.TUJUAN_SASARAN,
                    false, label, tahunT, masalah);
            Integer awal = tahunN.isEmpty() ? null : tahunN.firstKey();
            Integer akhir = tahunN.isEmpty() ? null : tahunN.lastKey();
            Integer barisJudul = sipd != null ? Integer.valueOf(Math.max(BacaSipdRenstra.indeksJudul(sipd), 0) + 1)
                    : barisJudul(buku.getSheet(RenstraBerkas.LEMBAR_NOMENKLATUR));
            if (awal != null) {
                List<Integer> hilang = new ArrayList<>();
                for (int t = awal; t <= akhir; t++) {
                    if (!tahunN.containsKey(t)) {
                        hilang.add(t);
                    }
                }
                if (!hilang.isEmpty() && ValidasiImpor.periodeSah(awal, akhir)) {
                    masalah.add(new MasalahImpor(lembarN, barisJudul, null,
                            Pesan.get("impor.tahunTidakBerurutan", hilang.stream().map(String::valueOf)
                                    .collect(Collectors.joining(", ")))));
                }
                Integer barisJudulT = barisJudul(buku.getSheet(RenstraBerkas.LEMBAR_TUJUAN));
                tahunT.forEach((t, kolom) -> {
                    if (t < awal || t > akhir) {
                        masalah.add(new MasalahImpor(RenstraBerkas.LEMBAR_TUJUAN, barisJudulT, kolom,
                                Pesan.get("impor.tahunDiLuarPeriode", t, awal, akhir)));
                    }
                });
            }
            return new RenstraBerkas(awal, akhir, nomenklatur, tujuan, label, masalah, barisJudul);
        } catch (IOException | RuntimeException e) {
            // Not a spreadsheet, a damaged one, or an encrypted one: say so instead of a stack trace.
            return new RenstraBerkas(null, null, List.of(), List.of(), label,
                    List.of(new MasalahImpor(null, null, null, Pesan.get("impor.xlsxRusak"))), null);
        }
    }

    /** The sheet's header row as the user counts rows (from 1), or null without the sheet. */
    private static Integer barisJudul(Sheet sheet) {
        return sheet == null ? null : Math.max(sheet.getFirstRowNum(), 0) + 1;
    }

    private static List<RenstraBerkas.Baris> lembar(Workbook buku, String nama, List<KolomRenstra.Kolom> tetap,
            boolean wajib, Map<String, String> label, Map<Integer, String> tahun, List<MasalahImpor> masalah) {
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
            String namaKolom = huruf + " (" + teks.strip() + ")";
            label.putIfAbsent(kunci.get(), namaKolom);
            int th = KolomRenstra.tahunDari(kunci.get());
            if (th > 0) {
                tahun.putIfAbsent(th, namaKolom);
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

    private static String teks(Cell sel) {
        Object nilai = nilai(sel);
        return nilai == null ? null : nilai instanceof BigDecimal b ? b.toPlainString() : nilai.toString();
    }
}
