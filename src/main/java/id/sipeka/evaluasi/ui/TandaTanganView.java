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
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The camat (or a Plt./Plh. camat, checked by the service on the day) signs each verified report or returns it to
 * the unit with a reason.
 */
@Route("evaluasi/:evaluasiId/tandatangan")
@PageTitle("Tanda tangan laporan evaluasi – SIPEKA")
@PermitAll
public class TandaTanganView extends PemeriksaanView {

    private final Clock clock;

    public TandaTanganView(EvaluasiQueryService evaluasi, PemeriksaanEvaluasiService pemeriksaan,
            LaporanDokumenService dokumen, Clock clock) {
        super(evaluasi, pemeriksaan, dokumen);
        this.clock = clock;
    }

    @Override
    String judul() {
        return getTranslation("tandaTanganView.judul");
    }

    @Override
    List<Button> tombol(LaporanData l) {
        if (!evaluasi.tindakan(l.id()).contains(Tindakan.TANDA_TANGAN)) {
            return List.of();
        }
        Button tandaTangan = new Button(getTranslation("tandaTanganView.tandaTangani"),
                e -> new TandaTanganDialog(getTranslation("tandaTanganView.dialogJudul", l.unitNama()), LocalDate.now(clock),
                        (tempat, tanggal) -> pemeriksaan.tandaTangani(l.id(), tempat, tanggal), this::tampilkan).open());
        tandaTangan.setId("tanda-tangani-laporan");
        tandaTangan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button kembali = new Button(getTranslation("tandaTanganView.kembalikan"), e -> dialogKembalikan(l, false,
                (perBaris, alasan) -> pemeriksaan.kembalikanOlehCamat(l.id(), alasan)));
        kembali.setId("kembalikan-laporan");
        return List.of(tandaTangan, kembali);
    }
}
