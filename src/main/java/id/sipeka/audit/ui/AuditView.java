package id.sipeka.audit.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import id.sipeka.audit.AuditService;
import id.sipeka.audit.AuditService.AuditEntri;
import id.sipeka.base.FormatIndonesia;
import id.sipeka.security.Peran;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;

/** The newest audit entries: everything for the admin, their own kecamatan for the camat and sekcam. */
@Route("audit")
@PageTitle("Log Audit – SIPEKA")
@Menu(order = 90, title = "menu.audit", icon = "vaadin:clipboard-text")
@RolesAllowed({Peran.ADMIN_, Peran.CAMAT_, Peran.SEKCAM_})
public class AuditView extends VerticalLayout {

    final Grid<AuditEntri> grid = new Grid<>();

    public AuditView(AuditService audit, Clock clock) {
        setSizeFull();
        add(new H2(getTranslation("audit.judul")));
        grid.setId("audit-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(e -> FormatIndonesia.waktu(e.waktu(), clock.getZone())).setHeader(getTranslation("audit.waktu")).setWidth("11rem").setFlexGrow(0);
        grid.addColumn(AuditEntri::username).setHeader(getTranslation("audit.siapa")).setWidth("9rem").setFlexGrow(0);
        grid.addColumn(e -> TeksAudit.aksi(e.aksi())).setHeader(getTranslation("audit.aksi")).setWidth("7rem").setFlexGrow(0);
        grid.addColumn(e -> TeksAudit.jenis(e.jenisData()) + " " + (e.idData() == null ? "" : e.idData())).setHeader(getTranslation("audit.data"))
                .setWidth("14rem").setFlexGrow(0);
        grid.addColumn(e -> TeksAudit.nilai(e.nilaiLama())).setHeader(getTranslation("audit.lama")).setFlexGrow(1);
        grid.addColumn(e -> TeksAudit.nilai(e.nilaiBaru())).setHeader(getTranslation("audit.baru")).setFlexGrow(1);
        grid.setItems(audit.terbaru());
        add(grid);
        setFlexGrow(1, grid);
    }
}
