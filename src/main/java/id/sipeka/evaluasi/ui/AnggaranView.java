package id.sipeka.evaluasi.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.sipeka.base.FormatIndonesia;
import id.sipeka.base.ui.FieldAngka;
import id.sipeka.base.ui.Notifikasi;
import id.sipeka.evaluasi.AnggaranData.AnggaranTahun;
import id.sipeka.evaluasi.AnggaranData.BarisAnggaran;
import id.sipeka.evaluasi.AnggaranData.IsiAnggaran;
import id.sipeka.evaluasi.AnggaranData.JumlahAnggaran;
import id.sipeka.evaluasi.AnggaranKecamatanService;
import id.sipeka.organisasi.OrganisasiData.KecamatanData;
import id.sipeka.organisasi.OrganisasiService;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The budget lines of a kecamatan's year (pendapatan, belanja pegawai, barang dan jasa, modal) with the computed
 * realisasi % and total belanja, for the LKjIP. Everyone who may read the kecamatan sees it; the sekcam and the admin
 * type the amounts and save the year at once. Percentages and the total come from the service after each save, so
 * the screen never computes a figure of its own.
 */
@Route("anggaran")
@Menu(order = 26, title = "menu.anggaran", icon = "vaadin:money")
@PermitAll
public class AnggaranView extends VerticalLayout implements HasDynamicTitle {

    /** Years offered around the current one: the last five (realisasi comes late) and the next (the new budget). */
    private static final int TAHUN_LALU = 5;

    private final AnggaranKecamatanService anggaran;
    final ComboBox<KecamatanData> kecamatan = new ComboBox<>();
    final Select<Integer> tahun = new Select<>();
    final Grid<Baris> grid = new Grid<>();
    final List<Baris> baris = new ArrayList<>();
    final Paragraph hanyaBaca = new Paragraph();
    final Button simpan = new Button();
    private AnggaranTahun dibaca;

    AnggaranView(AnggaranKecamatanService anggaran, OrganisasiService organisasi, Clock clock) {
        this.anggaran = anggaran;
        kecamatan.setLabel(getTranslation("umum.pilihKecamatan"));
        List<KecamatanData> terlihat = organisasi.kecamatanTerlihat();
        kecamatan.setItems(terlihat);
        kecamatan.setItemLabelGenerator(KecamatanData::nama);
        kecamatan.setVisible(terlihat.size() > 1);
        kecamatan.addValueChangeListener(e -> muat());
        int sekarang = LocalDate.now(clock).getYear();
        tahun.setLabel(getTranslation("anggaran.tahun"));
        tahun.setId("anggaran-tahun");
        tahun.setItems(IntStream.rangeClosed(sekarang - TAHUN_LALU, sekarang + 1).boxed().toList().reversed());
        tahun.setItemLabelGenerator(String::valueOf); // 2026, not 2.026
        tahun.setValue(sekarang);
        tahun.addValueChangeListener(e -> muat());

        grid.setId("anggaran-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER);
        grid.setAllRowsVisible(true);
        grid.setMaxWidth("60em");
        grid.addComponentColumn(b -> b.uraian).setHeader(getTranslation("anggaran.uraian")).setFlexGrow(2);
        grid.addComponentColumn(b -> b.anggaranTampil).setHeader(getTranslation("anggaran.anggaran")).setFlexGrow(2);
        grid.addComponentColumn(b -> b.realisasiTampil).setHeader(getTranslation("anggaran.realisasi")).setFlexGrow(2);
        grid.addComponentColumn(b -> b.persen).setHeader(getTranslation("anggaran.persen")).setFlexGrow(1);

        hanyaBaca.setText(getTranslation("anggaran.hanyaBaca"));
        hanyaBaca.setId("anggaran-hanya-baca");
        simpan.setText(getTranslation("anggaran.simpan"));
        simpan.setId("simpan-anggaran");
        simpan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        simpan.addClickListener(e -> simpan());
        HorizontalLayout pilihan = new HorizontalLayout(kecamatan, tahun);
        pilihan.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        add(new H2(getTranslation("anggaran.judul")), new Paragraph(getTranslation("anggaran.penjelasan")), pilihan,
                hanyaBaca, grid, simpan);
        if (terlihat.isEmpty()) {
            muat();
        } else {
            kecamatan.setValue(terlihat.getFirst());
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("anggaran.judul") + " – SIPEKA";
    }

    /** Reads the year as stored; anything typed and not saved is dropped. */
    private void muat() {
        KecamatanData k = kecamatan.getValue();
        Integer t = tahun.getValue();
        baris.clear();
        if (k == null || t == null) {
            dibaca = null;
            grid.setItems(baris);
            simpan.setVisible(false);
            hanyaBaca.setVisible(false);
            return;
        }
        dibaca = anggaran.baca(k.id(), t);
        dibaca.baris().forEach(b -> baris.add(new Baris(b)));
        baris.add(new Baris(dibaca.totalBelanja()));
        grid.setItems(baris);
        simpan.setVisible(dibaca.bolehUbah());
        hanyaBaca.setVisible(!dibaca.bolehUbah());
    }

    private void simpan() {
        if (dibaca == null || !dibaca.bolehUbah()) {
            return;
        }
        List<IsiAnggaran> isi = new ArrayList<>();
        boolean sah = true;
        for (Baris b : baris) {
            if (b.asal == null) {
                continue; // the total row is computed
            }
            Optional<Long> a = FieldAngka.bacaRupiah(b.anggaran);
            Optional<Long> r = FieldAngka.bacaRupiah(b.realisasi);
            if (a == null || r == null) {
                sah = false;
                continue;
            }
            isi.add(new IsiAnggaran(b.asal.jenis(), a.orElse(null), r.orElse(null), b.asal.version()));
        }
        if (!sah) {
            Notifikasi.gagal(getTranslation("anggaran.periksaIsian"));
            return;
        }
        int th = dibaca.tahun();
        // a refused year stays on screen as typed, so it can be corrected and saved again
        Notifikasi.jalankan(() -> anggaran.simpan(dibaca.kecamatanId(), th, isi),
                getTranslation("anggaran.tersimpan", th), this::muat);
    }

    /** One line of the table: a budget line with its own fields, or the computed total belanja (asal null). */
    final class Baris {
        final BarisAnggaran asal;
        final Span uraian = new Span();
        final TextField anggaran = new TextField();
        final TextField realisasi = new TextField();
        final Span persen = new Span();
        final Component anggaranTampil;
        final Component realisasiTampil;

        Baris(BarisAnggaran b) {
            asal = b;
            uraian.setText(b.jenis().label());
            siapkan(anggaran, getTranslation("anggaran.fieldAnggaran", b.jenis().label()), b.anggaran());
            siapkan(realisasi, getTranslation("anggaran.fieldRealisasi", b.jenis().label()), b.realisasi());
            persen.setText(FormatIndonesia.persen(b.persen()));
            anggaranTampil = anggaran;
            realisasiTampil = realisasi;
        }

        Baris(JumlahAnggaran total) {
            asal = null;
            uraian.setText(getTranslation("anggaran.totalBelanja"));
            uraian.getStyle().set("font-weight", "bold");
            persen.setText(FormatIndonesia.persen(total.persen()));
            anggaranTampil = new Span(total.anggaran() == null ? "–" : FormatIndonesia.rupiah(total.anggaran()));
            realisasiTampil = new Span(total.realisasi() == null ? "–" : FormatIndonesia.rupiah(total.realisasi()));
        }

        private void siapkan(TextField f, String label, Long nilai) {
            // the label names the line, so FieldAngka's message says which field is wrong; the column header shows it
            f.setLabel(label);
            f.setWidthFull();
            f.addClassName("angka");
            f.setValue(nilai == null ? "" : FormatIndonesia.angka(nilai));
            f.setReadOnly(!dibaca.bolehUbah());
        }
    }
}
