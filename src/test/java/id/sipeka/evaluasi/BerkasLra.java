package id.sipeka.evaluasi;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Tests only: budget realisation reports (LRA) written in the shape a finance office exports them. */
public final class BerkasLra {

    private BerkasLra() {
    }

    /**
     * An LRA as the finance office exports it: a title, a blank row, the heading row, a program row, and per sub kegiatan
     * a kegiatan row above it and an account row below it (amounts there too, which must not be taken).
     */
    public static byte[] tulis(String judulRealisasi, Map<String, Long> realisasi, Map<String, String> teks) throws IOException {
        try (XSSFWorkbook buku = new XSSFWorkbook(); ByteArrayOutputStream keluar = new ByteArrayOutputStream()) {
            Sheet s = buku.createSheet("LRA");
            s.createRow(0).createCell(0).setCellValue("LAPORAN REALISASI ANGGARAN KECAMATAN UJI");
            Row judul = s.createRow(2);
            List<String> kolom = List.of("Kode Rekening", "Uraian", "Anggaran", judulRealisasi, "%");
            for (int i = 0; i < kolom.size(); i++) {
                judul.createCell(i).setCellValue(kolom.get(i));
            }
            Row program = s.createRow(3);
            program.createCell(0).setCellValue("7.01.01");
            program.createCell(3).setCellValue(123_456_789);
            int r = 4;
            List<String> urut = new ArrayList<>(realisasi.keySet());
            for (String kd : urut) {
                Row kegiatan = s.createRow(r++);
                kegiatan.createCell(0).setCellValue(kd.substring(0, kd.lastIndexOf('.')));
                kegiatan.createCell(3).setCellValue(77_777_777);
                Row sub = s.createRow(r++);
                sub.createCell(0).setCellValue(kd);
                sub.createCell(1).setCellValue("Sub kegiatan " + kd);
                sub.createCell(2).setCellValue(500_000_000);
                if (teks.containsKey(kd)) {
                    sub.createCell(3).setCellValue(teks.get(kd));
                } else {
                    sub.createCell(3).setCellValue(realisasi.get(kd));
                }
                Row akun = s.createRow(r++);
                akun.createCell(0).setCellValue("5.1.02.01.01.0024");
                akun.createCell(1).setCellValue("Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor");
                akun.createCell(3).setCellValue(66_666);
            }
            buku.write(keluar);
            return keluar.toByteArray();
        }
    }
}
