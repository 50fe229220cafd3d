package id.sipeka.renja;

import id.sipeka.audit.AuditService;
import id.sipeka.base.AturanDilanggarException;
import id.sipeka.base.BatasTeks;
import id.sipeka.base.DataTidakDitemukanException;
import id.sipeka.base.Kuantitas;
import id.sipeka.base.Pesan;
import id.sipeka.renja.RenjaData.BarisRenja;
import id.sipeka.renja.RenjaData.NarasiRenja;
import id.sipeka.renja.RenjaData.UbahBarisRenja;
import id.sipeka.security.Akses;
import id.sipeka.security.Peran;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.flowable.task.api.Task;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** A unit fills its section: rows and narrative parts while its task is open, then the head submits it. */
@Service
@Transactional
public class PengisianBagianService {

    private final RenjaStore store;
    private final ProsesRenja proses;
    private final RenjaNarasiRepository narasiRepo;
    private final AturanBarisRenja aturan;
    private final Akses akses;
    private final AuditService audit;
    private final Clock clock;
    private final ApplicationEventPublisher kabar;
    private final RenjaAktivitasRepository aktivitasRepo;

    PengisianBagianService(RenjaAktivitasRepository aktivitasRepo, RenjaStore store, ProsesRenja proses, RenjaNarasiRepository narasiRepo,
            AturanBarisRenja aturan, Akses akses, AuditService audit, Clock clock,
            ApplicationEventPublisher kabar) {
        this.store = store;
        this.proses = proses;
        this.narasiRepo = narasiRepo;
        this.aturan = aturan;
        this.akses = akses;
        this.audit = audit;
        this.clock = clock;
        this.kabar = kabar;
        this.aktivitasRepo = aktivitasRepo;
    }

    /** A unit member saves a row while the unit's task is open; refused if someone saved the row first. */
    public BarisRenja simpanBaris(UbahBarisRenja ubah) {
        RenjaBaris b = store.barisRepo.findById(ubah.id()).orElseThrow(DataTidakDitemukanException::new);
        Renja renja = store.baca(b.renjaId);
        renja.wajibBelumDitetapkan();
        if (!akses.anggotaUnitDi(renja.kecamatanId, b.unitKerjaId)) {
            throw new AccessDeniedException(Pesan.get("akses.unitLain"));
        }
        store.bagian(renja, b.unitKerjaId).wajibDapatDiisi();
        proses.tugasIsi(renja, b.unitKerjaId);
        if (b.version != ubah.version()) {
            throw new ObjectOptimisticLockingFailureException(RenjaBaris.class, b.id);
        }
        // every value is checked before any is changed: a refused row is left exactly as it was
        List<RenjaBarisIndikator> lain = store.indikatorRepo.findByRenjaBarisIdOrderByUrutan(b.id);
        Stream.concat(aturan.periksa(renja.kecamatanId, ubah).stream(),
                aturan.periksaLain(ubah.indikatorLain(), lain).stream()).findFirst().ifPresent(s -> {
            throw new AturanDilanggarException(s.pesan());
        });
        BigDecimal target = Kuantitas.periksa(ubah.target(), Pesan.get("bagianSaya.target"));
        BigDecimal targetMaju = Kuantitas.periksa(ubah.targetMaju(), Pesan.get("bagianSaya.targetMaju"));
        Long pagu = paguDariAktivitas(b, ubah.pagu());
        String lama = ringkasBaris(b);
        String lainLama = RenjaBarisIndikator.ringkas(lain);
        if (RenjaBarisIndikator.terapkan(lain, ubah.indikatorLain())) {
            store.indikatorRepo.saveAll(lain);
            store.naikkanVersi(b);
            audit.catat(renja.kecamatanId, "UBAH", "RenjaBarisIndikator", renja.id + ":" + b.kode, lainLama,
                    RenjaBarisIndikator.ringkas(lain));
        }
        b.indikator = RenjaStore.kosong(ubah.indikator());
        b.target = target;
        b.lokasi = RenjaStore.kosong(ubah.lokasi());
        b.pagu = pagu;
        b.sumberDana = aturan.sumberDana(ubah.sumberDana());
        b.catatan = RenjaStore.kosong(ubah.catatan());
        b.targetMaju = targetMaju;
        b.paguMaju = ubah.paguMaju();
        store.barisRepo.saveAndFlush(b);
        audit.catat(renja.kecamatanId, "UBAH", "RenjaBaris", renja.id + ":" + b.kode, lama, ringkasBaris(b));
        return store.keData(renja, List.of(b)).getFirst();
    }

    /**
     * A row with Aktivitas has their sum as its pagu (issue 13): a typed pagu is taken only when it is that sum
     * (the screen shows it read-only), anything else is refused.
     */
    private Long paguDariAktivitas(RenjaBaris b, Long diketik) {
        List<RenjaAktivitas> aktivitas = aktivitasRepo.findByRenjaBarisIdOrderByUrutanAscIdAsc(b.id);
        if (aktivitas.isEmpty()) {
            return diketik;
        }
        long jumlah = id.sipeka.base.Rupiah.jumlah(aktivitas.stream().map(a -> a.pagu).toList());
        if (diketik != null && diketik != jumlah) {
            throw new AturanDilanggarException(Pesan.get("renja.paguDariAktivitas"));
        }
        return jumlah;
    }

    /** Saves a narrative part: its unit's members while their task is open, or the sekcam for secretariat parts. */
    public NarasiRenja simpanNarasi(long narasiId, long version, String isi) {
        RenjaNarasi n = narasiRepo.findById(narasiId).orElseThrow(DataTidakDitemukanException::new);
        Renja renja = store.baca(n.renjaId);
        renja.wajibBelumDitetapkan();
        if (n.unitKerjaId == null) {
            akses.wajibPeranDi(Peran.SEKCAM, renja.kecamatanId);
        } else {
            if (!akses.anggotaUnitDi(renja.kecamatanId, n.unitKerjaId)) {
                throw new AccessDeniedException(Pesan.get("akses.unitLain"));
            }
            store.bagian(renja, n.unitKerjaId).wajibDapatDiisi();
            proses.tugasIsi(renja, n.unitKerjaId);
        }
        if (n.version != version) {
            throw new ObjectOptimisticLockingFailureException(RenjaNarasi.class, n.id);
        }
        BatasTeks.periksaTeks(isi, Pesan.get("bagianSaya.narasi"));
        String lama = n.isi;
        n.isi = RenjaStore.kosong(isi);
        narasiRepo.saveAndFlush(n);
        audit.catat(renja.kecamatanId, "UBAH", "RenjaNarasi", renja.id + ":" + n.kode, lama, n.isi);
        return new NarasiRenja(n.id, n.kode, n.judul, n.unitKerjaId, n.isi, n.version);
    }

    /** The unit head submits the section (a staf may only save drafts). Every row must be complete. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void ajukanBagian(long renjaId, long unitId) {
        store.denganUlang(() -> ajukan(renjaId, unitId));
    }

    private void ajukan(long renjaId, long unitId) {
        Renja renja = store.bacaUntukLangkah(renjaId);
        renja.wajibBelumDitetapkan();
        if (!akses.kepalaUnitDi(renja.kecamatanId, unitId)) {
            throw new AccessDeniedException(Pesan.get("renja.hanyaKepalaUnit"));
        }
        RenjaBagian bagian = store.bagian(renja, unitId);
        bagian.wajibDapatDiisi();
        Task tugas = proses.tugasIsi(renja, unitId);
        // the rule on the rows themselves: no unit names needed to count what is missing
        long belum = store.barisUnit(renja, unitId).stream()
                .filter(b -> !BarisRenja.lengkap(b.target, b.lokasi, b.pagu, b.sumberDana)).count();
        if (belum > 0) {
            throw new AturanDilanggarException(Pesan.get("renja.belumLengkap", belum));
        }
        bagian.ajukan(akses.pengguna().getUsername(), clock.instant());
        store.catat(renja, "AJUKAN", unitId, null);
        proses.selesaikan(tugas);
        kabar.publishEvent(new BagianDiajukan(renja.id, renja.kecamatanId, unitId));
    }

    static String ringkasBaris(RenjaBaris b) {
        return "indikator=" + b.indikator + "; target=" + b.target + "; lokasi=" + b.lokasi + "; pagu=" + b.pagu
                + "; sumberDana=" + b.sumberDana + "; catatan=" + b.catatan + "; targetMaju=" + b.targetMaju
                + "; paguMaju=" + b.paguMaju;
    }
}
