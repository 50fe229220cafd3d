package id.sipeka.inbox.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import id.sipeka.base.FormatIndonesia;
import id.sipeka.base.ui.Ponsel;
import id.sipeka.inbox.InboxService;
import id.sipeka.inbox.InboxService.Tugas;
import id.sipeka.notifikasi.NotifikasiService;
import id.sipeka.notifikasi.NotifikasiService.NotifikasiData;
import id.sipeka.security.Peran;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * "Tugas Saya": every open task of the user over every process, with the document it is about, its last day (late
 * ones marked) and a button to the task's screen; filters by process, late, and due this week; recent notifications.
 */
@Route("tugas")
@PageTitle("Tugas Saya – SIPEKA")
@Menu(order = 5, title = "menu.inbox", icon = "vaadin:inbox")
@RolesAllowed({Peran.CAMAT_, Peran.SEKCAM_, Peran.KEPALA_UNIT_, Peran.STAF_})
public class InboxView extends VerticalLayout {

    final Grid<Tugas> tugas = new Grid<>();
    final Grid<NotifikasiData> notifikasi = new Grid<>();
    /** The process filter: a process name, or "" for all. */
    final Select<String> proses = new Select<>();
    final Checkbox terlambat = new Checkbox();
    final Checkbox mingguIni = new Checkbox();
    final Button lebihBanyak = new Button();
    final Paragraph tidakCocok = new Paragraph();
    /** Tasks per page: a long list is shown a page at a time, most urgent first. */
    int perHalaman = 25;
    private int tampil = perHalaman;
    private List<Tugas> semua = List.of();

    public InboxView(InboxService inbox, NotifikasiService notifikasiService, Clock clock) {
        add(new H2(getTranslation("menu.inbox")));
        tugas.setId("tugas-grid");
        tugas.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        tugas.addColumn(Tugas::nama).setHeader(getTranslation("inboxView.kolomTugas")).setFlexGrow(1);
        tugas.addColumn(Tugas::judul).setHeader(getTranslation("inboxView.kolomDokumen")).setFlexGrow(2);
        tugas.addComponentColumn(this::batas).setHeader(getTranslation("inboxView.kolomBatasWaktu")).setWidth("12rem").setFlexGrow(0);
        tugas.addComponentColumn(this::tombolBuka).setWidth("7rem").setFlexGrow(0);
        Ponsel.kartuDiPonsel(tugas, getTranslation("inboxView.kolomTugas"), t -> {
            Div kartu = Ponsel.kartu(t.judul(), t.nama());
            Button buka = tombolBuka(t);
            buka.getElement().removeAttribute("data-rute"); // the browser tests' handle stays unique: the wide column's
            kartu.add(batas(t), buka);
            return kartu;
        });
        semua = inbox.tugasSaya();
        tugas.setAllRowsVisible(true);
        tugas.setPartNameGenerator(t -> t.terlambat() ? "terlambat" : null);

        List<String> namaProses = semua.stream().map(Tugas::prosesNama).filter(Objects::nonNull).distinct().sorted().toList();
        proses.setLabel(getTranslation("inboxView.filterProses"));
        proses.setItems(java.util.stream.Stream.concat(java.util.stream.Stream.of(""), namaProses.stream()).toList());
        proses.setItemLabelGenerator(p -> p.isEmpty() ? getTranslation("inboxView.semuaProses") : p);
        proses.setValue("");
        terlambat.setLabel(getTranslation("inboxView.filterTerlambat"));
        mingguIni.setLabel(getTranslation("inboxView.filterMingguIni"));
        tidakCocok.setText(getTranslation("inboxView.tidakAdaYangCocok"));
        tidakCocok.setVisible(false);
        proses.addValueChangeListener(e -> saringDariAwal());
        terlambat.addValueChangeListener(e -> saringDariAwal());
        mingguIni.addValueChangeListener(e -> saringDariAwal());
        lebihBanyak.setId("tugas-lebih-banyak");
        lebihBanyak.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        lebihBanyak.addClickListener(e -> {
            tampil += perHalaman;
            saring();
        });
        saring();
        HorizontalLayout saringan = new HorizontalLayout(proses, terlambat, mingguIni);
        saringan.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        saringan.setWrap(true);

        notifikasi.setId("notifikasi-grid");
        notifikasi.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        notifikasi.addColumn(n -> FormatIndonesia.waktu(n.dibuatPada(), clock.getZone())).setHeader(getTranslation("inboxView.kolomWaktu")).setWidth("10rem")
                .setFlexGrow(0);
        notifikasi.addColumn(NotifikasiData::judul).setHeader(getTranslation("inboxView.pemberitahuan")).setFlexGrow(1);
        notifikasi.addColumn(NotifikasiData::pesan).setHeader(getTranslation("inboxView.kolomIsi")).setFlexGrow(2);
        Ponsel.kartuDiPonsel(notifikasi, getTranslation("inboxView.pemberitahuan"), n -> Ponsel.kartu(n.judul(), n.pesan(),
                FormatIndonesia.waktu(n.dibuatPada(), clock.getZone())));
        notifikasi.setItems(notifikasiService.untukSaya());
        notifikasi.setAllRowsVisible(true);

        if (semua.isEmpty()) {
            add(new Paragraph(getTranslation("inboxView.tidakAdaTugas")));
        } else {
            add(saringan, tugas, lebihBanyak, tidakCocok);
        }
        add(new H2(getTranslation("inboxView.pemberitahuan")), notifikasi);
    }

    /** The filters changed: back to the first page. */
    void saringDariAwal() {
        tampil = perHalaman;
        saring();
    }

    /** Shows the tasks that match the filters, the first {@link #tampil}; the rest one click ("Tampilkan …") away. */
    void saring() {
        List<Tugas> cocok = semua.stream()
                .filter(t -> (proses.getValue() == null || proses.getValue().isEmpty() || proses.getValue().equals(t.prosesNama()))
                        && (!terlambat.getValue() || t.terlambat()) && (!mingguIni.getValue() || t.mingguIni()))
                .toList();
        tugas.setItems(cocok.subList(0, Math.min(tampil, cocok.size())));
        tidakCocok.setVisible(cocok.isEmpty());
        int sisa = cocok.size() - tampil;
        lebihBanyak.setVisible(sisa > 0);
        lebihBanyak.setText(getTranslation("inboxView.lebihBanyak", Math.min(sisa, perHalaman), Math.max(sisa, 0)));
    }

    private Span batas(Tugas t) {
        String tanggal = t.batas() == null ? "" : FormatIndonesia.tanggal(t.batas());
        Span tempo = new Span(t.terlambat() ? getTranslation("inboxView.tanggalTerlambat", tanggal) : tanggal);
        if (t.terlambat()) {
            tempo.addClassName("masalah");
        }
        return tempo;
    }

    private Button tombolBuka(Tugas t) {
        Button buka = new Button(getTranslation("inboxView.buka"), e -> getUI().ifPresent(ui -> ui.navigate(t.rute())));
        buka.addThemeVariants(ButtonVariant.LUMO_SMALL);
        buka.setEnabled(t.rute() != null);
        if (t.rute() != null) {
            buka.getElement().setAttribute("data-rute", t.rute()); // lets a browser test find a task's button
        }
        return buka;
    }
}
