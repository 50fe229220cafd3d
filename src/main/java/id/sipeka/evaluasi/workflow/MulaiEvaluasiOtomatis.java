package id.sipeka.evaluasi.workflow;

import id.sipeka.evaluasi.PembukaanEvaluasiService;
import id.sipeka.security.SistemAuthentication;
import java.time.Clock;
import java.time.LocalDate;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The daily timer: starts the evaluation of the quarter that has just ended. "Today" is SIPEKA's clock, which is
 * also the engine's clock (process tests move it through the engine).
 */
@Component("mulaiEvaluasiOtomatis")
class MulaiEvaluasiOtomatis implements JavaDelegate {

    private final PembukaanEvaluasiService evaluasi;
    private final Clock clock;

    MulaiEvaluasiOtomatis(PembukaanEvaluasiService evaluasi, Clock clock) {
        this.evaluasi = evaluasi;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        LocalDate hariIni = LocalDate.now(clock);
        SistemAuthentication.jalankan(() -> evaluasi.mulaiOtomatis(hariIni));
    }
}
