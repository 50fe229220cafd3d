package id.sipeka.evaluasi.workflow;

import id.sipeka.evaluasi.PemeriksaanEvaluasiService;
import id.sipeka.security.SistemAuthentication;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Every unit's report is signed: the recap is ready for the camat's signature. */
@Component("susunRekapEvaluasi")
class SusunRekapEvaluasi implements JavaDelegate {

    private final PemeriksaanEvaluasiService evaluasi;

    SusunRekapEvaluasi(PemeriksaanEvaluasiService evaluasi) {
        this.evaluasi = evaluasi;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = ((Number) execution.getVariable("evaluasiId")).longValue();
        SistemAuthentication.jalankan(() -> {
            evaluasi.rekapSiap(id);
            return null;
        });
    }
}
