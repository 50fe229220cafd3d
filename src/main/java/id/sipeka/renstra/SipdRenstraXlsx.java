package id.sipeka.renstra;

import id.sipeka.organisasi.OrganisasiData.UnitData;
import id.sipeka.renstra.RenstraData.BarisRenstra;
import id.sipeka.renstra.RenstraData.RenstraLengkap;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a Renstra in SIPD's layout: the sheet {@value KolomSipdRenstra#LEMBAR} (title lines, then one row per
 * program, kegiatan and sub kegiatan with every year's target and pagu; program and kegiatan pagu are the computed
 * sums), followed by the template's "Tujuan dan Sasaran" and "Unit" sheets so the file imports back whole.
 */
final class SipdRenstraXlsx {

    /** Significant digits an Excel number (a double) holds exactly. */
    private static final int PRESISI_DOUBLE = 15;

    /** Title lines above the header row. */
    static final int BARIS_JUDUL = 3;

    private SipdRenstraXlsx() {
    }

    static byte[] tulis(String kecamatan, RenstraLengkap isi, List<UnitData> unit) {
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
                    + kecamatan.toUpperCase(java.util.Locale.ROOT));
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
            for (BarisRenstra b : isi.semuaBaris()) {
                baris(sheet.createRow(r++), kolom, b, unit, rupiah);
            }
            buku.write(keluar);
            return keluar.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void baris(Row row, List<KolomSipdRenstra.Kolom> kolom, BarisRenstra b, List<UnitData> unit,
            CellStyle rupiah) {
        UnitData u = b.unitKerjaId() == null ? null
                : unit.stream().filter(x -> x.id().equals(b.unitKerjaId())).findFirst().orElse(null);
        for (int i = 0; i < kolom.size(); i++) {
            String kunci = kolom.get(i).kunci();
            Object nilai;
            if (kunci == null) {
                nilai = switch (i) {
                    case 0 -> KolomSipdRenstra.urusan(b.kode());
                    case 1 -> KolomSipdRenstra.bidang(b.kode());
                    default -> u == null ? null : u.nama();
                };
            } else {
                int tahun = KolomRenstra.tahunDari(kunci);
                nilai = switch (kunci) {
                    case "kode" -> b.kode();
                    case "nama" -> b.nama();
                    case "hasil" -> b.hasil();
                    case "indikator" -> b.indikator();
                    case "satuan" -> b.satuan();
                    case "polaritas" -> b.polaritas().name();
                    case "jenis" -> b.jenis().name();
                    case "baseline" -> b.baseline();
                    case "unit" -> u == null ? null : u.kode();
                    default -> kunci.startsWith("target:") ? b.target().get(tahun) : b.pagu().get(tahun);
                };
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
