package id.sipeka.organisasi.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import id.sipeka.base.Pesan;
import id.sipeka.base.ui.PemilihTanggal;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import id.sipeka.base.FormatIndonesia;
import id.sipeka.base.Nip;
import id.sipeka.organisasi.AkunService;
import id.sipeka.organisasi.OrganisasiData.AkunData;
import id.sipeka.organisasi.OrganisasiData.KabupatenData;
import id.sipeka.organisasi.OrganisasiData.KecamatanData;
import id.sipeka.organisasi.OrganisasiData.PegawaiData;
import id.sipeka.organisasi.OrganisasiData.PenugasanData;
import id.sipeka.organisasi.OrganisasiData.UnitData;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.organisasi.PangkatGolongan;
import id.sipeka.organisasi.PosisiPlt;
import id.sipeka.security.Peran;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Admin: the pegawai of a kecamatan, their accounts and acting assignments (Plt./Plh.). */
@Route("admin/pegawai")
@PageTitle("Pegawai & Akun – SIPEKA")
@Menu(order = 81, title = "menu.pegawai", icon = "vaadin:users")
@RolesAllowed(Peran.ADMIN_)
public class PegawaiView extends VerticalLayout {

    private final OrganisasiService organisasi;
    private final AkunService akunService;
    final ComboBox<KecamatanData> kecamatan = new ComboBox<>();
    final Grid<PegawaiData> pegawaiGrid = new Grid<>();
    final Grid<AkunData> akunGrid = new Grid<>();
    final Grid<PenugasanData> penugasanGrid = new Grid<>();
    final Button tambahPegawai = new Button("Tambah pegawai");
    final Button tambahAkun = new Button("Tambah akun");
    final Button tambahPenugasan = new Button("Tambah Plt./Plh.");
    private Map<Long, PegawaiData> pegawaiPerId = Map.of();
    private Map<Long, UnitData> unitPerId = Map.of();

    public PegawaiView(OrganisasiService organisasi, AkunService akunService) {
        this.organisasi = organisasi;
        this.akunService = akunService;
        add(new H2(getTranslation("organisasi.judulPegawai")));
        kecamatan.setLabel(getTranslation("umum.pilihKecamatan"));
        kecamatan.setItems(organisasi.kecamatanTerlihat());
        kecamatan.setItemLabelGenerator(KecamatanData::nama);
        kecamatan.addValueChangeListener(e -> muat());
        add(kecamatan);

        pegawaiGrid.setId("pegawai-grid");
        pegawaiGrid.addColumn(PegawaiData::nama).setHeader(getTranslation("kolom.nama")).setFlexGrow(1);
        pegawaiGrid.addColumn(p -> p.nip() == null ? "" : Nip.of(p.nip()).tertulis()).setHeader(getTranslation("kolom.nip")).setWidth("14rem");
        pegawaiGrid.addColumn(p -> p.pangkatGolongan() == null ? "" : p.pangkatGolongan().tertulis())
                .setHeader(getTranslation("kolom.pangkat")).setWidth("14rem");
        pegawaiGrid.addColumn(PegawaiData::jabatan).setHeader(getTranslation("kolom.jabatan")).setFlexGrow(1);
        pegawaiGrid.addColumn(p -> namaUnit(p.unitKerjaId())).setHeader(getTranslation("kolom.unit"));
        pegawaiGrid.addItemDoubleClickListener(e -> formPegawai(e.getItem()));
        pegawaiGrid.setAllRowsVisible(true);
        tambahPegawai.addClickListener(e -> formPegawai(new PegawaiData(null, kecamatan.getValue().id(), null, "", "", null, "", 0)));

        akunGrid.setId("akun-grid");
        akunGrid.addColumn(AkunData::username).setHeader(getTranslation("kolom.username"));
        akunGrid.addColumn(a -> Pesan.kalimat(getTranslation("peran." + a.peran().name()))).setHeader(getTranslation("kolom.peran"));
        akunGrid.addColumn(a -> a.pegawaiId() == null ? "" : pegawaiPerId.get(a.pegawaiId()).nama()).setHeader(getTranslation("kolom.pegawai"));
        akunGrid.addColumn(a -> a.aktif() ? "Ya" : "Tidak").setHeader(getTranslation("kolom.aktif"));
        akunGrid.addColumn(a -> a.terkunci() ? "Ya" : "").setHeader(getTranslation("kolom.terkunci"));
        akunGrid.addItemDoubleClickListener(e -> formUbahAkun(e.getItem()));
        akunGrid.setAllRowsVisible(true);
        tambahAkun.addClickListener(e -> formAkunBaru());

        penugasanGrid.setId("penugasan-grid");
        penugasanGrid.addColumn(t -> pegawaiPerId.get(t.pegawaiId()).nama()).setHeader(getTranslation("kolom.pegawai"));
        penugasanGrid.addColumn(t -> t.jenis() + " " + (t.posisi() == PosisiPlt.KEPALA_UNIT ? namaUnit(t.unitKerjaId())
                : getTranslation("posisiPlt." + t.posisi().name())))
                .setHeader(getTranslation("kolom.posisi"));
        penugasanGrid.addColumn(t -> FormatIndonesia.tanggal(t.mulai())).setHeader(getTranslation("kolom.mulai"));
        penugasanGrid.addColumn(t -> FormatIndonesia.tanggal(t.selesai())).setHeader(getTranslation("kolom.selesai"));
        penugasanGrid.addColumn(PenugasanData::nomorSk).setHeader(getTranslation("kolom.nomorSk"));
        penugasanGrid.addItemDoubleClickListener(e -> formPenugasan(e.getItem()));
        penugasanGrid.setAllRowsVisible(true);
        tambahPenugasan.addClickListener(e -> formPenugasan(new PenugasanData(null, kecamatan.getValue().id(), null, "Plt.",
                PosisiPlt.KEPALA_UNIT, null, null, null, "", 0)));

        add(tambahPegawai, pegawaiGrid, new H3(getTranslation("organisasi.akun")), new HorizontalLayout(tambahAkun), akunGrid,
                new H3(getTranslation("organisasi.penugasan")), tambahPenugasan, penugasanGrid);
        kecamatan.getListDataView().getItems().findFirst().ifPresent(kecamatan::setValue);
    }

    private void muat() {
        KecamatanData kec = kecamatan.getValue();
        boolean ada = kec != null;
        tambahPegawai.setEnabled(ada);
        tambahAkun.setEnabled(ada);
        tambahPenugasan.setEnabled(ada);
        List<PegawaiData> pegawai = ada ? organisasi.pegawai(kec.id()) : List.of();
        pegawaiPerId = pegawai.stream().collect(Collectors.toMap(PegawaiData::id, Function.identity()));
        unitPerId = (ada ? organisasi.unit(kec.id()) : List.<UnitData>of()).stream()
                .collect(Collectors.toMap(UnitData::id, Function.identity()));
        pegawaiGrid.setItems(pegawai);
        akunGrid.setItems(ada ? akunService.diKecamatan(kec.id()) : List.of());
        penugasanGrid.setItems(ada ? organisasi.penugasan(kec.id()) : List.of());
    }

    private String namaUnit(Long id) {
        return id == null || !unitPerId.containsKey(id) ? "" : unitPerId.get(id).nama();
    }

    private ComboBox<UnitData> pilihUnit(Long terpilih) {
        ComboBox<UnitData> unit = new ComboBox<>(getTranslation("kolom.unit"), unitPerId.values());
        unit.setItemLabelGenerator(UnitData::nama);
        if (terpilih != null) {
            unit.setValue(unitPerId.get(terpilih));
        }
        return unit;
    }

    private ComboBox<PegawaiData> pilihPegawai(Long terpilih) {
        ComboBox<PegawaiData> pegawai = new ComboBox<>(getTranslation("kolom.pegawai"), pegawaiPerId.values());
        pegawai.setItemLabelGenerator(PegawaiData::nama);
        if (terpilih != null) {
            pegawai.setValue(pegawaiPerId.get(terpilih));
        }
        return pegawai;
    }

    private void formPegawai(PegawaiData data) {
        TextField nama = new TextField(getTranslation("kolom.nama"), data.nama(), "");
        TextField nip = new TextField(getTranslation("kolom.nip"), data.nip() == null ? "" : data.nip(), "19720508 199703 2 006");
        nip.setHelperText("18 angka: tanggal lahir, tahun-bulan pengangkatan, jenis kelamin, nomor urut");
        // only needed by signers whose kabupaten signs through BSrE: the identity its signing service knows them by
        TextField nik = new TextField(getTranslation("kolom.nik"), data.nik() == null ? "" : data.nik(), "");
        nik.setHelperText(getTranslation("pegawaiView.nikBantuan"));
        nik.setMaxLength(20);
        ComboBox<PangkatGolongan> pangkat = new ComboBox<>(getTranslation("kolom.pangkat"), PangkatGolongan.values());
        pangkat.setItemLabelGenerator(PangkatGolongan::tertulis);
        pangkat.setValue(data.pangkatGolongan());
        TextField jabatan = new TextField(getTranslation("kolom.jabatan"), data.jabatan(), "");
        ComboBox<UnitData> unit = pilihUnit(data.unitKerjaId());
        FormDialog.buka(getTranslation("kolom.pegawai"), new FormLayout(nama, nip, nik, pangkat, jabatan, unit),
                () -> organisasi.simpanPegawai(new PegawaiData(data.id(), data.kecamatanId(),
                        unit.getValue() == null ? null : unit.getValue().id(), nama.getValue(), nip.getValue(),
                        nik.getValue(), pangkat.getValue(), jabatan.getValue(), data.version())), this::muat);
    }

    private void formAkunBaru() {
        TextField username = new TextField(getTranslation("kolom.username"));
        Select<Peran> peran = new Select<>();
        peran.setLabel(getTranslation("kolom.peran"));
        peran.setItems(Peran.values());
        peran.setItemLabelGenerator(r -> Pesan.kalimat(getTranslation("peran." + r.name())));
        ComboBox<PegawaiData> pegawai = pilihPegawai(null);
        ComboBox<KabupatenData> kabupaten = new ComboBox<>(getTranslation("kolom.kabupaten"), organisasi.semuaKabupaten());
        kabupaten.setItemLabelGenerator(KabupatenData::nama);
        PasswordField sandi = new PasswordField(getTranslation("kolom.sandi"));
        FormDialog.buka(getTranslation("organisasi.akun"), new FormLayout(username, peran, pegawai, kabupaten, sandi),
                () -> akunService.buat(username.getValue(), sandi.getValue(), peran.getValue(),
                        pegawai.getValue() == null ? null : pegawai.getValue().id(),
                        kabupaten.getValue() == null ? null : kabupaten.getValue().id()), this::muat);
    }

    private void formUbahAkun(AkunData data) {
        Select<Peran> peran = new Select<>();
        peran.setLabel(getTranslation("kolom.peran"));
        peran.setItems(Peran.values());
        peran.setItemLabelGenerator(r -> Pesan.kalimat(getTranslation("peran." + r.name())));
        peran.setValue(data.peran());
        ComboBox<PegawaiData> pegawai = pilihPegawai(data.pegawaiId());
        Checkbox aktif = new Checkbox(getTranslation("kolom.aktif"), data.aktif());
        Checkbox terkunci = new Checkbox(getTranslation("kolom.terkunci"), data.terkunci());
        terkunci.setHelperText("Hapus centang untuk membuka kunci");
        PasswordField sandiBaru = new PasswordField(getTranslation("organisasi.sandiBaru"));
        sandiBaru.setHelperText("Kosongkan bila tidak diganti");
        FormDialog.buka(data.username(), new FormLayout(peran, pegawai, aktif, terkunci, sandiBaru), () -> {
            akunService.ubah(new AkunData(data.id(), data.username(), peran.getValue(),
                    pegawai.getValue() == null ? null : pegawai.getValue().id(), data.kabupatenId(), aktif.getValue(),
                    terkunci.getValue(), data.version()));
            if (!sandiBaru.getValue().isEmpty()) {
                akunService.gantiSandi(data.id(), sandiBaru.getValue());
            }
        }, this::muat);
    }

    private void formPenugasan(PenugasanData data) {
        ComboBox<PegawaiData> pegawai = pilihPegawai(data.pegawaiId());
        Select<String> jenis = new Select<>();
        jenis.setLabel(getTranslation("kolom.jenis"));
        jenis.setItems("Plt.", "Plh.");
        jenis.setValue(data.jenis());
        Select<PosisiPlt> posisi = new Select<>();
        posisi.setLabel(getTranslation("kolom.posisi"));
        posisi.setItems(PosisiPlt.values());
        posisi.setItemLabelGenerator(r -> getTranslation("posisiPlt." + r.name()));
        posisi.setValue(data.posisi());
        ComboBox<UnitData> unit = pilihUnit(data.unitKerjaId());
        DatePicker mulai = new PemilihTanggal(getTranslation("kolom.mulai"), data.mulai());
        DatePicker selesai = new PemilihTanggal(getTranslation("kolom.selesai"), data.selesai());
        mulai.setLocale(FormatIndonesia.LOCALE);
        selesai.setLocale(FormatIndonesia.LOCALE);
        TextField sk = new TextField(getTranslation("kolom.nomorSk"), data.nomorSk() == null ? "" : data.nomorSk(), "");
        FormDialog.buka(getTranslation("organisasi.penugasan"), new FormLayout(pegawai, jenis, posisi, unit, mulai, selesai, sk),
                () -> organisasi.simpanPenugasan(new PenugasanData(data.id(), data.kecamatanId(),
                        pegawai.getValue() == null ? null : pegawai.getValue().id(), jenis.getValue(), posisi.getValue(),
                        unit.getValue() == null ? null : unit.getValue().id(), mulai.getValue(), selesai.getValue(),
                        sk.getValue(), data.version())), this::muat);
    }
}
