package id.sipeka.dokumen;

import java.nio.file.Files;
import java.nio.file.Path;

/** Writes the sample documents under target/dokumen/ for a person to look at. */
final class TulisContoh {

    public static void main(String[] args) throws Exception {
        Path dir = Files.createDirectories(Path.of("target/dokumen"));
        Dokumen renja = ContohDokumen.renjaKalaena(1, true);
        Files.write(dir.resolve("renja-kalaena.pdf"), PdfDokumen.tulis(renja, null));
        Files.write(dir.resolve("renja-kalaena.docx"), DocxDokumen.tulis(renja));
        Files.write(dir.resolve("renja-kalaena.xlsx"), XlsxDokumen.tulis(renja));
        Files.write(dir.resolve("kecil.docx"), DocxDokumen.tulis(ContohDokumen.kecil(1, true, "Plh.")));
        Files.write(dir.resolve("kecil.pdf"), PdfDokumen.tulis(ContohDokumen.kecil(1, false, "Plt."),
                new Pengesahan("abc", "http://localhost:8080/verifikasi/abc")));
    }
}
