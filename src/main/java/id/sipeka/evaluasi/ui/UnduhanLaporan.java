package id.sipeka.evaluasi.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import id.sipeka.evaluasi.EvaluasiData.Berkas;
import id.sipeka.evaluasi.EvaluasiData.LaporanData;
import id.sipeka.evaluasi.LaporanDokumenService;
import java.io.ByteArrayInputStream;
import java.util.function.LongFunction;

/** Download links of a report: the PDF (a draft, or the signed original once the camat signed) and the DOCX. */
class UnduhanLaporan extends HorizontalLayout {

    UnduhanLaporan(LaporanDokumenService dokumen, LaporanData l) {
        add(tautan(l.arsipKode() == null ? "Unduh PDF (draf)" : "Unduh PDF bertanda tangan", "unduh-laporan-pdf", dokumen::pdf, l.id()),
                tautan("Unduh DOCX", "unduh-laporan-docx", dokumen::docx, l.id()));
    }

    private static Anchor tautan(String teks, String id, LongFunction<Berkas> berkas, long laporanId) {
        Anchor a = new Anchor(DownloadHandler.fromInputStream(e -> {
            Berkas b = berkas.apply(laporanId);
            return new DownloadResponse(new ByteArrayInputStream(b.isi()), b.nama(), b.jenis(), b.isi().length);
        }), teks);
        a.setId(id);
        return a;
    }
}
