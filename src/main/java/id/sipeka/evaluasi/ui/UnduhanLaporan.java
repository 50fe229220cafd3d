package id.sipeka.evaluasi.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import id.sipeka.base.ui.Unduhan;
import id.sipeka.evaluasi.EvaluasiData.Berkas;
import id.sipeka.evaluasi.EvaluasiData.EvaluasiRingkas;
import id.sipeka.evaluasi.EvaluasiData.LaporanData;
import id.sipeka.evaluasi.LaporanDokumenService;
import id.sipeka.evaluasi.RekapDokumenService;
import java.util.function.Supplier;

/**
 * Download links of the evaluation's documents: a report, the quarter's recap and (TW IV) the year's evaluation.
 * The PDF is a draft until the camat has signed, then the signed original; DOCX and XLSX are editable copies.
 */
class UnduhanLaporan extends HorizontalLayout {

    private UnduhanLaporan() {
        setSpacing(true);
    }

    /** A unit's report: PDF and DOCX. */
    UnduhanLaporan(LaporanDokumenService dokumen, LaporanData l) {
        this();
        add(tautan(l.arsipKode() == null ? "Unduh PDF (draf)" : "Unduh PDF bertanda tangan", "unduh-laporan-pdf",
                () -> dokumen.pdf(l.id())), tautan("Unduh DOCX", "unduh-laporan-docx", () -> dokumen.docx(l.id())));
    }

    /** The recap of the quarter, or ({@code tahunan}) the year's evaluation: PDF, DOCX, XLSX. */
    static UnduhanLaporan rekap(RekapDokumenService dokumen, EvaluasiRingkas e, boolean tahunan) {
        String awalan = tahunan ? "unduh-tahunan-" : "unduh-rekap-";
        boolean ditandatangani = (tahunan ? e.tahunanArsipKode() : e.rekapArsipKode()) != null;
        String apa = tahunan ? "evaluasi tahun " + e.tahun() : "rekap";
        UnduhanLaporan u = new UnduhanLaporan();
        u.add(tautan((ditandatangani ? "Unduh PDF " + apa + " bertanda tangan" : "Unduh PDF " + apa + " (draf)"), awalan + "pdf",
                () -> dokumen.pdf(e.id(), tahunan)),
                tautan("DOCX", awalan + "docx", () -> dokumen.docx(e.id(), tahunan)),
                tautan("XLSX", awalan + "xlsx", () -> dokumen.xlsx(e.id(), tahunan)));
        return u;
    }

    private static Anchor tautan(String teks, String id, Supplier<Berkas> berkas) {
        return Unduhan.tautan(teks, id, () -> {
            Berkas b = berkas.get();
            return new Unduhan.Berkas(b.nama(), b.jenis(), b.isi());
        });
    }
}
