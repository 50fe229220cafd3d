package id.sipeka.renja.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import id.sipeka.base.DataTidakDitemukanException;
import id.sipeka.base.ui.Unduhan;
import id.sipeka.renja.RenjaData.BerkasDokumen;
import id.sipeka.renja.RenjaData.RenjaRingkas;
import id.sipeka.renja.RenjaDokumenService;
import id.sipeka.renja.Tahap;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The Renja's documents at its current stage: PDF (marked DRAF before penetapan, the signed original after it),
 * DOCX and XLSX, and the berita acara of the forum (draft, signed, and the uploaded scan) when there is one.
 */
class UnduhanRenja extends HorizontalLayout {

    UnduhanRenja(RenjaDokumenService dokumen, RenjaRingkas r, boolean forumTercatat) {
        setId("unduhan-renja");
        setWrap(true);
        setAlignItems(FlexComponent.Alignment.CENTER);
        long id = r.id();
        boolean ditetapkan = r.tahap() == Tahap.DITETAPKAN;
        add(tautan(ditetapkan ? "renjaDokumen.pdfBertandaTangan" : "renjaDokumen.pdfDraf", "unduh-renja-pdf", () -> dokumen.pdf(id)));
        add(tautan("renjaDokumen.docx", "unduh-renja-docx", () -> dokumen.docx(id)));
        add(tautan("renjaDokumen.xlsx", "unduh-renja-xlsx", () -> dokumen.xlsx(id)));
        if (r.beritaAcaraArsipKode() != null || forumTercatat) {
            add(tautan(r.beritaAcaraArsipKode() != null ? "renjaDokumen.beritaAcaraBertandaTangan" : "renjaDokumen.beritaAcaraDraf",
                    "unduh-berita-acara", () -> ada(dokumen.beritaAcaraPdf(id))));
        }
        if (r.beritaAcaraBuktiKode() != null) {
            add(tautan("renjaDokumen.beritaAcaraUnggahan", "unduh-berita-acara-unggahan", () -> ada(dokumen.beritaAcaraUnggahan(id))));
        }
    }

    private Anchor tautan(String kunci, String id, Supplier<BerkasDokumen> berkas) {
        return Unduhan.tautan(getTranslation(kunci), id, () -> {
            BerkasDokumen b = berkas.get();
            return new Unduhan.Berkas(b.namaBerkas(), b.tipeMedia(), b.isi());
        });
    }

    private static BerkasDokumen ada(Optional<BerkasDokumen> berkas) {
        return berkas.orElseThrow(DataTidakDitemukanException::new);
    }
}
