package id.sipeka.renja;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The tables of a DOCX as a Word user sees them: each under its caption ("Tabel 3.1 …"), rows of cell texts (a
 * merged cell is one cell; a cell continued from above reads empty), and the column count of the table's grid.
 */
record TabelDibaca(String judul, int kolom, List<List<String>> baris) {

    static Map<String, TabelDibaca> dariDocx(byte[] docx) {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            Map<String, TabelDibaca> hasil = new LinkedHashMap<>();
            String judul = null;
            for (IBodyElement e : doc.getBodyElements()) {
                if (e instanceof XWPFParagraph p && p.getText().startsWith("Tabel ")) {
                    judul = p.getText();
                } else if (e instanceof XWPFTable t && judul != null) {
                    List<List<String>> baris = new ArrayList<>();
                    for (XWPFTableRow r : t.getRows()) {
                        baris.add(r.getTableCells().stream().map(XWPFTableCell::getText).map(String::strip).toList());
                    }
                    hasil.put(judul.substring(0, judul.indexOf(' ', "Tabel ".length())), new TabelDibaca(judul,
                            t.getCTTbl().getTblGrid().sizeOfGridColArray(), baris));
                    judul = null;
                }
            }
            return hasil;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "Rp 1.234.567" or "(2.700.000)" back to a number; empty is 0. */
    static long rupiah(String teks) {
        String t = teks.replace("Rp", "").replace(".", "").strip();
        if (t.isEmpty()) {
            return 0;
        }
        boolean negatif = t.startsWith("(") || t.startsWith("-");
        long nilai = Long.parseLong(t.replaceAll("[()\\-\\s]", ""));
        return negatif ? -nilai : nilai;
    }

    /** Body rows of sub kegiatan (their code in the given column has six segments). */
    List<List<String>> barisSubKegiatan(int kolomKode) {
        return baris.stream().filter(r -> r.size() > kolomKode && r.get(kolomKode).matches("\\d\\.\\d{2}\\.\\d{2}\\.\\d\\.\\d{2}\\.\\d{4}.*"))
                .toList();
    }

    List<String> terakhir() {
        return baris.getLast();
    }
}
