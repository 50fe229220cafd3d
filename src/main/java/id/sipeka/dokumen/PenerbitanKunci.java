package id.sipeka.dokumen;

import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.organisasi.PenandatanganDitetapkan;
import id.sipeka.security.SistemAuthentication;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Signing keys are issued when an official becomes a signer, never in a signing step: after the organisation's
 * change commits ({@link PenandatanganDitetapkan}; the event stays in the publication registry until the key is
 * stored, so a stop in between is caught up at the next start), and at start-up for every signer still without a
 * key (e.g. those recorded before this existed).
 */
@Component
class PenerbitanKunci {

    private static final Logger log = LoggerFactory.getLogger(PenerbitanKunci.class);

    private final KunciPenandatangan kunci;
    private final OrganisasiService organisasi;

    PenerbitanKunci(KunciPenandatangan kunci, OrganisasiService organisasi) {
        this.kunci = kunci;
        this.organisasi = organisasi;
    }

    /** No transaction: issuing touches the keystore only. */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void penandatanganDitetapkan(PenandatanganDitetapkan e) {
        kunci.siapkan(e.nip(), e.nama(), e.instansi()).join();
    }

    /** Starts the missing issuances in the background; the application is ready meanwhile. */
    @EventListener(ApplicationReadyEvent.class)
    void periksaSaatMulai() {
        try {
            List<PenandatanganDitetapkan> semua = SistemAuthentication.jalankan(organisasi::penandatangan);
            int belum = 0;
            for (PenandatanganDitetapkan p : semua) {
                if (!kunci.ada(p.nip())) {
                    kunci.siapkan(p.nip(), p.nama(), p.instansi());
                    belum++;
                }
            }
            if (belum > 0) {
                log.info("Kunci penandatangan disiapkan di latar untuk {} dari {} penandatangan", belum, semua.size());
            }
        } catch (RuntimeException e) {
            log.warn("Pemeriksaan kunci penandatangan saat mulai gagal; kunci diterbitkan saat dibutuhkan", e);
        }
    }
}
