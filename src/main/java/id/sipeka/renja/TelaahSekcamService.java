package id.sipeka.renja;

import id.sipeka.audit.AuditService;
import id.sipeka.base.AturanDilanggarException;
import id.sipeka.base.BatasTeks;
import id.sipeka.base.DataTidakDitemukanException;
import id.sipeka.base.Kuantitas;
import id.sipeka.base.Pesan;
import id.sipeka.base.Rupiah;
import id.sipeka.renja.RenjaData.ReviewRkpd;
import id.sipeka.renja.RenjaData.UbahReviewRkpd;
import id.sipeka.security.Akses;
import id.sipeka.security.Peran;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flowable.task.api.Task;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sekcam's review: approving or returning a unit's section (first round and after the forum), and the review of
 * the kabupaten's rancangan awal RKPD (T-C.31).
 */
@Service
@Transactional
public class TelaahSekcamService {

    private final RenjaStore store;
    private final ProsesRenja proses;
    private final Akses akses;
    private final AuditService audit;
    private final Clock clock;
    private final ApplicationEventPublisher kabar;

    TelaahSekcamService(RenjaStore store, ProsesRenja proses, Akses akses, AuditService audit, Clock clock,
            ApplicationEventPublisher kabar) {
        this.store = store;
        this.proses = proses;
        this.akses = akses;
        this.audit = audit;
        this.clock = clock;
        this.kabar = kabar;
    }

    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void setujuiBagian(long renjaId, long unitId) {
        store.denganUlang(() -> setujui(renjaId, unitId));
    }

    private void setujui(long renjaId, long unitId) {
        Renja renja = store.bacaUntukLangkah(renjaId);
        akses.wajibPeranDi(Peran.SEKCAM, renja.kecamatanId);
        Task tugas = proses.tugasTelaah(renja, unitId);
        store.bagian(renja, unitId).setujui(akses.pengguna().getUsername(), clock.instant());
        for (RenjaBaris b : store.barisUnit(renja, unitId)) {
            b.dikembalikan = false;
            b.catatanTelaah = null;
        }
        // On the timeline before the process moves on: approving the last section compiles the rancangan within
        // the same call (service task susunRancangan), and "Rancangan disusun" must follow the approval that caused it.
        store.catat(renja, "SETUJUI_BAGIAN", unitId, null);
        proses.putuskan(tugas, "disetujui", true);
        boolean rancanganAkhirSiap = renja.tahap == Tahap.REVISI && !proses.adaRevisiTerbuka(renja);
        if (rancanganAkhirSiap) {
            renja.revisiSelesai();
        }
        kabar.publishEvent(new BagianDisetujui(renja.id, renja.kecamatanId, unitId, rancanganAkhirSiap));
    }

    /**
     * Returns a section to its unit. A reason is required: per row, for the section, or both. The sekcam cannot
     * change the unit's numbers, only say why they must change.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void kembalikanBagian(long renjaId, long unitId, Map<Long, String> alasanPerBaris, String alasanBagian) {
        store.denganUlang(() -> kembalikan(renjaId, unitId, alasanPerBaris, alasanBagian));
    }

    private void kembalikan(long renjaId, long unitId, Map<Long, String> alasanPerBaris, String alasanBagian) {
        Renja renja = store.bacaUntukLangkah(renjaId);
        akses.wajibPeranDi(Peran.SEKCAM, renja.kecamatanId);
        Task tugas = proses.tugasTelaah(renja, unitId);
        Map<Long, String> alasan = new HashMap<>();
        alasanPerBaris.forEach((id, teks) -> {
            if (teks != null && !teks.isBlank()) {
                alasan.put(id, teks.strip());
            }
        });
        if (alasan.isEmpty() && (alasanBagian == null || alasanBagian.isBlank())) {
            throw new AturanDilanggarException(Pesan.get("renja.alasanWajib"));
        }
        alasan.values().forEach(a -> BatasTeks.periksa(a, BatasTeks.CATATAN, Pesan.get("sekcamView.alasanBaris")));
        BatasTeks.periksa(alasanBagian, BatasTeks.ALASAN, Pesan.get("sekcamView.alasanBagian"));
        List<String> ringkasan = new ArrayList<>();
        for (RenjaBaris b : store.barisUnit(renja, unitId)) {
            b.dikembalikan = alasan.containsKey(b.id);
            b.catatanTelaah = alasan.get(b.id);
            if (b.dikembalikan) {
                ringkasan.add(b.kode + ": " + b.catatanTelaah);
            }
        }
        RenjaBagian bagian = store.bagian(renja, unitId);
        bagian.kembalikan(alasanBagian, !alasan.isEmpty(), akses.pengguna().getUsername(), clock.instant());
        String keterangan = String.join("; ", ringkasan);
        if (bagian.persetujuan().alasan() != null) {
            keterangan = bagian.persetujuan().alasan() + (keterangan.isEmpty() ? "" : "; " + keterangan);
        }
        store.catat(renja, "KEMBALIKAN_BAGIAN", unitId, keterangan);
        proses.putuskan(tugas, "disetujui", false);
        kabar.publishEvent(new BagianDikembalikan(renja.id, renja.kecamatanId, unitId, keterangan));
    }

    /**
     * The sekcam records the kabupaten's rancangan awal RKPD values for a row and a catatan penting. These are not
     * the unit's numbers (those stay the unit's), so the sekcam may enter them until the Renja is ditetapkan.
     */
    public ReviewRkpd simpanReviewRkpd(UbahReviewRkpd ubah) {
        RenjaBaris b = store.barisRepo.findById(ubah.barisId()).orElseThrow(DataTidakDitemukanException::new);
        Renja renja = store.baca(b.renjaId);
        akses.wajibPeranDi(Peran.SEKCAM, renja.kecamatanId);
        renja.wajibBelumDitetapkan();
        if (b.version != ubah.version()) {
            throw new ObjectOptimisticLockingFailureException(RenjaBaris.class, b.id);
        }
        if ((ubah.rkpdTarget() != null && ubah.rkpdTarget().signum() < 0) || (ubah.rkpdPagu() != null && ubah.rkpdPagu() < 0)) {
            throw new AturanDilanggarException(Pesan.get("renja.negatif"));
        }
        BigDecimal rkpdTarget = Kuantitas.periksa(ubah.rkpdTarget(), Pesan.get("sekcamView.rkpdTarget"));
        Rupiah.periksa(ubah.rkpdPagu(), Pesan.get("sekcamView.rkpdPaguRp"));
        BatasTeks.periksa(ubah.rkpdLokasi(), BatasTeks.LOKASI, Pesan.get("sekcamView.rkpdLokasi"));
        BatasTeks.periksa(ubah.rkpdIndikator(), BatasTeks.INDIKATOR, Pesan.get("sekcamView.rkpdIndikator"));
        BatasTeks.periksa(ubah.catatan(), BatasTeks.CATATAN, Pesan.get("sekcamView.catatanPenting"));
        String lama = RenjaStore.review(b).toString();
        b.rkpdLokasi = RenjaStore.kosong(ubah.rkpdLokasi());
        b.rkpdIndikator = RenjaStore.kosong(ubah.rkpdIndikator());
        b.rkpdTarget = rkpdTarget;
        b.rkpdPagu = ubah.rkpdPagu();
        b.rkpdCatatan = RenjaStore.kosong(ubah.catatan());
        store.barisRepo.saveAndFlush(b);
        audit.catat(renja.kecamatanId, "UBAH", "ReviewRkpd", renja.id + ":" + b.kode, lama, RenjaStore.review(b).toString());
        return RenjaStore.review(b);
    }
}
