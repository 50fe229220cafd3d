package id.sipeka.renstra;

import id.sipeka.base.Pesan;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;

/**
 * Reads the {@value KolomSipdRenstra#LEMBAR} sheet into the rows {@link ValidasiImpor} checks, keyed like the
 * template's Nomenklatur sheet: a SIPD file then meets the same rules and messages, named by its own sheet, row and
 * column. The header row is the first row whose column A reads "Kode Urusan" (SIPD puts title lines above it).
 */
final class BacaSipdRenstra {

    private static final int CARI_JUDUL = 20;

    private BacaSipdRenstra() {
    }

    /** The header row's index (from 0), or -1 when there is none. */
    static int indeksJudul(Sheet sheet) {
        for (int r = 0; r <= Math.min(sheet.getLastRowNum(), CARI_JUDUL); r++) {
            Row row = sheet.getRow(r);
            Object a = row == null ? null : BacaXlsx.nilai(row.getCell(0));
            if (a != null && KolomSipdRenstra.KODE_URUSAN.equalsIgnoreCase(a.toString().strip())) {
                return r;
            }
        }
        return -1;
    }

    static List<RenstraBerkas.Baris> lembar(Sheet sheet, Map<String, String> label, Map<Integer, String> tahun,
            List<MasalahImpor> masalah) {
        String nama = KolomSipdRenstra.LEMBAR;
        int indeks = indeksJudul(sheet);
        if (indeks < 0) {
            masalah.add(new MasalahImpor(nama, null, KolomSipdRenstra.KODE_URUSAN,
                    Pesan.get("impor.kolomWajib", KolomSipdRenstra.KODE_URUSAN)));
            return List.of();
        }
        Row judul = sheet.getRow(indeks);
        Map<Integer, String> kunciPerKolom = new HashMap<>();
        for (Cell sel : judul) {
            Object isi = BacaXlsx.nilai(sel);
            if (isi == null) {
                continue;
            }
            String teks = isi instanceof BigDecimal b ? b.toPlainString() : isi.toString();
            String namaKolom = CellReference.convertNumToColString(sel.getColumnIndex()) + " (" + teks.strip() + ")";
            Optional<String> kunci = KolomSipdRenstra.kunciDariLabel(teks);
            if (kunci.isEmpty()) {
                masalah.add(new MasalahImpor(nama, indeks + 1, namaKolom, Pesan.get("impor.kolomTidakDikenal")));
                continue;
            }
            if (kunci.get().isEmpty()) {
                continue; // written for the reader (urusan, bidang, unit name): derived, not imported
            }
            kunciPerKolom.put(sel.getColumnIndex(), kunci.get());
            label.putIfAbsent(kunci.get(), namaKolom);
            int th = KolomRenstra.tahunDari(kunci.get());
            if (th > 0) {
                tahun.putIfAbsent(th, namaKolom);
            }
        }
        if (!kunciPerKolom.containsValue("kode")) {
            masalah.add(new MasalahImpor(nama, indeks + 1, "Kode", Pesan.get("impor.kolomWajib",
                    KolomSipdRenstra.DEPAN.get(2).label())));
            return List.of();
        }
        List<RenstraBerkas.Baris> hasil = new ArrayList<>();
        for (int r = indeks + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            Map<String, Object> sel = new LinkedHashMap<>();
            kunciPerKolom.forEach((kolom, kunci) -> {
                Object nilai = BacaXlsx.nilai(row.getCell(kolom));
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
}
