package id.sipeka.evaluasi.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import id.sipeka.base.BatasUnggah;
import id.sipeka.base.FormatIndonesia;
import id.sipeka.base.ui.Notifikasi;
import id.sipeka.base.ui.PanelAlurProses;
import id.sipeka.base.ui.ParameterRute;
import id.sipeka.evaluasi.EvaluasiData.LaporanData;
import id.sipeka.evaluasi.EvaluasiQueryService;
import id.sipeka.evaluasi.PengisianLaporanService;
import id.sipeka.evaluasi.LaporanDokumenService;
import id.sipeka.evaluasi.StatusLaporan;
import id.sipeka.evaluasi.Tindakan;
import id.sipeka.organisasi.OrganisasiData.DesaData;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.security.Peran;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "Laporan evaluasi TW n" of the user's unit: targets come from the rencana aksi, capaian are computed as the
 * realisasi is typed; a click on a row opens its editor while the unit's task is open; the head submits.
 */
@Route("evaluasi/:evaluasiId/laporan")
@PageTitle("Laporan evaluasi – SIPEKA")
@RolesAllowed({Peran.KEPALA_UNIT_, Peran.STAF_})
public class LaporanView extends VerticalLayout implements BeforeEnterObserver {

    private final EvaluasiQueryService evaluasi;
    private final OrganisasiService organisasi;
    private final LaporanDokumenService dokumen;
    final LaporanTabel tabel = new LaporanTabel();
    final Paragraph status = new Paragraph();
    final Button ajukan = new Button(getTranslation("laporanView.ajukan"));
    long evaluasiId;
    Long laporanId;
    boolean dapatDiubah;

    public LaporanView(EvaluasiQueryService evaluasi, PengisianLaporanService pengisian, OrganisasiService organisasi,
            LaporanDokumenService dokumen, BatasUnggah batas) {
        this.evaluasi = evaluasi;
        this.organisasi = organisasi;
        this.dokumen = dokumen;
        setSizeFull();
        status.setId("status-laporan");
        ajukan.setId("ajukan-laporan");
        ajukan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ajukan.addClickListener(e -> Notifikasi.jalankan(() -> pengisian.ajukan(laporanId),
                getTranslation("laporanView.diajukan"), this::tampilkan));
        tabel.grid.addItemClickListener(e -> {
            if (dapatDiubah) {
                LaporanData l = evaluasi.laporan(laporanId);
                new LaporanBarisDialog(evaluasi, pengisian, e.getItem(), l.tahun(), pilihanDesa(l.kecamatanId()), batas.bukti().toBytes(),
                        this::tampilkan).open();
            }
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        evaluasiId = ParameterRute.id(event, "evaluasiId");
        tampilkan();
    }

    void tampilkan() {
        removeAll();
        var e = evaluasi.evaluasi(evaluasiId);
        laporanId = evaluasi.unitSaya(evaluasiId).flatMap(u -> evaluasi.laporanId(evaluasiId, u)).orElse(null);
        if (laporanId == null) {
            add(new H2(e.judul()), new Paragraph(getTranslation("laporanView.tanpaLaporan")));
            return;
        }
        LaporanData l = evaluasi.laporan(laporanId);
        Set<Tindakan> boleh = evaluasi.tindakan(laporanId);
        dapatDiubah = boleh.contains(Tindakan.ISI);
        add(new H2(getTranslation("laporanView.judul", FormatIndonesia.triwulan(l.triwulan()), l.tahun(), l.unitNama())));
        status.setText(getTranslation("laporanView.status", tabel.status(l), FormatIndonesia.tanggal(l.batas()),
                dapatDiubah ? getTranslation("laporanView.petunjukIsi") : getTranslation("laporanView.hanyaBaca")));
        add(status);
        if (l.status() == StatusLaporan.DIKEMBALIKAN && l.alasan() != null) {
            Paragraph alasan = new Paragraph(getTranslation("laporanView.alasan", l.alasan()));
            alasan.setId("alasan-kembali");
            alasan.addClassName("masalah");
            add(alasan);
        }
        tabel.tampilkan(l);
        add(tabel);
        setFlexGrow(1, tabel);
        // hidden, not disabled, once there is nothing to submit (a signed report showed a grey "Ajukan ke Sekcam")
        ajukan.setVisible(boleh.contains(Tindakan.AJUKAN));
        add(ajukan, new UnduhanEvaluasi(dokumen, l));
        evaluasi.alurProsesLaporan(laporanId).ifPresent(d -> {
            PanelAlurProses alur = new PanelAlurProses(d);
            alur.setId("alur-laporan");
            add(alur);
        });
    }

    private List<String> pilihanDesa(long kecamatanId) {
        List<String> pilihan = new ArrayList<>();
        organisasi.desa(kecamatanId).stream().map(DesaData::nama).forEach(pilihan::add);
        // a stored value, not a label: PengisianLaporanService accepts exactly this spelling beside the desa names
        pilihan.add("Kecamatan " + organisasi.kecamatan(kecamatanId).nama());
        return pilihan;
    }
}
