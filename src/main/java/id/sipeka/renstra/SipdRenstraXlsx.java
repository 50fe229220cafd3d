package id.sipeka.renstra;

import id.sipeka.organisasi.OrganisasiData.UnitData;
import id.sipeka.renstra.AktivitasData.AktivitasRenstraIsi;
import id.sipeka.renstra.RenstraData.RenstraLengkap;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a Renstra in SIPD's layout: the sheet {@value KolomSipdRenstra#LEMBAR} (title lines, then one row per
 * program, kegiatan and sub kegiatan with every year's target and pagu; program and kegiatan pagu are the computed
 * sums), each followed by the same lines as in the template ({@link GarisNomenklatur}): its further indicators, then a
 * sub kegiatan's Aktivitas; then the template's "Tujuan dan Sasaran" and "Unit" sheets so the file imports back whole.
 */
final class SipdRenstraXlsx {

    /** Significant digits an Excel number (a double) holds exactly. */
    private static final int PRESISI_DOUBLE = 15;

    /** Title lines above the header row. */
    static final int BARIS_JUDUL = 3;

    private SipdRenstraXlsx() {
    }

    /** @param aktivitas the Aktivitas and lokasi of {@code isi}'s sub kegiatan */
    static byte[] tulis(String kecamatan, RenstraLengkap isi, AktivitasRenstraIsi aktivitas, List<UnitData> unit) {
        int awal = isi.renstra().tahunAwal();
        int akhir = isi.renstra().tahunAkhir();
        byte[] templat = TemplateXlsx.tulis(awal, akhir, unit, isi);
        try (XSSFWorkbook buku = new XSSFWorkbook(new ByteArrayInputStream(templat));
                ByteArrayOutputStream keluar = new ByteArrayOutputStream()) {
            buku.removeSheetAt(buku.getSheetIndex(RenstraBerkas.LEMBAR_NOMENKLATUR));
            buku.removeSheetAt(buku.getSheetIndex("Petunjuk"));
            Sheet sheet = buku.createSheet(KolomSipdRenstra.LEMBAR);
            buku.setSheetOrder(KolomSipdRenstra.LEMBAR, 0);
            buku.setActiveSheet(0);
            buku.setSelectedTab(0);
            CellStyle tebal = buku.createCellStyle();
            Font f = buku.createFont();
            f.setBold(true);
            tebal.setFont(f);
            tebal.setWrapText(true);
            CellStyle rupiah = buku.createCellStyle();
            rupiah.setDataFormat(buku.createDataFormat().getFormat("#,##0"));
            sheet.createRow(0).createCell(0).setCellValue("RENCANA STRATEGIS (RENSTRA) PERANGKAT DAERAH KECAMATAN "
                    + kecamatan.toUpperCase(Locale.ROOT));
            sheet.createRow(1).createCell(0).setCellValue("Periode " + awal + "–" + akhir);
            List<KolomSipdRenstra.Kolom> kolom = KolomSipdRenstra.kolom(awal, akhir);
            Row judul = sheet.createRow(BARIS_JUDUL);
            for (int i = 0; i < kolom.size(); i++) {
                judul.createCell(i).setCellValue(kolom.get(i).label());
                judul.getCell(i).setCellStyle(tebal);
                sheet.setColumnWidth(i, i == 3 || i == 4 ? 40 * 256 : 18 * 256);
            }
            sheet.createFreezePane(4, BARIS_JUDUL + 1);
            int r = BARIS_JUDUL + 1;
            Map<Long, String> kodeUnit = TemplateXlsx.kodeUnit(unit);
            Map<String, String> namaUnit = unit.stream().collect(Collectors.toMap(UnitData::kode, UnitData::nama));
            for (GarisNomenklatur.Garis g : GarisNomenklatur.dari(isi, aktivitas, kodeUnit, true)) {
                baris(sheet.createRow(r++), kolom, g, namaUnit, rupiah);
            }
            buku.write(keluar);
            return keluar.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void baris(Row row, List<KolomSipdRenstra.Kolom> kolom, GarisNomenklatur.Garis g,
            Map<String, String> namaUnit, CellStyle rupiah) {
        for (int i = 0; i < kolom.size(); i++) {
            String kunci = kolom.get(i).kunci();
            Object nilai;
            if (kunci == null) {
                // for the reader only: urusan and bidang of the code, the name of the line's unit
                Object kodeUnit = g.nilai().apply("unit");
                nilai = switch (i) {
                    case 0 -> KolomSipdRenstra.urusan(g.kode());
                    case 1 -> KolomSipdRenstra.bidang(g.kode());
                    default -> kodeUnit == null ? null : namaUnit.get(kodeUnit.toString());
                };
            } else {
                nilai = g.nilai().apply(kunci);
            }
            if (nilai == null) {
                continue;
            }
            var sel = row.createCell(i);
            if (nilai instanceof BigDecimal d && d.stripTrailingZeros().precision() > PRESISI_DOUBLE) {
                // more digits than an Excel number keeps: written as Indonesian text ("123456789012345,1234"), read back exactly
                sel.setCellValue(d.stripTrailingZeros().toPlainString().replace('.', ','));
            } else if (nilai instanceof BigDecimal d) {
                sel.setCellValue(d.doubleValue());
            } else if (nilai instanceof Long l) {
                sel.setCellValue(l);
                sel.setCellStyle(rupiah);
            } else {
                sel.setCellValue(nilai.toString());
            }
        }
    }
}
