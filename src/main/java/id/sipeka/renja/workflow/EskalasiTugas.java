package id.sipeka.renja.workflow;

import id.sipeka.notifikasi.Pemberitahu;
import id.sipeka.notifikasi.Pemberitahuan;
import id.sipeka.organisasi.OrganisasiData.UnitData;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.security.Peran;
import id.sipeka.security.SistemAuthentication;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Timer after a deadline: tells the next level up that the task is late (the task itself stays open). */
@Component("eskalasiTugas")
class EskalasiTugas implements JavaDelegate {

    private final Pemberitahu pemberitahu;
    private final OrganisasiService organisasi;

    EskalasiTugas(Pemberitahu pemberitahu, OrganisasiService organisasi) {
        this.pemberitahu = pemberitahu;
        this.organisasi = organisasi;
    }

    @Override
    public void execute(DelegateExecution execution) {
        PenerimaTugas.Tugas tugas = PenerimaTugas.dari(execution);
        long renjaId = ((Number) execution.getVariable("renjaId")).longValue();
        long kecamatanId = ((Number) execution.getVariable("kecamatanId")).longValue();
        String siapa = "";
        if (tugas.pelaksana() == Peran.KEPALA_UNIT) {
            long unitId = ((Number) execution.getVariable("unitId")).longValue();
            // Timers run without a signed-in user: read the unit's name as the system.
            siapa = " (" + SistemAuthentication.jalankan(() -> organisasi.unit(kecamatanId).stream()
                    .filter(u -> u.id() == unitId).map(UnitData::nama).findFirst().orElse("unit " + unitId)) + ")";
        }
        pemberitahu.kirim(new Pemberitahuan(kecamatanId, tugas.eskalasi(), null, "ESKALASI",
                "Terlambat: " + tugas.nama() + siapa, "Tugas \"" + tugas.nama() + "\"" + siapa
                        + " melewati batas waktu dan belum selesai.", tugas.tautan().formatted(renjaId)));
    }
}
