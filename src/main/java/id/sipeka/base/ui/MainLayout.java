package id.sipeka.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import id.sipeka.base.HitunganMenu;
import id.sipeka.base.PemberitahuanSaya;
import id.sipeka.base.PenggunaInfo;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The app shell: the side menu lists exactly the views the user may open (built from {@code @Menu}, filtered by
 * each view's access annotations), and the header names the user, their jabatan, unit and kecamatan. A feature may
 * put a number beside its menu item ({@link HitunganMenu}, e.g. the open tasks beside "Tugas Saya"), counted again on
 * every navigation.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final List<HitunganMenu> hitungan;
    /** The number beside a menu item, by the item's route. */
    final Map<String, Span> lencana = new HashMap<>();

    /** The notification bell, for users who receive notifications (not the admin or a kabupaten viewer). */
    final Optional<Lonceng> lonceng;

    public MainLayout(PenggunaInfo penggunaInfo, AuthenticationContext authenticationContext, List<HitunganMenu> hitungan,
            ObjectProvider<PemberitahuanSaya> pemberitahuan, Clock clock) {
        this.hitungan = hitungan;
        setPrimarySection(Section.DRAWER);
        Span logo = new Span("SIPEKA");
        logo.getStyle().set("font-weight", "700").set("font-size", "var(--lumo-font-size-xl)")
                .set("padding", "var(--lumo-space-m)");
        addToDrawer(logo, new Scroller(menu()));

        PenggunaInfo.Ringkasan saya = penggunaInfo.ringkasan();
        Div pengguna = new Div();
        pengguna.addClassName("pengguna");
        Div nama = new Div(saya.nama());
        nama.addClassName("nama");
        Div jabatan = new Div(gabung(saya.jabatan(), saya.unit(), saya.kecamatan() == null ? null : "Kecamatan " + saya.kecamatan()));
        jabatan.addClassName("jabatan");
        pengguna.add(nama, jabatan);
        Button keluar = new Button(getTranslation("app.keluar"), e -> authenticationContext.logout());
        keluar.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        keluar.setId("keluar");

        Div header = new Div(new DrawerToggle(), pengguna);
        lonceng = saya.kecamatan() == null ? Optional.empty()
                : Optional.ofNullable(pemberitahuan.getIfAvailable()).map(p -> new Lonceng(p, clock.getZone()));
        lonceng.ifPresent(header::add);
        header.add(keluar);
        header.addClassName("sipeka-header");
        addToNavbar(header);
    }

    private SideNav menu() {
        SideNav nav = new SideNav();
        nav.setId("menu");
        for (MenuEntry entri : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = entri.icon() == null ? new SideNavItem(judul(entri), entri.path())
                    : new SideNavItem(judul(entri), entri.path(), new Icon(entri.icon()));
            nav.addItem(item);
            String rute = tanpaGaris(entri.path());
            if (hitungan.stream().anyMatch(h -> h.rute().equals(rute))) {
                Span angka = new Span();
                angka.getElement().getThemeList().add("badge contrast pill small");
                angka.setId("lencana-" + rute);
                angka.setVisible(false);
                item.setSuffixComponent(angka);
                lencana.put(rute, angka);
            }
        }
        return nav;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        lonceng.ifPresent(Lonceng::segarkan);
        if (getContent() != null) {
            kosongBerbahasaIndonesia(getContent());
        }
        for (HitunganMenu h : hitungan) {
            Span angka = lencana.get(h.rute());
            if (angka != null) {
                long jumlah = h.jumlah();
                angka.setText(String.valueOf(jumlah));
                angka.setVisible(jumlah > 0);
            }
        }
    }

    /**
     * A grid without rows says so in Indonesian instead of showing a blank box: every grid of the page that has no
     * empty-state text of its own gets the general one.
     */
    private void kosongBerbahasaIndonesia(Component komponen) {
        if (komponen instanceof Grid<?> grid && grid.getEmptyStateText() == null && grid.getEmptyStateComponent() == null) {
            grid.setEmptyStateText(getTranslation("app.gridKosong"));
        }
        komponen.getChildren().forEach(this::kosongBerbahasaIndonesia);
    }

    private static String tanpaGaris(String path) {
        String p = path == null ? "" : path;
        while (p.startsWith("/")) {
            p = p.substring(1);
        }
        return p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }

    /** Menu titles are translation keys, so the menu speaks the bundle's language. */
    private String judul(MenuEntry entri) {
        return entri.title() != null && entri.title().startsWith("menu.") ? getTranslation(entri.title()) : entri.title();
    }

    private static String gabung(String... bagian) {
        StringBuilder s = new StringBuilder();
        for (String b : bagian) {
            if (b != null && !b.isBlank()) {
                s.append(s.isEmpty() ? "" : " · ").append(b);
            }
        }
        return s.toString();
    }
}
