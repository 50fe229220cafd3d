package id.sipeka.notifikasi.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import id.sipeka.base.ui.Notifikasi;
import id.sipeka.notifikasi.CaraSurel;
import id.sipeka.notifikasi.LanggananSurelService;
import id.sipeka.notifikasi.LanggananSurelService.Langganan;
import id.sipeka.security.Peran;
import jakarta.annotation.security.RolesAllowed;

/** The signed-in user's own choice: notifications by e-mail at once, as a morning summary, or not at all. */
@Route("pengaturan/surel")
@PageTitle("Pemberitahuan E-mail – SIPEKA")
@Menu(order = 95, title = "menu.surel", icon = "vaadin:envelope")
/** For the people notifications are addressed to: everyone working in a kecamatan. */
@RolesAllowed({Peran.CAMAT_, Peran.SEKCAM_, Peran.KEPALA_UNIT_, Peran.STAF_})
public class LanggananSurelView extends VerticalLayout {

    final EmailField email = new EmailField();
    final RadioButtonGroup<CaraSurel> cara = new RadioButtonGroup<>();
    final TextField nomorWa = new TextField();
    final Button simpan = new Button();
    private long version;

    public LanggananSurelView(LanggananSurelService service) {
        setMaxWidth("40em");
        add(new H2(getTranslation("langgananSurel.judul")), new Paragraph(getTranslation("langgananSurel.penjelasan")));
        if (!service.surelAktif()) {
            Paragraph mati = new Paragraph(getTranslation("langgananSurel.mati"));
            mati.setId("surel-mati");
            mati.addClassName("peringatan");
            add(mati);
        }
        email.setLabel(getTranslation("langgananSurel.email"));
        email.setWidthFull();
        email.setMaxLength(254);
        cara.setLabel(getTranslation("langgananSurel.cara"));
        cara.setItems(CaraSurel.values());
        cara.setItemLabelGenerator(c -> getTranslation("caraSurel." + c.name()));
        cara.addThemeVariants(com.vaadin.flow.component.radiobutton.RadioGroupVariant.LUMO_VERTICAL);
        Langganan ada = service.milikSaya().orElse(new Langganan("", CaraSurel.TIDAK, 0));
        email.setValue(ada.email());
        nomorWa.setLabel(getTranslation("langgananSurel.nomorWa"));
        nomorWa.setHelperText(getTranslation("langgananSurel.nomorWaBantuan"));
        nomorWa.setMaxLength(20);
        nomorWa.setValue(ada.nomorWa() == null ? "" : ada.nomorWa());
        nomorWa.setId("nomor-wa");
        // shown only where a WhatsApp gateway is configured: elsewhere the number would never be used
        nomorWa.setVisible(service.whatsAppAktif());
        cara.setValue(ada.cara());
        version = ada.version();
        simpan.setText(getTranslation("umum.simpan"));
        simpan.setId("simpan-surel");
        simpan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        simpan.addClickListener(e -> Notifikasi.jalankan(() -> version = service.simpan(
                new Langganan(email.getValue(), cara.getValue(), nomorWa.getValue(), version)).version(), getTranslation("umum.tersimpan"), () -> {
                }));
        add(email, cara, nomorWa, simpan);
    }
}
