package id.sipeka.dokumen.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
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
import id.sipeka.dokumen.AgendaNaskah;
import id.sipeka.dokumen.BerkasArsip;
import id.sipeka.dokumen.DokumenService;
import id.sipeka.dokumen.NaskahService;
import id.sipeka.organisasi.OrganisasiData.KecamatanData;
import id.sipeka.organisasi.OrganisasiService;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.List;

/**
 * The agenda of naskah dinas of a kecamatan: the register of nomor naskah of one year, page by page, each number with
 * its date, subject, kode klasifikasi, kind and signer and a link to the signed PDF; and, for those who may take the
 * yearly archive, the year as one ZIP for SRIKANDI. Anyone who may read the kecamatan's archive sees the agenda; the
 * services check every read and download again.
 */
@Route("agenda-naskah")
@Menu(order = 31, title = "menu.agenda", icon = "vaadin:book")
@PermitAll
public class AgendaNaskahView extends VerticalLayout implements HasDynamicTitle {

    private final NaskahService naskah;
    private final DokumenService dokumen;
    private final Clock clock;
    final ComboBox<KecamatanData> kecamatan = new ComboBox<>();
    final Select<Integer> tahun = new Select<>();
    final Span jumlah = new Span();
    final Grid<AgendaNaskah> daftar = new Grid<>();
    final HorizontalLayout ekspor = new HorizontalLayout();

    AgendaNaskahView(NaskahService naskah, DokumenService dokumen, OrganisasiService organisasi, Clock clock) {
        this.naskah = naskah;
        this.dokumen = dokumen;
        this.clock = clock;
        kecamatan.setLabel(getTranslation("umum.pilihKecamatan"));
        List<KecamatanData> terlihat = organisasi.kecamatanTerlihat();
        kecamatan.setItems(terlihat);
        kecamatan.setItemLabelGenerator(KecamatanData::nama);
        kecamatan.setVisible(terlihat.size() > 1);
        kecamatan.addValueChangeListener(e -> muatTahun());
        tahun.setLabel(getTranslation("agenda.tahun"));
        tahun.setId("agenda-tahun");
        tahun.addValueChangeListener(e -> muat());
        jumlah.setId("agenda-jumlah");

        daftar.setId("agenda-grid");
        daftar.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        daftar.addColumn(AgendaNaskah::nomor).setHeader(getTranslation("agenda.nomor")).setFlexGrow(1);
        daftar.addColumn(a -> FormatIndonesia.tanggal(a.ditandatanganiPada().atZone(clock.getZone()).toLocalDate()))
                .setHeader(getTranslation("agenda.tanggal")).setWidth("9rem").setFlexGrow(0);
        daftar.addColumn(AgendaNaskah::hal).setHeader(getTranslation("agenda.hal")).setFlexGrow(2);
        daftar.addColumn(AgendaNaskah::klasifikasi).setHeader(getTranslation("agenda.klasifikasi")).setWidth("8rem")
                .setFlexGrow(0);
        daftar.addColumn(AgendaNaskah::jenis).setHeader(getTranslation("agenda.jenis")).setFlexGrow(1);
        daftar.addColumn(a -> a.jabatanPenandatangan() + " — " + a.penandatangan())
                .setHeader(getTranslation("agenda.penandatangan")).setFlexGrow(2);
        daftar.addComponentColumn(this::unduh).setHeader("").setWidth("8rem").setFlexGrow(0);
        daftar.setPageSize(50);

        add(new H2(getTranslation("agenda.judul")), new Paragraph(getTranslation("agenda.penjelasan")),
                new HorizontalLayout(kecamatan, tahun), jumlah, ekspor, daftar);
        setSizeFull();
        daftar.setSizeFull();
        terlihat.stream().findFirst().ifPresent(kecamatan::setValue);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("agenda.judul") + " – SIPEKA";
    }

    private void muatTahun() {
        KecamatanData k = kecamatan.getValue();
        List<Integer> ada = k == null ? List.of() : naskah.tahunAgenda(k.id());
        tahun.setItems(ada);
        if (ada.isEmpty()) {
            muat();
        } else {
            tahun.setValue(ada.getFirst());
        }
    }

    private void muat() {
        KecamatanData k = kecamatan.getValue();
        Integer t = tahun.getValue();
        ekspor.removeAll();
        if (k == null || t == null) {
            daftar.setItems(List.of());
            jumlah.setText("");
            return;
        }
        long kecamatanId = k.id();
        int th = t;
        // lazy: the register of a busy year is read a page at a time, in the order the numbers were given
        daftar.setItems(q -> naskah.agenda(kecamatanId, th, q.getOffset(), q.getLimit()).stream(),
                q -> (int) naskah.jumlahAgenda(kecamatanId, th));
        jumlah.setText(getTranslation("agenda.jumlah", th, naskah.jumlahAgenda(kecamatanId, th)));
        if (naskah.bolehEksporSrikandi(kecamatanId)) {
            String nama = ("SRIKANDI-" + k.nama() + "-" + th).replaceAll("[^A-Za-z0-9]+", "-") + ".zip";
            ekspor.add(Unduhan.aliran(getTranslation("agenda.eksporSrikandi", th), "unduh-srikandi-zip", nama,
                    "application/zip", keluar -> naskah.tulisEksporSrikandi(kecamatanId, th, keluar)),
                    new Span(getTranslation("agenda.eksporPenjelasan")));
        }
    }

    private Anchor unduh(AgendaNaskah a) {
        return Unduhan.tautan(getTranslation("agenda.unduhPdf"), null, () -> {
            BerkasArsip b = dokumen.unduh(a.arsipKode());
            return new Unduhan.Berkas(b.arsip().namaBerkas(), "application/pdf", b.isi());
        });
    }
}
