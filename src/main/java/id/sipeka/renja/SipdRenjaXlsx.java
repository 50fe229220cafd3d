package id.sipeka.renja;

import id.sipeka.renja.RenjaData.BarisRenja;
import id.sipeka.renja.RenjaData.Jumlah;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A Renja in the column layout of SIPD-RI's Renja entry (T-C.33 of Permendagri 86/2017 with sub kegiatan, as
 * Permendagri 90/2019 numbers them): sheet {@value #LEMBAR}, title lines naming the kecamatan, the year and the stage,
 * then one row per program, kegiatan and sub kegiatan in code order. Program and kegiatan rows carry their computed
 * pagu only; the import reads the sub kegiatan rows and skips the others.
 */
final class SipdRenjaXlsx {

    /** Significant digits an Excel number (a double) holds exactly. */
    private static final int PRESISI_DOUBLE = 15;

    static final String LEMBAR = "Renja SIPD";
    static final String LABEL_KECAMATAN = "Kecamatan";
    static final String LABEL_TAHUN = "Tahun";
    static final String LABEL_TAHAP = "Tahap";
    static final String KODE_URUSAN = "Kode Urusan";
    /** Index (from 0) of the header row. */
    static final int BARIS_JUDUL = 5;

    /** @param kunci the field of the row, or "" for a column written for the reader only */
    record Kolom(String kunci, String label) {
    }

    private SipdRenjaXlsx() {
    }

    static List<Kolom> kolom(int tahun) {
        return List.of(
                new Kolom("", KODE_URUSAN),
                new Kolom("", "Kode Bidang Urusan"),
                new Kolom("kode", "Kode Program/Kegiatan/Sub Kegiatan"),
                new Kolom("nama", "Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan/Sub Kegiatan"),
                new Kolom("indikator", "Indikator Kinerja Program/Kegiatan/Sub Kegiatan"),
                new Kolom("satuan", "Satuan"),
                new Kolom("lokasi", "Lokasi"),
                new Kolom("target", "Target Capaian Kinerja Tahun " + tahun),
                new Kolom("pagu", "Pagu Indikatif Tahun " + tahun + " (Rp)"),
                new Kolom("sumberDana", "Sumber Dana"),
                new Kolom("catatan", "Catatan Penting"),
                new Kolom("targetMaju", "Target Capaian Kinerja Tahun " + (tahun + 1) + " (Prakiraan Maju)"),
                new Kolom("paguMaju", "Pagu Indikatif Tahun " + (tahun + 1) + " (Rp) (Prakiraan Maju)"),
                new Kolom("", "Perangkat Daerah/Unit Kerja"));
    }

    static byte[] tulis(String kecamatan, int tahun, String tahap, List<Jumlah> jumlah, List<BarisRenja> baris) {
        try (XSSFWorkbook buku = new XSSFWorkbook(); ByteArrayOutputStream keluar = new ByteArrayOutputStream()) {
            Sheet sheet = buku.createSheet(LEMBAR);
            CellStyle tebal = buku.createCellStyle();
            Font f = buku.createFont();
            f.setBold(true);
            tebal.setFont(f);
            tebal.setWrapText(true);
            CellStyle rupiah = buku.createCellStyle();
            rupiah.setDataFormat(buku.createDataFormat().getFormat("#,##0"));
            sheet.createRow(0).createCell(0).setCellValue("RENCANA KERJA (RENJA) PERANGKAT DAERAH KECAMATAN "
                    + kecamatan.toUpperCase(Locale.ROOT) + " TAHUN " + tahun);
            pasangan(sheet.createRow(1), LABEL_KECAMATAN, kecamatan);
            Row rTahun = sheet.createRow(2);
            rTahun.createCell(0).setCellValue(LABEL_TAHUN);
            rTahun.createCell(1).setCellValue(tahun);
            pasangan(sheet.createRow(3), LABEL_TAHAP, tahap);
            List<Kolom> kolom = kolom(tahun);
            Row judul = sheet.createRow(BARIS_JUDUL);
            for (int i = 0; i < kolom.size(); i++) {
                judul.createCell(i).setCellValue(kolom.get(i).label());
                judul.getCell(i).setCellStyle(tebal);
                sheet.setColumnWidth(i, i == 3 || i == 4 ? 40 * 256 : 16 * 256);
            }
            sheet.createFreezePane(4, BARIS_JUDUL + 1);
            // codes sort in nomenclature order as text: fixed-width segments, a parent is a prefix of its children
            List<Object> semua = new ArrayList<>(jumlah);
            semua.addAll(baris);
            semua.sort(Comparator.comparing(SipdRenjaXlsx::kode));
            int r = BARIS_JUDUL + 1;
            for (Object o : semua) {
                Row row = sheet.createRow(r++);
                for (int i = 0; i < kolom.size(); i++) {
                    tulisSel(row, i, nilai(o, kolom.get(i), i), rupiah);
                }
                if (o instanceof BarisRenja b) {
                    // issue 13: the row's further indicators, then its Aktivitas, right below it
                    for (var lain : b.indikatorLain()) {
                        tulisBaris(sheet.createRow(r++), kolom, b.kode(), lanjutan(lain), rupiah);
                    }
                    for (var a : b.aktivitas()) {
                        tulisBaris(sheet.createRow(r++), kolom, a.kode(), aktivitas(a), rupiah);
                    }
                }
            }
            buku.write(keluar);
            return keluar.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A further indicator as a continuation row of its sub kegiatan: the same code, no name, the indicator with its
     * satuan and its targets of N and N+1 (the indicator's number is its place below the row: the first is the 2nd).
     */
    private static Map<String, Object> lanjutan(RenjaData.IndikatorLainRenja i) {
        Map<String, Object> m = new HashMap<>();
        m.put("indikator", i.indikator());
        m.put("satuan", i.satuan());
        m.put("target", i.target());
        m.put("targetMaju", i.targetMaju());
        return m;
    }

    /** An Aktivitas as a row of its own code: its name, volume (in the target column) with satuan, lokasi and pagu. */
    private static Map<String, Object> aktivitas(AktivitasRenjaData.AktivitasRenja a) {
        Map<String, Object> m = new HashMap<>();
        m.put("nama", a.nama());
        m.put("satuan", a.satuan());
        m.put("target", a.volume());
        m.put("lokasi", a.lokasi());
        m.put("pagu", a.pagu());
        return m;
    }

    private static void tulisBaris(Row row, List<Kolom> kolom, String kode, Map<String, Object> nilai,
            CellStyle rupiah) {
        tulisSel(row, 0, kode.substring(0, kode.indexOf('.')), rupiah);
        tulisSel(row, 1, kode.substring(0, Math.min(4, kode.length())), rupiah);
        tulisSel(row, 2, kode, rupiah);
        for (int i = 3; i < kolom.size(); i++) {
            tulisSel(row, i, nilai.get(kolom.get(i).kunci()), rupiah);
        }
    }

    private static String kode(Object o) {
        return o instanceof Jumlah j ? j.kode() : ((BarisRenja) o).kode();
    }

    private static Object nilai(Object o, Kolom k, int indeks) {
        String kode = kode(o);
        switch (indeks) {
            case 0:
                return kode.substring(0, kode.indexOf('.'));
            case 1:
                return kode.substring(0, Math.min(4, kode.length()));
            default:
                break;
        }
        if (o instanceof Jumlah j) {
            return switch (k.kunci()) {
                case "kode" -> j.kode();
                case "pagu" -> j.pagu();
                case "paguMaju" -> j.paguMaju();
                case "nama" -> j.nama();
                default -> null;
            };
        }
        BarisRenja b = (BarisRenja) o;
        return switch (k.kunci()) {
            case "kode" -> b.kode();
            case "indikator" -> b.indikator();
            case "lokasi" -> b.lokasi();
            case "target" -> b.target();
            case "pagu" -> b.pagu();
            case "sumberDana" -> b.sumberDana();
            case "catatan" -> b.catatan();
            case "targetMaju" -> b.targetMaju();
            case "paguMaju" -> b.paguMaju();
            case "nama" -> b.nama();
            case "satuan" -> b.satuan();
            default -> b.unitNama();
        };
    }

    private static void pasangan(Row row, String label, String nilai) {
        row.createCell(0).setCellValue(label);
        row.createCell(1).setCellValue(nilai);
    }

    private static void tulisSel(Row row, int kolom, Object nilai, CellStyle rupiah) {
        if (nilai == null) {
            return;
        }
        var sel = row.createCell(kolom);
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
