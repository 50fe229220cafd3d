package id.sipeka.evaluasi.workflow;

import id.sipeka.evaluasi.EvaluasiService;
import id.sipeka.security.SistemAuthentication;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The daily timer: starts the evaluation of the quarter that has just ended. "Today" is the engine's clock (so
 * process tests can move it), in the kecamatan's time zone.
 */
@Component("mulaiEvaluasiOtomatis")
class MulaiEvaluasiOtomatis implements JavaDelegate {

    private final EvaluasiService evaluasi;
    private final ProcessEngineConfiguration engine;
    private final ZoneId zona;

    MulaiEvaluasiOtomatis(EvaluasiService evaluasi, ProcessEngineConfiguration engine, Clock clock) {
        this.evaluasi = evaluasi;
        this.engine = engine;
        this.zona = clock.getZone();
    }

    @Override
    public void execute(DelegateExecution execution) {
        LocalDate hariIni = LocalDate.ofInstant(engine.getClock().getCurrentTime().toInstant(), zona);
        SistemAuthentication.jalankan(() -> evaluasi.mulaiOtomatis(hariIni));
    }
}
