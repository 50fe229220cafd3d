package id.sipeka.renja.workflow;

import id.sipeka.renja.PembukaanRenjaService;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task "Susun rancangan": every section is approved, so the rancangan is compiled and frozen. */
@Component("susunRancangan")
class SusunRancangan implements JavaDelegate {

    private final PembukaanRenjaService renja;

    SusunRancangan(PembukaanRenjaService renja) {
        this.renja = renja;
    }

    @Override
    public void execute(DelegateExecution execution) {
        renja.susunRancangan(((Number) execution.getVariable("renjaId")).longValue());
    }
}
