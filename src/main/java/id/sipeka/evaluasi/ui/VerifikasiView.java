package id.sipeka.evaluasi.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import id.sipeka.evaluasi.EvaluasiData.LaporanData;
import id.sipeka.evaluasi.EvaluasiQueryService;
import id.sipeka.evaluasi.PemeriksaanEvaluasiService;
import id.sipeka.evaluasi.Tindakan;
import id.sipeka.evaluasi.LaporanDokumenService;
import id.sipeka.security.Peran;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import id.sipeka.evaluasi.PemeriksaanMassalService;

/** The sekcam verifies each unit's report or returns it with reasons (per row or for the report). */
@Route("evaluasi/:evaluasiId/verifikasi")
@PageTitle("Verifikasi laporan evaluasi – SIPEKA")
@RolesAllowed(Peran.SEKCAM_)
public class VerifikasiView extends PemeriksaanView {

    private final PemeriksaanMassalService massal;

    public VerifikasiView(EvaluasiQueryService evaluasi, PemeriksaanEvaluasiService pemeriksaan,
            LaporanDokumenService dokumen, PemeriksaanMassalService massal) {
        super(evaluasi, pemeriksaan, dokumen);
        this.massal = massal;
    }

    @Override
    Optional<Button> tombolMassal(List<LaporanData> semua) {
        List<LaporanData> siap = semua.stream().filter(l -> evaluasi.tindakan(l.id()).contains(Tindakan.VERIFIKASI)).toList();
        if (siap.size() < 2) {
            return Optional.empty();
        }
        Button b = new Button(getTranslation("massal.verifikasiBeberapa", siap.size()), e -> new PemeriksaanMassalDialog(
                getTranslation("massal.verifikasiJudul"), getTranslation("verifikasiView.verifikasi"), siap, false, null, null, null,
                (ids, tempat, tanggal) -> massal.verifikasi(evaluasiId, ids), this::tampilkan).open());
        b.setId("verifikasi-beberapa");
        return Optional.of(b);
    }

    @Override
    String judul() {
        return getTranslation("verifikasiView.judul");
    }

    @Override
    List<Button> tombol(LaporanData l) {
        if (!evaluasi.tindakan(l.id()).contains(Tindakan.VERIFIKASI)) {
            return List.of();
        }
        Button setuju = new Button(getTranslation("verifikasiView.verifikasi"),
                e -> jalankan(() -> pemeriksaan.verifikasi(l.id()), getTranslation("verifikasiView.diverifikasi")));
        setuju.setId("verifikasi-laporan");
        setuju.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button kembali = new Button(getTranslation("verifikasiView.kembalikan"), e -> dialogKembalikan(l, true,
                (perBaris, alasan) -> pemeriksaan.kembalikan(l.id(), perBaris, alasan)));
        kembali.setId("kembalikan-laporan");
        return List.of(setuju, kembali);
    }
}
