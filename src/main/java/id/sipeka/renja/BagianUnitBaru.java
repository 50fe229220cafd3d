package id.sipeka.renja;

import java.time.Clock;
import java.util.Collection;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * A section for a unit that had none in a Renja, when a Renstra Perubahan taken over gives it a sub kegiatan (a new
 * one, or one moved to it from another unit). What the unit gets depends on where the Renja stands, so that it is
 * treated like the units that were there from the start:
 * <ul>
 * <li>while the sections are being filled (or revised after the forum), the unit gets its own "Isi bagian" (or
 * "Revisi bagian") task, its narrative parts in a Renja murni, and a notification;
 * <li>later (forum, rancangan akhir, penetapan) the section is approved by the sekcam taking the change over — its
 * rows hold the Renstra's values, and at the forum the sekcam may still send it for revision.
 * </ul>
 * Joins the take-over's transaction.
 */
@Component
class BagianUnitBaru {

    private final RenjaStore store;
    private final ProsesRenja proses;
    private final RenjaNarasiRepository narasiRepo;
    private final Clock clock;
    private final ApplicationEventPublisher kabar;

    BagianUnitBaru(RenjaStore store, ProsesRenja proses, RenjaNarasiRepository narasiRepo, Clock clock,
            ApplicationEventPublisher kabar) {
        this.store = store;
        this.proses = proses;
        this.narasiRepo = narasiRepo;
        this.clock = clock;
        this.kabar = kabar;
    }

    /** Whether units joining now get a task to fill their section (else their section is approved at once). */
    static boolean dapatTugas(Renja renja) {
        return renja.tahap == Tahap.PENYUSUNAN || renja.tahap == Tahap.REVISI;
    }

    /** Opens a section for each unit; {@code sekcam} is who takes the Renstra Perubahan over. */
    void buka(Renja renja, Collection<Long> unitIds, String sekcam) {
        for (Long unitId : unitIds) {
            if (dapatTugas(renja)) {
                store.bagianRepo.save(new RenjaBagian(renja.id, unitId));
                if (renja.jenis == JenisRenja.MURNI) {
                    NarasiBawaan.milikUnit(unitId).forEach(n -> narasiRepo.save(RenjaNarasi.baru(renja.id, n)));
                }
                boolean revisi = renja.tahap == Tahap.REVISI;
                proses.tambahPengisi(renja, unitId, revisi);
                kabar.publishEvent(new BagianUnitDibuka(renja.id, renja.kecamatanId, unitId, revisi));
            } else {
                store.bagianRepo.save(RenjaBagian.disetujuiSaatAmbilRenstra(renja.id, unitId, sekcam, clock.instant()));
            }
        }
        store.bagianRepo.flush();
    }
}
