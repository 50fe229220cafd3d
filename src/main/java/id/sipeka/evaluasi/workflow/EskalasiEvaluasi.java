package id.sipeka.evaluasi.workflow;

import id.sipeka.base.Pesan;
import id.sipeka.notifikasi.Pemberitahu;
import id.sipeka.notifikasi.Pemberitahuan;
import id.sipeka.organisasi.OrganisasiData.UnitData;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.security.Peran;
import id.sipeka.security.SistemAuthentication;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Timer after the deadline: tells the sekcam which unit's report is late (the unit's task stays open). */
@Component("eskalasiEvaluasi")
class EskalasiEvaluasi implements JavaDelegate {

    private final Pemberitahu pemberitahu;
    private final OrganisasiService organisasi;

    EskalasiEvaluasi(Pemberitahu pemberitahu, OrganisasiService organisasi) {
        this.pemberitahu = pemberitahu;
        this.organisasi = organisasi;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Variabel v = Variabel.dari(execution);
        // Timers run without a signed-in user: read the unit's name as the system.
        String unit = SistemAuthentication.jalankan(() -> organisasi.unit(v.kecamatanId()).stream()
                .filter(u -> u.id() == v.unitId()).map(UnitData::nama).findFirst().orElse("unit " + v.unitId()));
        pemberitahu.kirim(new Pemberitahuan(v.kecamatanId(), Peran.SEKCAM, null, "ESKALASI",
                Pesan.get("evaluasi.eskalasiJudul", v.triwulanRomawi(), unit), Pesan.get("evaluasi.eskalasiPesan", unit, v.triwulanRomawi()),
                "evaluasi/" + v.evaluasiId() + "/verifikasi"));
    }
}
