package id.sipeka.evaluasi.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import id.sipeka.base.FormatIndonesia;
import id.sipeka.base.ui.FieldAngka;
import id.sipeka.base.ui.Notifikasi;
import id.sipeka.evaluasi.SkalaPredikat;
import id.sipeka.evaluasi.SkalaPredikat.Rentang;
import id.sipeka.evaluasi.SkalaPredikatService;
import id.sipeka.evaluasi.SkalaPredikatService.Pengaturan;
import id.sipeka.organisasi.OrganisasiData.KabupatenData;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.security.Peran;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Admin: the predikat scale of a kabupaten. The ranges are edited in place (label, from, up to), either preset can
 * be loaded as a starting point, and the service checks the scale when it is saved; a refused scale stays on screen
 * as typed, with the reason in Indonesian.
 */
@Route("pengaturan/predikat")
@PageTitle("Skala Predikat – SIPEKA")
@Menu(order = 82, title = "menu.skalaPredikat", icon = "vaadin:scale")
@RolesAllowed(Peran.ADMIN_)
public class SkalaPredikatView extends VerticalLayout {

    private final SkalaPredikatService skalaService;
    final ComboBox<KabupatenData> kabupaten = new ComboBox<>();
    final Paragraph status = new Paragraph();
    final TextField nama = new TextField();
    final Grid<BarisRentang> grid = new Grid<>();
    final List<BarisRentang> baris = new ArrayList<>();
    final Button tambah = new Button();
    final List<Button> muatPreset = new ArrayList<>();
    final Button muatUlang = new Button();
    final Button simpan = new Button();
    private Pengaturan pengaturan;

    public SkalaPredikatView(SkalaPredikatService skalaService, OrganisasiService organisasi) {
        this.skalaService = skalaService;
        add(new H2(getTranslation("skalaPredikat.judul")), new Paragraph(getTranslation("skalaPredikat.penjelasan")));

        kabupaten.setId("kabupaten");
        kabupaten.setLabel(getTranslation("skalaPredikat.kabupaten"));
        kabupaten.setItemLabelGenerator(KabupatenData::nama);
        kabupaten.setWidth("24em");
        List<KabupatenData> semua = organisasi.semuaKabupaten();
        kabupaten.setItems(semua);
        kabupaten.addValueChangeListener(e -> muat());
        status.setId("status-skala");

        nama.setId("nama-skala");
        nama.setLabel(getTranslation("skalaPredikat.nama"));
        nama.setWidth("24em");
        nama.setMaxLength(200);

        grid.setId("rentang-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER);
        grid.setAllRowsVisible(true);
        grid.setMaxWidth("48em");
        grid.addComponentColumn(b -> b.label).setHeader(getTranslation("skalaPredikat.label")).setFlexGrow(2);
        grid.addComponentColumn(b -> b.dari).setHeader(getTranslation("skalaPredikat.dari")).setFlexGrow(1);
        grid.addComponentColumn(b -> b.sampai).setHeader(getTranslation("skalaPredikat.sampai")).setFlexGrow(1);
        grid.addComponentColumn(b -> b.hapus).setWidth("5rem").setFlexGrow(0);

        tambah.setText(getTranslation("skalaPredikat.tambah"));
        tambah.setIcon(VaadinIcon.PLUS.create());
        tambah.setId("tambah-rentang");
        tambah.addClickListener(e -> {
            baris.add(new BarisRentang(new Rentang("", null, null)));
            segarkan();
        });
        HorizontalLayout preset = new HorizontalLayout();
        preset.setWrap(true);
        for (SkalaPredikat p : skalaService.preset()) {
            Button b = new Button(getTranslation("skalaPredikat.muat", p.nama()), e -> isi(p));
            muatPreset.add(b);
            preset.add(b);
        }
        muatUlang.setText(getTranslation("skalaPredikat.muatUlang"));
        muatUlang.addClickListener(e -> muat());
        simpan.setText(getTranslation("skalaPredikat.simpan"));
        simpan.setId("simpan-skala");
        simpan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        simpan.addClickListener(e -> simpan());
        HorizontalLayout aksi = new HorizontalLayout(simpan, muatUlang);
        aksi.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        add(kabupaten, status, nama, grid, tambah, preset, aksi);
        if (!semua.isEmpty()) {
            kabupaten.setValue(semua.getFirst());
        }
    }

    /** Reads the stored scale (or the default) of the chosen kabupaten; anything typed and not saved is dropped. */
    private void muat() {
        KabupatenData k = kabupaten.getValue();
        boolean ada = k != null;
        simpan.setEnabled(ada);
        if (!ada) {
            pengaturan = null;
            status.setText("");
            baris.clear();
            segarkan();
            return;
        }
        pengaturan = skalaService.pengaturan(k.id());
        status.setText(pengaturan.bawaan() ? getTranslation("skalaPredikat.statusBawaan")
                : getTranslation("skalaPredikat.statusTersimpan", SkalaPredikatService.teks(pengaturan.skala())));
        isi(pengaturan.skala());
    }

    /** Puts a scale into the editor (a preset, or the stored one); nothing is saved until Simpan. */
    private void isi(SkalaPredikat skala) {
        nama.setValue(skala.nama());
        nama.setInvalid(false);
        baris.clear();
        skala.rentang().forEach(r -> baris.add(new BarisRentang(r)));
        segarkan();
    }

    private void segarkan() {
        for (int i = 0; i < baris.size(); i++) {
            baris.get(i).dari.setPlaceholder(i == 0 ? getTranslation("skalaPredikat.tanpaBatas") : "");
            baris.get(i).sampai.setPlaceholder(i == baris.size() - 1 ? getTranslation("skalaPredikat.tanpaBatas") : "");
        }
        grid.setItems(baris);
    }

    private void simpan() {
        if (pengaturan == null) {
            return;
        }
        List<Rentang> rentang = new ArrayList<>();
        boolean sah = true;
        for (BarisRentang b : baris) {
            Optional<BigDecimal> dari = FieldAngka.baca(b.dari, false);
            Optional<BigDecimal> sampai = FieldAngka.baca(b.sampai, false);
            if (dari == null || sampai == null) {
                sah = false;
                continue;
            }
            rentang.add(new Rentang(b.label.getValue(), dari.orElse(null), sampai.orElse(null)));
        }
        if (!sah) {
            Notifikasi.gagal(getTranslation("skalaPredikat.periksaIsian"));
            return;
        }
        try {
            skalaService.simpan(pengaturan.kabupatenId(), nama.getValue(), rentang, pengaturan.version());
            Notifikasi.sukses(getTranslation("skalaPredikat.tersimpan"));
            muat();
        } catch (RuntimeException e) {
            // The rows stay as typed, so the admin can correct them and save again.
            Notifikasi.gagal(e);
        }
    }

    /** One editable range: its own fields, so what was typed survives re-rendering the grid. */
    final class BarisRentang {
        final TextField label = new TextField();
        final TextField dari = new TextField();
        final TextField sampai = new TextField();
        final Button hapus = new Button(VaadinIcon.TRASH.create());

        BarisRentang(Rentang r) {
            label.setValue(r.label() == null ? "" : r.label());
            label.setWidthFull();
            label.setMaxLength(100);
            label.setAriaLabel(getTranslation("skalaPredikat.label"));
            for (TextField f : List.of(dari, sampai)) {
                f.setWidthFull();
                f.addClassName("angka");
                f.setSuffixComponent(new Span("%"));
            }
            dari.setValue(r.dari() == null ? "" : FormatIndonesia.angka(r.dari()));
            dari.setAriaLabel(getTranslation("skalaPredikat.dari"));
            sampai.setValue(r.sampai() == null ? "" : FormatIndonesia.angka(r.sampai()));
            sampai.setAriaLabel(getTranslation("skalaPredikat.sampai"));
            hapus.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            hapus.setAriaLabel(getTranslation("skalaPredikat.hapus"));
            hapus.setTooltipText(getTranslation("skalaPredikat.hapus"));
            hapus.addClickListener(e -> {
                baris.remove(this);
                segarkan();
            });
        }
    }
}
