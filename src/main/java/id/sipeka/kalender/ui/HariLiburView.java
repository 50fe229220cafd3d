package id.sipeka.kalender.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import id.sipeka.base.ui.PemilihTanggal;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import id.sipeka.base.FormatIndonesia;
import id.sipeka.base.ui.Notifikasi;
import id.sipeka.kalender.HariLiburService;
import id.sipeka.kalender.HariLiburService.HariLiburData;
import id.sipeka.kalender.JenisLibur;
import id.sipeka.security.Peran;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.stream.IntStream;

/**
 * Admin: the national holidays and cuti bersama of a year, entered from that year's SKB 3 Menteri. Deadlines,
 * reminders and escalations count working days by this list.
 */
@Route("admin/hari-libur")
@PageTitle("Hari Libur – SIPEKA")
@Menu(order = 85, title = "menu.hariLibur", icon = "vaadin:calendar")
@RolesAllowed(Peran.ADMIN_)
public class HariLiburView extends VerticalLayout {

    private final HariLiburService service;
    final Select<Integer> tahun = new Select<>();
    final Grid<HariLiburData> grid = new Grid<>();
    final Button tambah = new Button();

    public HariLiburView(HariLiburService service, Clock clock) {
        this.service = service;
        add(new H2(getTranslation("hariLibur.judul")), new Paragraph(getTranslation("hariLibur.penjelasan")));
        int tahunIni = LocalDate.now(clock).getYear();
        tahun.setLabel(getTranslation("hariLibur.tahun"));
        tahun.setItems(IntStream.rangeClosed(tahunIni - 2, tahunIni + 2).boxed().toList());
        tahun.setValue(tahunIni);
        tahun.addValueChangeListener(e -> muat());
        tambah.setText(getTranslation("hariLibur.tambah"));
        tambah.setId("tambah-hari-libur");
        tambah.addClickListener(e -> form(new HariLiburData(null, null, "", JenisLibur.LIBUR_NASIONAL, "", false, 0)));
        HorizontalLayout alat = new HorizontalLayout(tahun, tambah);
        alat.setAlignItems(Alignment.BASELINE);
        alat.setWrap(true);

        grid.setId("hari-libur-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(h -> FormatIndonesia.hari(h.tanggal()) + ", " + FormatIndonesia.tanggal(h.tanggal()))
                .setHeader(getTranslation("hariLibur.kolomTanggal")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(HariLiburData::nama).setHeader(getTranslation("hariLibur.kolomNama")).setFlexGrow(2);
        grid.addColumn(h -> getTranslation("jenisLibur." + h.jenis().name())).setHeader(getTranslation("hariLibur.kolomJenis"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(h -> h.perkiraan() ? getTranslation("hariLibur.perkiraan") : h.dasar())
                .setHeader(getTranslation("hariLibur.kolomDasar")).setFlexGrow(1);
        grid.addComponentColumn(h -> new Button(getTranslation("hariLibur.hapus"), e -> hapus(h)))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addItemDoubleClickListener(e -> form(e.getItem()));
        grid.setEmptyStateText(getTranslation("hariLibur.kosong"));
        grid.setAllRowsVisible(true);
        add(alat, grid);
        muat();
    }

    private void muat() {
        grid.setItems(service.daftar(tahun.getValue()));
    }

    private void form(HariLiburData data) {
        DatePicker tanggal = new PemilihTanggal(getTranslation("hariLibur.kolomTanggal"), data.tanggal());
        tanggal.setRequiredIndicatorVisible(true);
        TextField nama = new TextField(getTranslation("hariLibur.kolomNama"), data.nama(), "");
        Select<JenisLibur> jenis = new Select<>();
        jenis.setLabel(getTranslation("hariLibur.kolomJenis"));
        jenis.setItems(JenisLibur.values());
        jenis.setItemLabelGenerator(j -> getTranslation("jenisLibur." + j.name()));
        jenis.setValue(data.jenis());
        TextField dasar = new TextField(getTranslation("hariLibur.kolomDasar"), data.dasar() == null ? "" : data.dasar(),
                getTranslation("hariLibur.contohDasar"));
        Dialog dialog = new Dialog(new FormLayout(tanggal, nama, jenis, dasar));
        dialog.setHeaderTitle(getTranslation(data.id() == null ? "hariLibur.tambah" : "hariLibur.ubah"));
        dialog.setWidth("min(40em, 95vw)");
        Button simpan = new Button(getTranslation("umum.simpan"), e -> Notifikasi.jalankan(() -> service.simpan(
                new HariLiburData(data.id(), tanggal.getValue(), nama.getValue(), jenis.getValue(), dasar.getValue(),
                        data.perkiraan(), data.version())), getTranslation("umum.tersimpan"), () -> {
                            dialog.close();
                            muat();
                        }));
        simpan.setId("simpan");
        simpan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("umum.batal"), e -> dialog.close()), simpan);
        dialog.open();
    }

    private void hapus(HariLiburData data) {
        Dialog dialog = new Dialog(new Paragraph(getTranslation("hariLibur.yakinHapus", data.nama(),
                FormatIndonesia.tanggal(data.tanggal()))));
        dialog.setHeaderTitle(getTranslation("hariLibur.hapus"));
        Button ya = new Button(getTranslation("hariLibur.hapus"), e -> Notifikasi.jalankan(
                () -> service.hapus(data.id(), data.version()), getTranslation("hariLibur.terhapus"), () -> {
                    dialog.close();
                    muat();
                }));
        ya.setId("ya-hapus");
        ya.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("umum.batal"), e -> dialog.close()), ya);
        dialog.open();
    }
}
