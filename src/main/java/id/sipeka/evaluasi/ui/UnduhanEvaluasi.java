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
class UnduhanEvaluasi extends HorizontalLayout {

    private UnduhanEvaluasi() {
        setSpacing(true);
    }

    /** A unit's report: PDF and DOCX. */
    UnduhanEvaluasi(LaporanDokumenService dokumen, LaporanData l) {
        this();
        String pdf = l.arsipKode() == null ? getTranslation("unduhanEvaluasi.pdfDraf")
                : getTranslation("unduhanEvaluasi.pdfBertandaTangan");
        add(tautan(pdf, "unduh-laporan-pdf", () -> dokumen.pdf(l.id())),
                tautan(getTranslation("unduhanEvaluasi.docx"), "unduh-laporan-docx", () -> dokumen.docx(l.id())));
    }

    /** The recap of the quarter, or ({@code tahunan}) the year's evaluation: PDF, DOCX, XLSX. */
    static UnduhanEvaluasi rekap(RekapDokumenService dokumen, EvaluasiRingkas e, boolean tahunan) {
        String awalan = tahunan ? "unduh-tahunan-" : "unduh-rekap-";
        boolean ditandatangani = (tahunan ? e.tahunanArsipKode() : e.rekapArsipKode()) != null;
        UnduhanEvaluasi u = new UnduhanEvaluasi();
        String pdf;
        if (tahunan) {
            pdf = ditandatangani ? u.getTranslation("unduhanEvaluasi.tahunanPdfBertandaTangan", e.tahun())
                    : u.getTranslation("unduhanEvaluasi.tahunanPdfDraf", e.tahun());
        } else {
            pdf = ditandatangani ? u.getTranslation("unduhanEvaluasi.rekapPdfBertandaTangan")
                    : u.getTranslation("unduhanEvaluasi.rekapPdfDraf");
        }
        u.add(tautan(pdf, awalan + "pdf", () -> dokumen.pdf(e.id(), tahunan)),
                tautan(u.getTranslation("unduhanEvaluasi.formatDocx"), awalan + "docx", () -> dokumen.docx(e.id(), tahunan)),
                tautan(u.getTranslation("unduhanEvaluasi.formatXlsx"), awalan + "xlsx", () -> dokumen.xlsx(e.id(), tahunan)));
        return u;
    }

    private static Anchor tautan(String teks, String id, Supplier<Berkas> berkas) {
        return Unduhan.tautan(teks, id, () -> {
            Berkas b = berkas.get();
            return new Unduhan.Berkas(b.nama(), b.jenis(), b.isi());
        });
    }
}
