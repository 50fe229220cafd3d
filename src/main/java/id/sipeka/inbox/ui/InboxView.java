package id.sipeka.inbox.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import id.sipeka.base.FormatIndonesia;
import id.sipeka.inbox.InboxService;
import id.sipeka.inbox.InboxService.Tugas;
import id.sipeka.notifikasi.NotifikasiService;
import id.sipeka.notifikasi.NotifikasiService.NotifikasiData;
import id.sipeka.security.Peran;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;

/** "Tugas Saya": every open task of the user with its due date (late ones marked), and recent notifications. */
@Route("tugas")
@PageTitle("Tugas Saya – SIPEKA")
@Menu(order = 5, title = "menu.inbox", icon = "vaadin:inbox")
@RolesAllowed({Peran.CAMAT_, Peran.SEKCAM_, Peran.KEPALA_UNIT_, Peran.STAF_})
public class InboxView extends VerticalLayout {

    final Grid<Tugas> tugas = new Grid<>();
    final Grid<NotifikasiData> notifikasi = new Grid<>();

    public InboxView(InboxService inbox, NotifikasiService notifikasiService, Clock clock) {
        add(new H2(getTranslation("menu.inbox")));
        tugas.setId("tugas-grid");
        tugas.addThemeVariants(GridVariant.LUMO_COMPACT);
        tugas.addColumn(Tugas::nama).setHeader(getTranslation("inboxView.kolomTugas")).setFlexGrow(1);
        tugas.addColumn(t -> "renja".equals(t.prosesKey()) ? getTranslation("inboxView.dokumenRenja", t.kunciBisnis())
                        : t.prosesKey())
                .setHeader(getTranslation("inboxView.kolomDokumen"));
        tugas.addComponentColumn(t -> {
            String tanggal = t.jatuhTempo() == null ? "" : FormatIndonesia.tanggal(t.jatuhTempo()
                    .atZone(clock.getZone()).toLocalDate().minusDays(1));
            Span tempo = new Span(t.jatuhTempo() == null || !t.terlambat() ? tanggal
                    : getTranslation("inboxView.tanggalTerlambat", tanggal));
            if (t.terlambat()) {
                tempo.addClassName("masalah");
            }
            return tempo;
        }).setHeader(getTranslation("inboxView.kolomBatasWaktu"));
        tugas.addComponentColumn(t -> {
            Button buka = new Button(getTranslation("inboxView.buka"), e -> getUI().ifPresent(ui -> ui.navigate(t.rute())));
            buka.addThemeVariants(ButtonVariant.LUMO_SMALL);
            buka.setEnabled(t.rute() != null);
            return buka;
        }).setWidth("7em").setFlexGrow(0);
        tugas.setItems(inbox.tugasSaya());
        tugas.setAllRowsVisible(true);
        tugas.setPartNameGenerator(t -> t.terlambat() ? "terlambat" : null);

        notifikasi.setId("notifikasi-grid");
        notifikasi.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        notifikasi.addColumn(n -> FormatIndonesia.waktu(n.dibuatPada(), clock.getZone())).setHeader(getTranslation("inboxView.kolomWaktu")).setWidth("10em")
                .setFlexGrow(0);
        notifikasi.addColumn(NotifikasiData::judul).setHeader(getTranslation("inboxView.pemberitahuan")).setFlexGrow(1);
        notifikasi.addColumn(NotifikasiData::pesan).setHeader(getTranslation("inboxView.kolomIsi")).setFlexGrow(2);
        notifikasi.setItems(notifikasiService.untukSaya());
        notifikasi.setAllRowsVisible(true);

        add(tugas.getGenericDataView().getItems().findAny().isPresent() ? tugas
                : new Paragraph(getTranslation("inboxView.tidakAdaTugas")));
        add(new H2(getTranslation("inboxView.pemberitahuan")), notifikasi);
    }
}
