package id.sipeka.evaluasi;

import id.sipeka.audit.AuditService;
import id.sipeka.base.AturanDilanggarException;
import id.sipeka.base.FormatIndonesia;
import id.sipeka.base.Pesan;
import id.sipeka.base.UlangSaatTabrakan;
import id.sipeka.kalender.KalenderKerja;
import id.sipeka.evaluasi.EvaluasiData.EvaluasiRingkas;
import id.sipeka.organisasi.OrganisasiData.KecamatanData;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.renja.RenjaData.RenjaRingkas;
import id.sipeka.security.Akses;
import id.sipeka.security.Peran;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opening a quarter (processes/evaluasi-triwulan.bpmn20.xml, business key = the evaluation's id): the sekcam starts
 * it by hand, or the daily timer starts the quarter that has just ended. Every unit with sub kegiatan in the Renja
 * gets an empty laporan evaluasi and its "Isi laporan" task.
 */
@Service
public class PembukaanEvaluasiService {

    private static final Logger LOG = LoggerFactory.getLogger(PembukaanEvaluasiService.class);

    private final EvaluasiTriwulanRepository evaluasiRepo;
    private final LaporanEvaluasiRepository laporanRepo;
    private final LaporanBarisRepository barisRepo;
    private final RencanaAksiService rencanaAksi;
    private final SumberRenja sumber;
    private final OrganisasiService organisasi;
    private final Akses akses;
    private final AuditService audit;
    private final ApplicationEventPublisher events;
    private final ProsesEvaluasi proses;
    private final EvaluasiProperties properties;
    private final Clock clock;
    private final UlangSaatTabrakan ulang;
    private final KalenderKerja kalender;

    PembukaanEvaluasiService(EvaluasiTriwulanRepository evaluasiRepo, LaporanEvaluasiRepository laporanRepo,
            LaporanBarisRepository barisRepo, RencanaAksiService rencanaAksi, SumberRenja sumber,
            OrganisasiService organisasi, Akses akses, AuditService audit, ApplicationEventPublisher events,
            ProsesEvaluasi proses, EvaluasiProperties properties, Clock clock, UlangSaatTabrakan ulang,
            KalenderKerja kalender) {
        this.evaluasiRepo = evaluasiRepo;
        this.laporanRepo = laporanRepo;
        this.barisRepo = barisRepo;
        this.rencanaAksi = rencanaAksi;
        this.sumber = sumber;
        this.organisasi = organisasi;
        this.akses = akses;
        this.audit = audit;
        this.events = events;
        this.proses = proses;
        this.properties = properties;
        this.clock = clock;
        this.ulang = ulang;
        this.kalender = kalender;
    }

    /** The sekcam starts the evaluation of TW n of year N (also before the automatic start). */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public EvaluasiRingkas mulai(long kecamatanId, int tahun, int triwulan) {
        return ulang.jalankan(() -> {
            akses.wajibPeranDi(Peran.SEKCAM, kecamatanId);
            return mulaiBaru(kecamatanId, tahun, triwulan, akses.pengguna().getUsername());
        });
    }

    /**
     * Called daily by the timer process (as the system, inside the timer job's transaction): for every kecamatan,
     * the quarter before today's is started if it has not been and its Renja and rencana aksi allow it. Returns how
     * many started. A kecamatan that is not ready is skipped; the sekcam can start it later by hand.
     */
    @Transactional
    public int mulaiOtomatis(LocalDate hariIni) {
        akses.wajibSistem();
        if (!properties.mulaiOtomatis()) {
            return 0;
        }
        // The quarter before today's has ended: on 1 April that is TW I, on 1 January TW IV of last year.
        int sekarang = (hariIni.getMonthValue() - 1) / 3 + 1;
        int tahun = sekarang == 1 ? hariIni.getYear() - 1 : hariIni.getYear();
        int triwulan = sekarang == 1 ? 4 : sekarang - 1;
        int dimulai = 0;
        for (KecamatanData kec : organisasi.kecamatanTerlihat()) {
            if (evaluasiRepo.findByKecamatanIdAndTahunAndTriwulan(kec.id(), tahun, triwulan).isPresent()) {
                continue;
            }
            Optional<RenjaRingkas> renja = sumber.berlaku(kec.id(), tahun);
            if (renja.isEmpty() || !rencanaAksi.semuaDisetujui(renja.get().id())) {
                LOG.info("Evaluasi TW {} {} kecamatan {} belum dapat dimulai: Renja atau rencana aksi belum siap",
                        triwulan, tahun, kec.kode());
                continue;
            }
            mulaiBaru(kec.id(), tahun, triwulan, "sistem");
            dimulai++;
        }
        return dimulai;
    }

    private EvaluasiRingkas mulaiBaru(long kecamatanId, int tahun, int triwulan, String oleh) {
        if (triwulan < 1 || triwulan > 4) {
            throw new AturanDilanggarException(Pesan.get("evaluasi.triwulanSalah"));
        }
        RenjaRingkas renja = sumber.berlaku(kecamatanId, tahun)
                .orElseThrow(() -> new AturanDilanggarException(Pesan.get("evaluasi.tanpaRenja", tahun)));
        if (!rencanaAksi.semuaDisetujui(renja.id())) {
            throw new AturanDilanggarException(Pesan.get("evaluasi.rencanaAksiBelum", tahun));
        }
        if (evaluasiRepo.findByKecamatanIdAndTahunAndTriwulan(kecamatanId, tahun, triwulan).isPresent()) {
            throw new AturanDilanggarException(Pesan.get("evaluasi.sudahAda", FormatIndonesia.triwulan(triwulan), tahun));
        }
        EvaluasiTriwulan e = EvaluasiTriwulan.mulai(kecamatanId, renja.id(), tahun, triwulan,
                kalender.tambah(akhirTriwulan(tahun, triwulan), properties.batasHari()), clock.instant(), oleh);
        evaluasiRepo.save(e);
        Map<Long, List<SumberRenja.Baris>> perUnit = new TreeMap<>(sumber.baris(renja.id()).stream()
                .collect(Collectors.groupingBy(SumberRenja.Baris::unitKerjaId)));
        Map<Long, Long> laporanPerUnit = new TreeMap<>();
        for (var unit : perUnit.entrySet()) {
            LaporanEvaluasi l = laporanRepo.save(LaporanEvaluasi.baru(e.id, unit.getKey()));
            laporanPerUnit.put(l.unitKerjaId, l.id);
            for (SumberRenja.Baris b : unit.getValue()) {
                LaporanBaris lb = new LaporanBaris();
                lb.laporanId = l.id;
                lb.kode = b.kode();
                barisRepo.save(lb);
            }
        }
        proses.mulai(e, laporanPerUnit);
        audit.catat(kecamatanId, "MULAI", "EvaluasiTriwulan", e.id, null, "TW " + triwulan + " " + tahun + " oleh " + oleh);
        events.publishEvent(new EvaluasiDimulai(kecamatanId, e.id, tahun, triwulan));
        return EvaluasiQueryService.ringkas(e);
    }

    static LocalDate akhirTriwulan(int tahun, int triwulan) {
        return LocalDate.of(tahun, triwulan * 3, 1).plusMonths(1).minusDays(1);
    }

}
