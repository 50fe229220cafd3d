package id.sipeka.renja.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.upload.Upload;
import id.sipeka.base.BatasUnggah;
import id.sipeka.base.ui.Notifikasi;
import id.sipeka.base.ui.UnggahanTerbatas;
import id.sipeka.base.ui.Unduhan;
import id.sipeka.renja.EksporSipdRenjaService;
import id.sipeka.renja.ImporSipdRenjaService;
import id.sipeka.renja.RenjaData.BerkasDokumen;
import id.sipeka.renja.RenjaData.RenjaRingkas;
import id.sipeka.renstra.ImporDitolakException;
import id.sipeka.renstra.MasalahImpor;
import java.io.ByteArrayInputStream;

/**
 * The Renja in SIPD-RI's layout: the download for whoever reads the Renja, and the upload of such a file back into
 * the Renja while it is still being drafted, for the sekcam (the service decides when it is offered).
 */
class SipdRenja extends HorizontalLayout {

    private final ImporSipdRenjaService impor;
    private final RenjaRingkas renja;
    private final Runnable muatUlang;
    /** The dialog listing an import's problems, for tests. */
    Dialog laporan;

    SipdRenja(EksporSipdRenjaService ekspor, ImporSipdRenjaService impor, BatasUnggah batas, RenjaRingkas renja,
            Runnable muatUlang) {
        this.impor = impor;
        this.renja = renja;
        this.muatUlang = muatUlang;
        setId("sipd-renja");
        setAlignItems(FlexComponent.Alignment.CENTER);
        add(Unduhan.tautan(getTranslation("renjaSipd.unduh"), "unduh-renja-sipd", () -> {
            BerkasDokumen b = ekspor.xlsx(renja.id());
            return new Unduhan.Berkas(b.namaBerkas(), b.tipeMedia(), b.isi());
        }));
        if (impor.bolehImpor(renja.id())) {
            Upload upload = UnggahanTerbatas.keMemori(batas.imporRenstra().toBytes(), (nama, data) -> impor(data))
                    .pasangPada(new Upload());
            upload.setAcceptedFileTypes(".xlsx", BerkasDokumen.XLSX);
            upload.setUploadButton(new Button(getTranslation("renjaSipd.impor")));
            upload.setId("impor-renja-sipd");
            add(upload);
        }
    }

    void impor(byte[] data) {
        try {
            int berubah = impor.impor(renja.id(), new ByteArrayInputStream(data));
            Notifikasi.sukses(getTranslation("renjaSipd.imporBerhasil", berubah));
            muatUlang.run();
        } catch (ImporDitolakException e) {
            laporan = laporan(e);
            laporan.open();
        } catch (RuntimeException e) {
            Notifikasi.gagal(e);
        }
    }

    private Dialog laporan(ImporDitolakException e) {
        Dialog d = new Dialog();
        d.setId("impor-renja-sipd-ditolak");
        d.setHeaderTitle(e.getMessage());
        d.setWidth("min(60em, 95vw)");
        Grid<MasalahImpor> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(MasalahImpor::lembar).setHeader(getTranslation("renjaSipd.kolomLembar")).setWidth("9rem").setFlexGrow(0);
        grid.addColumn(m -> m.baris() == null ? "" : String.valueOf(m.baris()))
                .setHeader(getTranslation("renjaSipd.kolomBaris")).setWidth("5rem").setFlexGrow(0);
        grid.addColumn(MasalahImpor::kolom).setHeader(getTranslation("renjaSipd.kolomKolom")).setWidth("14rem").setFlexGrow(0);
        grid.addColumn(MasalahImpor::alasan).setHeader(getTranslation("renjaSipd.kolomAlasan")).setFlexGrow(1);
        grid.setItems(e.masalah());
        grid.setAllRowsVisible(e.masalah().size() < 15);
        d.add(grid);
        d.getFooter().add(new Button(getTranslation("umum.tutup"), x -> d.close()));
        return d;
    }
}
