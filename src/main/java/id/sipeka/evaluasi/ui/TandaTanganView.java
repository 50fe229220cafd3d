package id.sipeka.evaluasi.ui;

import id.sipeka.dokumen.DokumenService;
import id.sipeka.dokumen.ui.MedanKredensial;

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
import java.util.Optional;
import id.sipeka.evaluasi.PemeriksaanMassalService;
import id.sipeka.organisasi.OrganisasiService;

/**
 * The camat (or a Plt./Plh. camat, checked by the service on the day) signs each verified report or returns it to
 * the unit with a reason.
 */
@Route("evaluasi/:evaluasiId/tandatangan")
@PageTitle("Tanda tangan laporan evaluasi – SIPEKA")
@PermitAll
public class TandaTanganView extends PemeriksaanView {

    private final Clock clock;
    private final PemeriksaanMassalService massal;
    private final OrganisasiService organisasi;
    private final DokumenService tte;

    public TandaTanganView(EvaluasiQueryService evaluasi, PemeriksaanEvaluasiService pemeriksaan,
            LaporanDokumenService dokumen, Clock clock, PemeriksaanMassalService massal, OrganisasiService organisasi,
            DokumenService tte) {
        super(evaluasi, pemeriksaan, dokumen);
        this.tte = tte;
        this.clock = clock;
        this.massal = massal;
        this.organisasi = organisasi;
    }

    /** Where the camat signs, unless typed otherwise: the kecamatan's seat (ibu kota). */
    private String tempatAwal() {
        return organisasi.kecamatan(evaluasi.evaluasi(evaluasiId).kecamatanId()).ibuKota();
    }

    /** The BSrE passphrase/TOTP field when this kecamatan signs through BSrE, else null. */
    private MedanKredensial kredensial() {
        return MedanKredensial.jikaPerlu(tte, evaluasi.evaluasi(evaluasiId).kecamatanId());
    }

    @Override
    Optional<Button> tombolMassal(List<LaporanData> semua) {
        List<LaporanData> siap = semua.stream().filter(l -> evaluasi.tindakan(l.id()).contains(Tindakan.TANDA_TANGAN)).toList();
        if (siap.size() < 2) {
            return Optional.empty();
        }
        Button b = new Button(getTranslation("massal.tandaTanganiBeberapa", siap.size()), e -> new PemeriksaanMassalDialog(
                getTranslation("massal.tandaTanganJudul"), getTranslation("tandaTanganView.tandaTangani"), siap, true,
                tempatAwal(), LocalDate.now(clock), kredensial(), (ids, tempat, tanggal) -> massal.tandaTangani(evaluasiId, ids, tempat, tanggal),
                this::tampilkan).open());
        b.setId("tanda-tangani-beberapa");
        b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return Optional.of(b);
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
                e -> new TandaTanganDialog(getTranslation("tandaTanganView.dialogJudul", l.unitNama()), tempatAwal(), LocalDate.now(clock),
                        kredensial(), (tempat, tanggal) -> pemeriksaan.tandaTangani(l.id(), tempat, tanggal), this::tampilkan).open());
        tandaTangan.setId("tanda-tangani-laporan");
        tandaTangan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button kembali = new Button(getTranslation("tandaTanganView.kembalikan"), e -> dialogKembalikan(l, false,
                (perBaris, alasan) -> pemeriksaan.kembalikanOlehCamat(l.id(), alasan)));
        kembali.setId("kembalikan-laporan");
        return List.of(tandaTangan, kembali);
    }
}
