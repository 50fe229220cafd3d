package id.sipeka.dokumen;

import id.sipeka.base.UlangSaatTabrakan;
import id.sipeka.security.SistemAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Builds the XLSX copy of a signed document's tables after the signing step committed (it used to be built inside
 * the step, a seventh of a signature's time). Runs on a background thread; the event stays
 * in the publication registry until this completes, so a copy interrupted by a stop is built at the next start.
 * Building twice is avoided: a document that already has its copy is left alone.
 */
@Component
class TabelDokumen {

    private static final Logger log = LoggerFactory.getLogger(TabelDokumen.class);

    private final LampiranRepository repository;
    private final PenyimpananLampiran penyimpanan;
    private final UlangSaatTabrakan ulang;

    TabelDokumen(LampiranRepository repository, PenyimpananLampiran penyimpanan, UlangSaatTabrakan ulang) {
        this.repository = repository;
        this.penyimpanan = penyimpanan;
        this.ulang = ulang;
    }

    /**
     * The workbook is built outside any transaction; storing it runs in a transaction of its own that is repeated
     * when MariaDB picks it as a deadlock victim (inserts next to a busy step can be), instead of failing the event.
     */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void dokumenDiterbitkan(DokumenDiterbitkan e) {
        if (e.tabel().isEmpty() || repository.existsByArsipKode(e.arsipKode())) {
            return;
        }
        byte[] xlsx = XlsxDokumen.tulis(e.judul(), e.tabel());
        // Audited as the system: no one is signed in on this thread; the row names the signer it belongs to.
        try {
            SistemAuthentication.jalankan(() -> ulang.jalankan(() -> {
                if (!repository.existsByArsipKode(e.arsipKode())) {
                    penyimpanan.simpan(e.kecamatanId(), e.arsipKode(), PenyimpananLampiran.JENIS_TABEL, e.judul(), e.tahun(),
                            e.namaBerkasTabel(), xlsx, e.oleh(), e.waktu());
                }
            }));
        } catch (DataIntegrityViolationException ganda) {
            // Delivered twice at once (a restart republished it while the first delivery ran): one copy is kept, the
            // database refused the second (unique arsip_kode) and its file went with its rollback.
            if (!repository.existsByArsipKode(e.arsipKode())) {
                throw ganda;
            }
        }
        log.debug("Tabel XLSX dokumen {} disimpan", e.arsipKode());
    }
}
