package id.sipeka.dokumen.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.sipeka.base.FormatIndonesia;
import id.sipeka.base.ui.Unduhan;
import id.sipeka.dokumen.ArsipDokumen;
import id.sipeka.dokumen.BerkasArsip;
import id.sipeka.dokumen.BerkasLampiran;
import id.sipeka.dokumen.DokumenService;
import id.sipeka.dokumen.LampiranDokumen;
import id.sipeka.organisasi.OrganisasiData.KecamatanData;
import id.sipeka.organisasi.OrganisasiService;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The archive of a kecamatan: every signed final document with its stage, version, signer, time and SHA-256, the
 * attachments (tables of each document, uploaded evidence), each downloadable; and for inspectors the whole year
 * as one ZIP. Anyone who may read the kecamatan sees the list; the services check every download again.
 */
@Route("arsip")
@Menu(order = 30, title = "menu.arsip", icon = "vaadin:archive")
@PermitAll
public class ArsipView extends VerticalLayout implements HasDynamicTitle {


    private final DokumenService dokumen;
    private final Clock clock;
    final ComboBox<KecamatanData> kecamatan = new ComboBox<>();
    final Select<Integer> tahun = new Select<>();
    final Grid<ArsipDokumen> daftar = new Grid<>();
    final Grid<LampiranDokumen> lampiran = new Grid<>();
    final HorizontalLayout zip = new HorizontalLayout();

    ArsipView(DokumenService dokumen, OrganisasiService organisasi, Clock clock) {
        this.dokumen = dokumen;
        this.clock = clock;
        kecamatan.setLabel(getTranslation("umum.pilihKecamatan"));
        List<KecamatanData> terlihat = organisasi.kecamatanTerlihat();
        kecamatan.setItems(terlihat);
        kecamatan.setItemLabelGenerator(KecamatanData::nama);
        kecamatan.setVisible(terlihat.size() > 1);
        kecamatan.addValueChangeListener(e -> muatTahun());
        tahun.setLabel(getTranslation("arsip.tahun"));
        tahun.setId("arsip-tahun");
        tahun.addValueChangeListener(e -> muat());

        daftar.setId("arsip-grid");
        daftar.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        daftar.addColumn(a -> a.nomor() == null ? "–" : a.nomor()).setHeader(getTranslation("arsip.nomor")).setFlexGrow(1);
        daftar.addColumn(ArsipDokumen::judul).setHeader(getTranslation("arsip.dokumen")).setFlexGrow(2);
        daftar.addColumn(ArsipDokumen::tahap).setHeader(getTranslation("arsip.tahap")).setFlexGrow(1);
        daftar.addColumn(ArsipDokumen::versi).setHeader(getTranslation("arsip.versi")).setWidth("5rem").setFlexGrow(0);
        daftar.addColumn(a -> a.jabatanPenandatangan() + " — " + a.penandatangan())
                .setHeader(getTranslation("arsip.penandatangan")).setFlexGrow(2);
        daftar.addColumn(a -> waktu(a.ditandatanganiPada())).setHeader(getTranslation("arsip.waktu")).setWidth("9rem").setFlexGrow(0);
        daftar.addComponentColumn(a -> sidik(a.sha256())).setHeader(getTranslation("arsip.sha256")).setFlexGrow(2);
        daftar.addComponentColumn(this::unduhDokumen).setHeader("").setWidth("8rem").setFlexGrow(0);
        daftar.setAllRowsVisible(true);

        lampiran.setId("lampiran-grid");
        lampiran.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        lampiran.addColumn(LampiranDokumen::jenis).setHeader(getTranslation("arsip.jenisLampiran")).setFlexGrow(1);
        lampiran.addColumn(LampiranDokumen::namaBerkas).setHeader(getTranslation("arsip.berkas")).setFlexGrow(2);
        // what the file belongs to: the document of a table, the report and row of a piece of evidence
        lampiran.addColumn(LampiranDokumen::judul).setHeader(getTranslation("arsip.judulLampiran")).setFlexGrow(2);
        lampiran.addColumn(l -> l.disimpanOleh() + ", " + waktu(l.disimpanPada())).setHeader(getTranslation("arsip.disimpan"))
                .setFlexGrow(1);
        lampiran.addComponentColumn(l -> sidik(l.sha256())).setHeader(getTranslation("arsip.sha256")).setFlexGrow(2);
        lampiran.addComponentColumn(this::unduhLampiran).setHeader("").setWidth("8rem").setFlexGrow(0);
        lampiran.setAllRowsVisible(true);

        add(new H2(getTranslation("arsip.judul")), new Paragraph(getTranslation("arsip.penjelasan")),
                new HorizontalLayout(kecamatan, tahun), zip, new H3(getTranslation("arsip.dokumenFinal")), daftar,
                new H3(getTranslation("arsip.lampiran")), lampiran);
        terlihat.stream().findFirst().ifPresent(kecamatan::setValue);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("arsip.judul") + " – SIPEKA";
    }

    private void muatTahun() {
        KecamatanData k = kecamatan.getValue();
        List<Integer> ada = k == null ? List.of() : dokumen.tahunArsip(k.id());
        tahun.setItems(ada);
        tahun.setEnabled(!ada.isEmpty());
        if (ada.isEmpty()) {
            muat();
        } else {
            tahun.setValue(ada.getFirst());
        }
    }

    private void muat() {
        KecamatanData k = kecamatan.getValue();
        Integer t = tahun.getValue();
        zip.removeAll();
        if (k == null || t == null) {
            daftar.setItems(List.of());
            lampiran.setItems(List.of());
            zip.add(new Span(getTranslation("arsip.kosong")));
            return;
        }
        daftar.setItems(dokumen.arsip(k.id()).stream().filter(a -> a.tahun() == t).toList());
        lampiran.setItems(dokumen.lampiran(k.id()).stream().filter(l -> l.tahun() == t).toList());
        if (dokumen.bolehUnduhArsipTahunan(k.id())) {
            long kecamatanId = k.id();
            String nama = ("Arsip-" + k.nama() + "-" + t).replaceAll("[^A-Za-z0-9]+", "-") + ".zip";
            zip.add(Unduhan.aliran(getTranslation("arsip.unduhZip", t), "unduh-arsip-zip", nama, "application/zip",
                    keluar -> dokumen.tulisArsipTahunan(kecamatanId, t, keluar)));
        }
    }

    private Anchor unduhDokumen(ArsipDokumen a) {
        return Unduhan.tautan(getTranslation("arsip.unduhPdf"), null, () -> {
            BerkasArsip b = dokumen.unduh(a.kode());
            return new Unduhan.Berkas(b.arsip().namaBerkas(), "application/pdf", b.isi());
        });
    }

    private Anchor unduhLampiran(LampiranDokumen l) {
        return Unduhan.tautan(getTranslation("arsip.unduh"), null, () -> {
            BerkasLampiran b = dokumen.unduhLampiran(l.kode());
            return new Unduhan.Berkas(b.lampiran().namaBerkas(), b.lampiran().tipeMedia(), b.isi());
        });
    }

    private static Span sidik(String sha256) {
        Span s = new Span(sha256);
        s.addClassName("sidik");
        return s;
    }

    private String waktu(Instant waktu) {
        return FormatIndonesia.waktu(waktu, clock.getZone());
    }
}
