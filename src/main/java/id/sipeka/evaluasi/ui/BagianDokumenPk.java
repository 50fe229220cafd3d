package id.sipeka.evaluasi.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import id.sipeka.base.FormatIndonesia;
import id.sipeka.base.ui.Unduhan;
import id.sipeka.dokumen.DokumenService;
import id.sipeka.dokumen.NaskahBerurutanData;
import id.sipeka.dokumen.ui.DialogKredensial;
import id.sipeka.evaluasi.EvaluasiData.Berkas;
import id.sipeka.evaluasi.EvaluasiData.RencanaAksiUnitData;
import id.sipeka.evaluasi.PerjanjianKinerjaCamatService;
import id.sipeka.evaluasi.PerjanjianKinerjaDokumenService;
import id.sipeka.evaluasi.PerjanjianKinerjaDokumenService.StatusPk;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The PK as a signed document under the PK table: where it stands, the unit head's signature (pihak pertama), the
 * camat's countersignature (pihak kedua) and the PDF. The buttons show only what the service says the user may do now.
 */
class BagianDokumenPk extends VerticalLayout {

    final Paragraph status = new Paragraph();
    final Button tandatangani = new Button();
    final Button sahkan = new Button();
    Anchor unduh;

    private final PerjanjianKinerjaDokumenService dokumenPk;
    private final DokumenService tte;
    private final Runnable lalu;
    private long renjaId;
    private long unitId;
    private long kecamatanId;

    final Button tandatanganiCamat = new Button();
    private final PerjanjianKinerjaCamatService pkCamat;

    BagianDokumenPk(PerjanjianKinerjaDokumenService dokumenPk, PerjanjianKinerjaCamatService pkCamat, DokumenService tte,
            Runnable lalu) {
        this.pkCamat = pkCamat;
        this.dokumenPk = dokumenPk;
        this.tte = tte;
        this.lalu = lalu;
        setPadding(false);
        status.setId("status-naskah-pk");
        tandatangani.setText(getTranslation("dokumenPk.tandatangani"));
        tandatangani.setId("tandatangani-pk");
        tandatangani.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // asked for the BSrE passphrase first when the kabupaten signs through BSrE
        tandatangani.addClickListener(e -> DialogKredensial.tandatangani(tte, kecamatanId,
                () -> dokumenPk.tandatanganiPertama(renjaId, unitId), getTranslation("dokumenPk.ditandatangani"), lalu));
        sahkan.setText(getTranslation("dokumenPk.sahkan"));
        sahkan.setId("sahkan-pk");
        sahkan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        sahkan.addClickListener(e -> DialogKredensial.tandatangani(tte, kecamatanId,
                () -> dokumenPk.tandatanganiKedua(renjaId, unitId), getTranslation("dokumenPk.disahkan"), lalu));
        tandatanganiCamat.setText(getTranslation("dokumenPk.tandatanganiCamat"));
        tandatanganiCamat.setId("tandatangani-pk-camat");
        tandatanganiCamat.addClickListener(e -> DialogKredensial.tandatangani(tte, kecamatanId,
                () -> pkCamat.tandatangani(renjaId), getTranslation("dokumenPk.camatDitandatangani"), lalu));
    }

    /** The camat's own PK with the bupati: its PDF (draft or signed) and, for the camat before signing, the button. */
    Component pkCamat(long renjaId, long kecamatanId) {
        this.renjaId = renjaId;
        this.kecamatanId = kecamatanId;
        tandatanganiCamat.setVisible(pkCamat.bolehTandatangani(renjaId));
        boolean ditandatangani = pkCamat.arsip(renjaId).isPresent();
        Anchor pdf = Unduhan.tautan(getTranslation(ditandatangani ? "dokumenPk.unduhCamat" : "dokumenPk.unduhCamatDraf"),
                "unduh-pk-camat-pdf", () -> {
                    Berkas b = pkCamat.pdf(renjaId);
                    return new Unduhan.Berkas(b.nama(), b.jenis(), b.isi());
                });
        return new HorizontalLayout(tandatanganiCamat, pdf);
    }

    void tampilkan(long renjaId, long unitId, long kecamatanId, ZoneId zona) {
        this.renjaId = renjaId;
        this.unitId = unitId;
        this.kecamatanId = kecamatanId;
        removeAll();
        StatusPk s = dokumenPk.status(renjaId, unitId);
        NaskahBerurutanData n = s.naskah();
        if (n == null) {
            status.setText(getTranslation("dokumenPk.belum"));
        } else if (!n.lengkap()) {
            status.setText(getTranslation("dokumenPk.menungguCamat", n.namaPertama(),
                    FormatIndonesia.tanggal(n.pertamaPada(), zona), n.namaKedua()));
        } else {
            status.setText(getTranslation("dokumenPk.lengkap", n.nomor(), n.namaPertama(), n.namaKedua(),
                    FormatIndonesia.tanggal(n.keduaPada(), zona)));
        }
        tandatangani.setVisible(s.bolehTandatanganiPertama());
        sahkan.setVisible(s.bolehTandatanganiKedua());
        unduh = Unduhan.tautan(getTranslation(n == null ? "dokumenPk.unduhDraf" : "dokumenPk.unduh"), "unduh-pk-pdf", () -> {
            Berkas b = dokumenPk.pdf(renjaId, unitId);
            return new Unduhan.Berkas(b.nama(), b.jenis(), b.isi());
        });
        add(status, new HorizontalLayout(tandatangani, sahkan, unduh));
    }

    /** For the camat: the units whose PK waits for their countersignature; nothing for anyone else or when none waits. */
    Optional<Component> menungguCamat(long renjaId, List<RencanaAksiUnitData> unit) {
        List<String> nama = dokumenPk.menungguCamat(renjaId).stream()
                .map(s -> unit.stream().filter(u -> Objects.equals(u.unitKerjaId(), s.unitKerjaId()))
                        .map(RencanaAksiUnitData::unitNama).findFirst().orElse(""))
                .toList();
        if (nama.isEmpty()) {
            return Optional.empty();
        }
        Paragraph daftar = new Paragraph(getTranslation("dokumenPk.daftarMenunggu", String.join(", ", nama)));
        daftar.setId("pk-menunggu-camat");
        daftar.addClassName("peringatan");
        return Optional.of(daftar);
    }
}
