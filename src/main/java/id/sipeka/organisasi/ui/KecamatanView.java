package id.sipeka.organisasi.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import id.sipeka.organisasi.JenisDesa;
import id.sipeka.organisasi.JenisUnit;
import id.sipeka.organisasi.OrganisasiData.DesaData;
import id.sipeka.organisasi.OrganisasiData.KabupatenData;
import id.sipeka.organisasi.OrganisasiData.KecamatanData;
import id.sipeka.organisasi.OrganisasiData.UnitData;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.security.Peran;
import jakarta.annotation.security.RolesAllowed;

/** Admin: kabupaten and kecamatan, and for the chosen kecamatan its desa and unit kerja. */
@Route("admin/kecamatan")
@PageTitle("Kecamatan & Unit – SIPEKA")
@Menu(order = 80, title = "menu.kecamatan", icon = "vaadin:building")
@RolesAllowed(Peran.ADMIN_)
public class KecamatanView extends VerticalLayout {

    private final OrganisasiService organisasi;
    final Grid<KabupatenData> kabupatenGrid = new Grid<>();
    final Grid<KecamatanData> kecamatanGrid = new Grid<>();
    final Grid<DesaData> desaGrid = new Grid<>();
    final Grid<UnitData> unitGrid = new Grid<>();
    final Button tambahKecamatan = new Button("Tambah kecamatan");
    final Button tambahDesa = new Button("Tambah desa");
    final Button tambahUnit = new Button("Tambah unit kerja");

    public KecamatanView(OrganisasiService organisasi) {
        this.organisasi = organisasi;
        add(new H2(getTranslation("organisasi.judulKecamatan")));

        kecamatanGrid.setId("kecamatan-grid");
        kecamatanGrid.addColumn(KecamatanData::kode).setHeader(getTranslation("kolom.kode"));
        kecamatanGrid.addColumn(KecamatanData::nama).setHeader(getTranslation("kolom.nama"));
        kecamatanGrid.addColumn(KecamatanData::kabupatenNama).setHeader(getTranslation("kolom.kabupaten"));
        kecamatanGrid.addColumn(KecamatanData::ibuKota).setHeader(getTranslation("kolom.ibuKota"));
        kecamatanGrid.addItemDoubleClickListener(e -> formKecamatan(e.getItem()));
        kecamatanGrid.setAllRowsVisible(true);
        kecamatanGrid.asSingleSelect().addValueChangeListener(e -> muatIsi(e.getValue()));
        tambahKecamatan.addClickListener(e -> formKecamatan(new KecamatanData(null, null, null, "", "", "", 0)));
        Button tambahKabupaten = new Button("Tambah kabupaten", e -> formKabupaten(new KabupatenData(null, "", "", 0)));
        // the kabupaten with their switches (Aktivitas, issue 13): a double click edits one
        kabupatenGrid.setId("kabupaten-grid");
        kabupatenGrid.addColumn(KabupatenData::kode).setHeader(getTranslation("kolom.kode"));
        kabupatenGrid.addColumn(KabupatenData::nama).setHeader(getTranslation("kolom.nama"));
        kabupatenGrid.addColumn(k -> getTranslation(k.pakaiAktivitas() ? "umum.ya" : "umum.tidak"))
                .setHeader(getTranslation("organisasi.pakaiAktivitas"));
        kabupatenGrid.addItemDoubleClickListener(e -> formKabupaten(e.getItem()));
        kabupatenGrid.setAllRowsVisible(true);
        add(new H3(getTranslation("organisasi.kabupaten")), kabupatenGrid,
                new HorizontalLayout(tambahKabupaten, tambahKecamatan), kecamatanGrid);

        desaGrid.setId("desa-grid");
        desaGrid.addColumn(DesaData::nama).setHeader(getTranslation("kolom.nama"));
        desaGrid.addColumn(d -> getTranslation("jenisDesa." + d.jenis().name())).setHeader(getTranslation("kolom.jenis"));
        desaGrid.addItemDoubleClickListener(e -> formDesa(e.getItem()));
        desaGrid.setAllRowsVisible(true);
        unitGrid.setId("unit-grid");
        // a code the admin typed (e.g. CAMAT, SEKSI-PEM): data shown as a code, not a label
        unitGrid.addComponentColumn(u -> {
            Span kode = new Span(u.kode());
            kode.addClassName("kode");
            return kode;
        }).setHeader(getTranslation("kolom.kode"));
        unitGrid.addColumn(UnitData::nama).setHeader(getTranslation("kolom.nama"));
        unitGrid.addColumn(u -> getTranslation("jenisUnit." + u.jenis().name())).setHeader(getTranslation("kolom.jenis"));
        unitGrid.addColumn(UnitData::jabatanKepala).setHeader(getTranslation("kolom.jabatanKepala"));
        unitGrid.addItemDoubleClickListener(e -> formUnit(e.getItem()));
        unitGrid.setAllRowsVisible(true);
        tambahDesa.addClickListener(e -> formDesa(new DesaData(null, terpilih().id(), "", JenisDesa.DESA, 0)));
        tambahUnit.addClickListener(e -> formUnit(new UnitData(null, terpilih().id(), "", "", JenisUnit.SEKSI, "", 0, 0)));
        add(new H3(getTranslation("organisasi.desa")), tambahDesa, desaGrid,
                new H3(getTranslation("organisasi.unit")), tambahUnit, unitGrid);
        muatKecamatan();
    }

    private KecamatanData terpilih() {
        return kecamatanGrid.asSingleSelect().getValue();
    }

    /** Reloads the list and keeps the kecamatan that was selected (the first one on first load). */
    private void muatKecamatan() {
        kabupatenGrid.setItems(organisasi.semuaKabupaten());
        Long sebelumnya = terpilih() == null ? null : terpilih().id();
        var semua = organisasi.kecamatanTerlihat();
        kecamatanGrid.setItems(semua);
        semua.stream().filter(k -> k.id().equals(sebelumnya)).findFirst()
                .or(() -> semua.stream().findFirst())
                .ifPresent(kecamatanGrid::select);
        muatIsi(terpilih());
    }

    private void muatIsi(KecamatanData kecamatan) {
        boolean ada = kecamatan != null;
        tambahDesa.setEnabled(ada);
        tambahUnit.setEnabled(ada);
        desaGrid.setItems(ada ? organisasi.desa(kecamatan.id()) : java.util.List.of());
        unitGrid.setItems(ada ? organisasi.unit(kecamatan.id()) : java.util.List.of());
    }

    void formKabupaten(KabupatenData data) {
        TextField kode = new TextField(getTranslation("kolom.kode"), data.kode(), "");
        TextField nama = new TextField(getTranslation("kolom.nama"), data.nama(), "");
        pakaiAktivitas = new Checkbox(getTranslation("organisasi.pakaiAktivitas"), data.pakaiAktivitas());
        dialog(getTranslation("organisasi.kabupaten"), new FormLayout(kode, nama, pakaiAktivitas), () -> organisasi.simpanKabupaten(
                new KabupatenData(data.id(), kode.getValue(), nama.getValue(), pakaiAktivitas.getValue(), data.version())));
    }

    /** The switch of the kabupaten form last opened (for the view test). */
    Checkbox pakaiAktivitas;

    private void formKecamatan(KecamatanData data) {
        ComboBox<KabupatenData> kabupaten = new ComboBox<>(getTranslation("kolom.kabupaten"), organisasi.semuaKabupaten());
        kabupaten.setItemLabelGenerator(KabupatenData::nama);
        kabupaten.getListDataView().getItems().filter(k -> k.id().equals(data.kabupatenId())).findFirst().ifPresent(kabupaten::setValue);
        TextField kode = new TextField(getTranslation("kolom.kode"), data.kode(), "");
        TextField nama = new TextField(getTranslation("kolom.nama"), data.nama(), "");
        TextField ibuKota = new TextField(getTranslation("kolom.ibuKota"), data.ibuKota() == null ? "" : data.ibuKota(), "");
        dialog("Kecamatan", new FormLayout(kabupaten, kode, nama, ibuKota), () -> organisasi.simpanKecamatan(new KecamatanData(
                data.id(), kabupaten.getValue() == null ? null : kabupaten.getValue().id(), null, kode.getValue(),
                nama.getValue(), ibuKota.getValue(), data.version())));
    }

    private void formDesa(DesaData data) {
        TextField nama = new TextField(getTranslation("kolom.nama"), data.nama(), "");
        Select<JenisDesa> jenis = new Select<>();
        jenis.setLabel(getTranslation("kolom.jenis"));
        jenis.setItems(JenisDesa.values());
        jenis.setItemLabelGenerator(j -> getTranslation("jenisDesa." + j.name()));
        jenis.setValue(data.jenis());
        dialog(getTranslation("organisasi.desa"), new FormLayout(nama, jenis), () -> organisasi.simpanDesa(
                new DesaData(data.id(), data.kecamatanId(), nama.getValue(), jenis.getValue(), data.version())));
    }

    private void formUnit(UnitData data) {
        TextField kode = new TextField(getTranslation("kolom.kode"), data.kode(), "SEKSI-PEM");
        TextField nama = new TextField(getTranslation("kolom.nama"), data.nama(), "");
        Select<JenisUnit> jenis = new Select<>();
        jenis.setLabel(getTranslation("kolom.jenis"));
        jenis.setItems(JenisUnit.values());
        jenis.setItemLabelGenerator(j -> getTranslation("jenisUnit." + j.name()));
        jenis.setValue(data.jenis());
        TextField jabatan = new TextField(getTranslation("kolom.jabatanKepala"), data.jabatanKepala(), "");
        IntegerField urutan = new IntegerField(getTranslation("kolom.urutan"));
        urutan.setValue(data.urutan());
        dialog(getTranslation("organisasi.unit"), new FormLayout(kode, nama, jenis, jabatan, urutan), () -> organisasi.simpanUnit(
                new UnitData(data.id(), data.kecamatanId(), kode.getValue(), nama.getValue(), jenis.getValue(),
                        jabatan.getValue(), urutan.getValue() == null ? 0 : urutan.getValue(), data.version())));
    }

    private void dialog(String judul, FormLayout form, Runnable simpan) {
        FormDialog.buka(judul, form, simpan, this::muatKecamatan);
    }
}
