package id.sipeka.renstra;

import id.sipeka.organisasi.OrganisasiData.UnitData;
import id.sipeka.renstra.RenstraData.BarisTujuanSasaran;
import id.sipeka.renstra.RenstraData.RenstraLengkap;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the import template: the two data sheets with their headers (filled with the current Renstra when there
 * is one, so a download can be edited and imported again), the kecamatan's unit codes and a sheet of instructions.
 */
final class TemplateXlsx {

    private TemplateXlsx() {
    }

    static byte[] tulis(int tahunAwal, int tahunAkhir, List<UnitData> unit, RenstraLengkap isi) {
        return tulis(tahunAwal, tahunAkhir, unit, isi, null);
    }

    /** @param aktivitas the Aktivitas and lokasi of {@code isi}'s sub kegiatan, written under each (issue 13) */
    static byte[] tulis(int tahunAwal, int tahunAkhir, List<UnitData> unit, RenstraLengkap isi,
            AktivitasData.AktivitasRenstraIsi aktivitas) {
        try (XSSFWorkbook buku = new XSSFWorkbook(); ByteArrayOutputStream keluar = new ByteArrayOutputStream()) {
            CellStyle judul = gayaJudul(buku);
            CellStyle rupiah = buku.createCellStyle();
            rupiah.setDataFormat(buku.createDataFormat().getFormat("#,##0"));

            List<KolomRenstra.Kolom> kolomN = KolomRenstra.kolom(KolomRenstra.NOMENKLATUR, tahunAwal, tahunAkhir, true);
            Sheet nomenklatur = lembar(buku, RenstraBerkas.LEMBAR_NOMENKLATUR, kolomN, judul);
            List<KolomRenstra.Kolom> kolomT = KolomRenstra.kolom(KolomRenstra.TUJUAN_SASARAN, tahunAwal, tahunAkhir, false);
            Sheet tujuan = lembar(buku, RenstraBerkas.LEMBAR_TUJUAN, kolomT, judul);
            if (isi != null) {
                int r = 1;
                // each row, its further indicators right below it, then (a sub kegiatan's) its Aktivitas
                for (GarisNomenklatur.Garis g : GarisNomenklatur.dari(isi, aktivitas, kodeUnit(unit), false)) {
                    Row baris = nomenklatur.createRow(r++);
                    for (int i = 0; i < kolomN.size(); i++) {
                        String kunci = kolomN.get(i).kunci();
                        tulisSel(baris, i, g.nilai().apply(kunci), kunci.startsWith("pagu:") ? rupiah : null);
                    }
                }
                r = 1;
                for (BarisTujuanSasaran t : isi.tujuanSasaran()) {
                    tulisTujuan(tujuan.createRow(r++), kolomT, t);
                }
            }
            tulisUnit(buku, unit, judul);
            tulisPetunjuk(buku, kolomN, kolomT, judul);
            buku.write(keluar);
            return keluar.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Sheet lembar(XSSFWorkbook buku, String nama, List<KolomRenstra.Kolom> kolom, CellStyle judul) {
        Sheet sheet = buku.createSheet(nama);
        Row row = sheet.createRow(0);
        for (int i = 0; i < kolom.size(); i++) {
            var sel = row.createCell(i);
            sel.setCellValue(kolom.get(i).label());
            sel.setCellStyle(judul);
            sheet.setColumnWidth(i, i < 2 ? 40 * 256 : 18 * 256);
        }
        sheet.createFreezePane(2, 1);
        return sheet;
    }

    static Map<Long, String> kodeUnit(List<UnitData> unit) {
        return unit.stream().collect(Collectors.toMap(UnitData::id, UnitData::kode));
    }

    private static void tulisTujuan(Row row, List<KolomRenstra.Kolom> kolom, BarisTujuanSasaran t) {
        for (int i = 0; i < kolom.size(); i++) {
            String kunci = kolom.get(i).kunci();
            Object nilai = switch (kunci) {
                case "kode" -> t.kode();
                case "uraian" -> t.uraian();
                case "indikator" -> t.indikator();
                case "satuan" -> t.satuan();
                case "polaritas" -> t.polaritas().name();
                case "baseline" -> t.baseline();
                default -> t.target().get(KolomRenstra.tahunDari(kunci));
            };
            tulisSel(row, i, nilai, null);
        }
    }

    private static void tulisSel(Row row, int kolom, Object nilai, CellStyle gaya) {
        if (nilai == null) {
            return;
        }
        var sel = row.createCell(kolom);
        if (nilai instanceof BigDecimal d) {
            sel.setCellValue(d.doubleValue());
        } else if (nilai instanceof Long l) {
            sel.setCellValue(l);
        } else {
            sel.setCellValue(nilai.toString());
        }
        if (gaya != null) {
            sel.setCellStyle(gaya);
        }
    }

    private static void tulisUnit(XSSFWorkbook buku, List<UnitData> unit, CellStyle judul) {
        Sheet sheet = buku.createSheet("Unit");
        Row kepala = sheet.createRow(0);
        String[] label = {"Kode Unit", "Nama Unit", "Jabatan Kepala"};
        for (int i = 0; i < label.length; i++) {
            kepala.createCell(i).setCellValue(label[i]);
            kepala.getCell(i).setCellStyle(judul);
            sheet.setColumnWidth(i, 40 * 256);
        }
        int r = 1;
        for (UnitData u : unit) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(u.kode());
            row.createCell(1).setCellValue(u.nama());
            row.createCell(2).setCellValue(u.jabatanKepala());
        }
    }

    private static void tulisPetunjuk(XSSFWorkbook buku, List<KolomRenstra.Kolom> kolomN, List<KolomRenstra.Kolom> kolomT,
            CellStyle judul) {
        Sheet sheet = buku.createSheet("Petunjuk");
        sheet.setColumnWidth(0, 30 * 256);
        sheet.setColumnWidth(1, 110 * 256);
        int r = 0;
        for (String baris : List.of(
                "Isi lembar Nomenklatur (wajib) dan Tujuan dan Sasaran. Baris judul jangan diubah.",
                "Urutan baris: program, lalu kegiatannya, lalu sub kegiatannya. Kode tidak boleh ganda.",
                "Indikator kedua, ketiga, dst.: baris tepat di bawahnya dengan Kode sama (atau kosong) dan Nama kosong; isi Indikator, Satuan, Polaritas, Jenis, Baseline dan Target saja.",
                "Bila kabupaten memakai Aktivitas: baris aktivitas (kode sub kegiatan + .1 s.d. .999) tepat di bawah sub kegiatannya; pagu sub kegiatan = jumlah pagu aktivitasnya.",
                "Angka boleh ditulis sebagai angka Excel atau gaya Indonesia (2.485.296.504 dan 70,01).",
                "Pagu program dan kegiatan selalu dihitung dari sub kegiatan; bila diisi dan berbeda, muncul peringatan.",
                "Impor berlaku seluruhnya atau tidak sama sekali: bila ada kesalahan, semua kesalahan ditampilkan dan tidak ada yang disimpan.")) {
            sheet.createRow(r++).createCell(0).setCellValue(baris);
        }
        r++;
        for (Map.Entry<String, List<KolomRenstra.Kolom>> lembar : List.of(Map.entry(RenstraBerkas.LEMBAR_NOMENKLATUR, kolomN),
                Map.entry(RenstraBerkas.LEMBAR_TUJUAN, kolomT))) {
            Row kepala = sheet.createRow(r++);
            kepala.createCell(0).setCellValue("Lembar " + lembar.getKey());
            kepala.getCell(0).setCellStyle(judul);
            for (KolomRenstra.Kolom k : lembar.getValue()) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(k.label());
                row.createCell(1).setCellValue(k.petunjuk());
            }
            r++;
        }
    }

    private static CellStyle gayaJudul(XSSFWorkbook buku) {
        CellStyle gaya = buku.createCellStyle();
        Font tebal = buku.createFont();
        tebal.setBold(true);
        gaya.setFont(tebal);
        gaya.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        gaya.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        gaya.setWrapText(true);
        return gaya;
    }
}
