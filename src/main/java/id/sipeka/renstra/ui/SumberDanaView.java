package id.sipeka.renstra.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import id.sipeka.base.ui.Notifikasi;
import id.sipeka.renstra.SumberDanaService;
import id.sipeka.renstra.SumberDanaService.SumberDanaData;
import id.sipeka.security.Peran;
import jakarta.annotation.security.RolesAllowed;

/**
 * Admin: the sumber dana that Renstra sub kegiatan and Renja rows may name. A source is switched off, never deleted:
 * rows that already name it keep it, new entries can no longer choose it.
 */
@Route("admin/sumber-dana")
@PageTitle("Sumber Dana – SIPEKA")
@Menu(order = 86, title = "menu.sumberDana", icon = "vaadin:money")
@RolesAllowed(Peran.ADMIN_)
public class SumberDanaView extends VerticalLayout {

    private final SumberDanaService service;
    final Grid<SumberDanaData> grid = new Grid<>();
    final Button tambah = new Button();

    public SumberDanaView(SumberDanaService service) {
        this.service = service;
        add(new H2(getTranslation("sumberDana.judul")), new Paragraph(getTranslation("sumberDana.penjelasan")));
        tambah.setText(getTranslation("sumberDana.tambah"));
        tambah.setId("tambah-sumber-dana");
        tambah.addClickListener(e -> form(new SumberDanaData(null, "", "", true, 0)));
        grid.setId("sumber-dana-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(SumberDanaData::kode).setHeader(getTranslation("sumberDana.kolomKode")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(SumberDanaData::nama).setHeader(getTranslation("sumberDana.kolomNama")).setFlexGrow(2);
        grid.addColumn(s -> getTranslation(s.aktif() ? "sumberDana.aktif" : "sumberDana.nonaktif"))
                .setHeader(getTranslation("sumberDana.kolomStatus")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(s -> new Button(getTranslation("sumberDana.ubah"), e -> form(s))).setAutoWidth(true)
                .setFlexGrow(0);
        grid.setAllRowsVisible(true);
        add(tambah, grid);
        muat();
    }

    private void muat() {
        grid.setItems(service.daftar());
    }

    private void form(SumberDanaData data) {
        TextField kode = new TextField(getTranslation("sumberDana.kolomKode"), data.kode(), "");
        kode.setHelperText(getTranslation("sumberDana.petunjukKode"));
        TextField nama = new TextField(getTranslation("sumberDana.kolomNama"), data.nama(), "");
        Checkbox aktif = new Checkbox(getTranslation("sumberDana.bolehDipilih"), data.aktif());
        Dialog dialog = new Dialog(new FormLayout(kode, nama, aktif));
        dialog.setHeaderTitle(getTranslation(data.id() == null ? "sumberDana.tambah" : "sumberDana.ubahJudul"));
        dialog.setWidth("min(36em, 95vw)");
        Button simpan = new Button(getTranslation("umum.simpan"), e -> Notifikasi.jalankan(() -> service.simpan(
                new SumberDanaData(data.id(), kode.getValue(), nama.getValue(), aktif.getValue(), data.version())),
                getTranslation("umum.tersimpan"), () -> {
                    dialog.close();
                    muat();
                }));
        simpan.setId("simpan");
        simpan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("umum.batal"), e -> dialog.close()), simpan);
        dialog.open();
    }
}
