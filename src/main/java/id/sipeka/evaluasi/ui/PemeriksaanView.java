package id.sipeka.evaluasi.ui;

import id.sipeka.base.BatasTeks;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import id.sipeka.base.FormatIndonesia;
import id.sipeka.base.ui.Notifikasi;
import id.sipeka.base.ui.ParameterRute;
import id.sipeka.base.ui.Ponsel;
import id.sipeka.evaluasi.EvaluasiData.BarisLaporan;
import id.sipeka.evaluasi.EvaluasiData.LaporanData;
import id.sipeka.evaluasi.EvaluasiQueryService;
import id.sipeka.evaluasi.PemeriksaanEvaluasiService;
import id.sipeka.evaluasi.LaporanDokumenService;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;

/**
 * What the sekcam's verification and the camat's sign-off share: the quarter's reports by unit with their status,
 * one report opened with targets and realisasi side by side, and the actions of the role.
 */
abstract class PemeriksaanView extends VerticalLayout implements BeforeEnterObserver {

    protected final EvaluasiQueryService evaluasi;
    protected final PemeriksaanEvaluasiService pemeriksaan;
    private final LaporanDokumenService dokumen;
    final Grid<LaporanData> unit = new Grid<>();
    final LaporanTabel tabel = new LaporanTabel();
    final H3 judulLaporan = new H3();
    final HorizontalLayout aksi = new HorizontalLayout();
    long evaluasiId;
    LaporanData terpilih;
    /** The role's several-at-once button, when it has reports to take now. */
    private Button tombolMassal;

    PemeriksaanView(EvaluasiQueryService evaluasi, PemeriksaanEvaluasiService pemeriksaan, LaporanDokumenService dokumen) {
        this.evaluasi = evaluasi;
        this.pemeriksaan = pemeriksaan;
        this.dokumen = dokumen;
        setSizeFull();
        unit.setId("unit-grid");
        unit.addThemeVariants(GridVariant.LUMO_COMPACT);
        unit.addColumn(LaporanData::unitNama).setHeader(getTranslation("pemeriksaanView.unit")).setFlexGrow(1);
        unit.addColumn(tabel::status).setHeader(getTranslation("pemeriksaanView.status")).setFlexGrow(1);
        unit.addColumn(l -> FormatIndonesia.persen(l.ringkasan().rataKinerja()))
                .setHeader(getTranslation("pemeriksaanView.rataKinerja"));
        unit.addColumn(l -> FormatIndonesia.persen(l.ringkasan().capaianKeuangan()))
                .setHeader(getTranslation("pemeriksaanView.capaianKeuangan"));
        Ponsel.kartuDiPonsel(unit, getTranslation("pemeriksaanView.unit"), l -> Ponsel.kartu(l.unitNama(), tabel.status(l),
                getTranslation("pemeriksaanView.ringkasPonsel", FormatIndonesia.persen(l.ringkasan().rataKinerja()),
                        FormatIndonesia.persen(l.ringkasan().capaianKeuangan()))));
        unit.setAllRowsVisible(true);
        unit.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(this::buka));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        evaluasiId = ParameterRute.id(event, "evaluasiId");
        tampilkan();
        // "?semua" comes from Beranda's one click: open the several-at-once dialog straight away
        if (event.getLocation().getQueryParameters().getParameters().containsKey("semua") && tombolMassal != null) {
            tombolMassal.click();
        }
    }

    abstract String judul();

    /** The role's buttons for the opened report; empty when it has nothing to do with it now. */
    abstract List<Button> tombol(LaporanData l);

    /** The role's action on several reports at once (verify, sign), for the reports it may take now; none if none. */
    abstract Optional<Button> tombolMassal(List<LaporanData> semua);

    void tampilkan() {
        removeAll();
        var e = evaluasi.evaluasi(evaluasiId);
        List<LaporanData> semua = evaluasi.semuaLaporan(evaluasiId);
        add(new H2(judul() + " – " + e.judul()),
                new Paragraph(getTranslation("pemeriksaanView.petunjuk", FormatIndonesia.tanggal(e.batas()))));
        unit.setItems(semua);
        tombolMassal = tombolMassal(semua).orElse(null);
        if (tombolMassal != null) {
            add(tombolMassal);
        }
        add(unit, judulLaporan, aksi, tabel);
        setFlexGrow(1, tabel);
        Long sebelumnya = terpilih == null ? null : terpilih.id();
        terpilih = null;
        judulLaporan.setText("");
        aksi.removeAll();
        tabel.setVisible(false);
        semua.stream().filter(l -> sebelumnya != null && l.id() == sebelumnya).findFirst().ifPresent(l -> unit.select(l));
    }

    void buka(LaporanData l) {
        terpilih = l;
        judulLaporan.setText(l.unitNama() + " – " + tabel.status(l));
        tabel.tampilkan(l);
        tabel.setVisible(true);
        aksi.removeAll();
        tombol(l).forEach(aksi::add);
        aksi.add(new UnduhanEvaluasi(dokumen, l));
    }

    /** Runs an action; on success the overview is shown again, on failure the message and nothing changes. */
    boolean jalankan(Runnable kerja, String pesan) {
        return Notifikasi.jalankan(kerja, pesan, this::tampilkan);
    }

    /** A return with a reason for the report and, optionally, per row (the sekcam) — or for the report only (camat). */
    void dialogKembalikan(LaporanData l, boolean perBaris, java.util.function.BiConsumer<Map<Long, String>, String> kembalikan) {
        Dialog d = new Dialog();
        d.setHeaderTitle(getTranslation("pemeriksaanView.kembalikanJudul", l.unitNama()));
        d.setWidth("min(50em, 95vw)");
        TextArea alasan = new TextArea(getTranslation("pemeriksaanView.alasan"));
        alasan.setId("alasan-laporan");
        alasan.setMaxLength(BatasTeks.ALASAN);
        alasan.setWidthFull();
        d.add(alasan);
        Map<Long, TextField> perBarisField = new HashMap<>();
        if (perBaris) {
            for (BarisLaporan b : l.baris()) {
                TextField f = new TextField(b.kode() + " " + b.nama());
                f.setMaxLength(BatasTeks.ALASAN);
                f.setWidthFull();
                perBarisField.put(b.id(), f);
                d.add(f);
            }
        }
        Button kirim = new Button(getTranslation("pemeriksaanView.kembalikan"), ev -> {
            Map<Long, String> isi = new HashMap<>();
            perBarisField.forEach((id, f) -> isi.put(id, f.getValue()));
            if (jalankan(() -> kembalikan.accept(isi, alasan.getValue()), getTranslation("pemeriksaanView.dikembalikan"))) {
                d.close();
            }
        });
        kirim.setId("kirim-kembalikan");
        kirim.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        d.getFooter().add(new Button(getTranslation("umum.batal"), ev -> d.close()), kirim);
        d.open();
    }
}
