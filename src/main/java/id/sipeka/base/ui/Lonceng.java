package id.sipeka.base.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import id.sipeka.base.FormatIndonesia;
import id.sipeka.base.PemberitahuanSaya;
import id.sipeka.base.PemberitahuanSaya.Butir;
import java.time.ZoneId;

/**
 * The bell in the header: the number of unread notifications, and on a click the open ones, newest first. Opening
 * one marks it read and goes to its screen; a notification leaves the list by itself once its document moves on.
 */
class Lonceng extends Composite<Div> {

    final Button tombol = new Button(VaadinIcon.BELL.create());
    final Span angka = new Span();
    final Div daftar = new Div();
    final Popover popover = new Popover();
    private final PemberitahuanSaya pemberitahuan;
    private final ZoneId zona;

    Lonceng(PemberitahuanSaya pemberitahuan, ZoneId zona) {
        this.pemberitahuan = pemberitahuan;
        this.zona = zona;
        tombol.setId("lonceng");
        tombol.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        tombol.setAriaLabel(getTranslation("lonceng.judul"));
        tombol.setTooltipText(getTranslation("lonceng.judul"));
        angka.setId("lencana-lonceng");
        angka.getElement().getThemeList().add("badge error pill small");
        angka.addClassName("lencana-lonceng");
        getContent().addClassName("lonceng");
        getContent().add(tombol, angka);

        Button semua = new Button(getTranslation("lonceng.semuaDibaca"), e -> {
            pemberitahuan.semuaDibaca();
            segarkan();
            isiDaftar();
        });
        semua.setId("semua-dibaca");
        semua.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        Span judul = new Span(getTranslation("lonceng.judul"));
        judul.addClassName("judul-lonceng");
        HorizontalLayout kepala = new HorizontalLayout(judul, semua);
        kepala.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        kepala.setJustifyContentMode(HorizontalLayout.JustifyContentMode.BETWEEN);
        kepala.setWidthFull();
        daftar.setId("daftar-lonceng");
        daftar.addClassName("daftar-lonceng");
        popover.setTarget(tombol);
        popover.setPosition(PopoverPosition.BOTTOM_END);
        popover.setWidth("min(26em, 92vw)");
        popover.add(kepala, daftar);
        popover.addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                isiDaftar();
            }
        });
        getContent().add(popover);
    }

    /** Counted again after every navigation: a step elsewhere may have sent or closed some. */
    void segarkan() {
        long belum = pemberitahuan.belumDibaca();
        angka.setText(belum > 99 ? "99+" : String.valueOf(belum));
        angka.setVisible(belum > 0);
        tombol.setAriaLabel(belum > 0 ? getTranslation("lonceng.judulBelumDibaca", belum) : getTranslation("lonceng.judul"));
    }

    private void isiDaftar() {
        daftar.removeAll();
        var semua = pemberitahuan.terbaru();
        if (semua.isEmpty()) {
            daftar.add(new Div(getTranslation("lonceng.kosong")));
            return;
        }
        semua.forEach(b -> daftar.add(butir(b)));
    }

    private Div butir(Butir b) {
        Div judul = new Div(b.judul());
        judul.addClassName("judul");
        Div pesan = new Div(b.pesan());
        pesan.addClassName("pesan");
        Div waktu = new Div(FormatIndonesia.waktu(b.waktu(), zona));
        waktu.addClassName("waktu");
        Div butir = new Div(judul, pesan, waktu);
        butir.addClassName("butir-lonceng");
        butir.addClassName(b.dibaca() ? "dibaca" : "belum-dibaca");
        butir.getElement().setAttribute("role", "button");
        butir.getElement().setAttribute("tabindex", "0");
        butir.addClickListener(e -> buka(b));
        return butir;
    }

    private void buka(Butir b) {
        pemberitahuan.dibaca(b.id());
        popover.close();
        segarkan();
        if (b.tautan() != null && !b.tautan().isBlank()) {
            getUI().ifPresent(ui -> ui.navigate(b.tautan()));
        }
    }
}
