package id.sipeka.renja;

import id.sipeka.audit.AuditService;
import id.sipeka.base.AturanDilanggarException;
import id.sipeka.base.BatasTeks;
import id.sipeka.base.FormatIndonesia;
import id.sipeka.base.Pesan;
import id.sipeka.dokumen.ArsipDokumen;
import id.sipeka.dokumen.DokumenService;
import id.sipeka.dokumen.TandaTangan;
import id.sipeka.organisasi.OrganisasiData.KecamatanData;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.security.Akses;
import id.sipeka.security.Peran;
import java.time.LocalDate;
import org.flowable.task.api.Task;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The end of the cycle: the sekcam approves the rancangan akhir, and the camat signs it (penetapan) or returns it
 * to the sekcam with a reason.
 */
@Service
@Transactional
public class PenetapanRenjaService {

    private final RenjaStore store;
    private final ProsesRenja proses;
    private final IsiRenjaReader isi;
    private final RenjaVersiBeku versiBeku;
    private final OrganisasiService organisasi;
    private final Akses akses;
    private final AuditService audit;
    private final DokumenService dokumen;
    private final ApplicationEventPublisher kabar;

    PenetapanRenjaService(RenjaStore store, ProsesRenja proses, IsiRenjaReader isi, RenjaVersiBeku versiBeku,
            OrganisasiService organisasi, Akses akses, AuditService audit, DokumenService dokumen,
            ApplicationEventPublisher kabar) {
        this.store = store;
        this.proses = proses;
        this.isi = isi;
        this.versiBeku = versiBeku;
        this.organisasi = organisasi;
        this.akses = akses;
        this.audit = audit;
        this.dokumen = dokumen;
        this.kabar = kabar;
    }

    /** The sekcam approves the rancangan akhir and sends it to the camat. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void setujuiRancanganAkhir(long renjaId) {
        store.denganUlang(() -> rancanganAkhirDisetujui(renjaId));
    }

    private void rancanganAkhirDisetujui(long renjaId) {
        Renja renja = store.bacaUntukLangkah(renjaId);
        akses.wajibPeranDi(Peran.SEKCAM, renja.kecamatanId);
        Task tugas = proses.tugasRancanganAkhir(renja);
        renja.rancanganAkhirDisetujui();
        versiBeku.bekukan(renja.id, Tahap.RANCANGAN_AKHIR, store.keData(renja, store.baris(renja)));
        store.catat(renja, "SETUJUI_RANCANGAN_AKHIR", null, null);
        proses.selesaikan(tugas);
        kabar.publishEvent(new RancanganAkhirDisetujui(renja.id, renja.kecamatanId));
    }

    /**
     * Penetapan: only the camat, or a Plt./Plh. camat within the acting period (the signature then reads
     * "Plt. Camat …"). The Renja is frozen afterwards.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void tetapkan(long renjaId, String tempat, LocalDate tanggal) {
        store.denganUlang(() -> penetapanDitandatangani(renjaId, tempat, tanggal));
    }

    private void penetapanDitandatangani(long renjaId, String tempat, LocalDate tanggal) {
        Renja renja = store.bacaUntukLangkah(renjaId);
        akses.wajibPeranDi(Peran.CAMAT, renja.kecamatanId);
        Task tugas = proses.tugasPenetapan(renja);
        BatasTeks.periksa(tempat, BatasTeks.LOKASI, Pesan.get("penetapanView.tempat"));
        if (tempat == null || tempat.isBlank() || tanggal == null) {
            throw new AturanDilanggarException(Pesan.get("validasi.wajibIsi", "Tempat dan tanggal penetapan"));
        }
        var saya = akses.pengguna();
        KecamatanData kecamatan = organisasi.kecamatan(renja.kecamatanId);
        TandaTangan penanda = dokumen.tandaTanganSaya(renja.kecamatanId, Peran.CAMAT, kecamatan.jabatanCamat(),
                tempat.strip(), tanggal);
        renja.tetapkan(tempat.strip(), tanggal, saya.getUsername(), penanda.nama(), saya.jabatanPada(akses.hariIni()),
                penanda.nip().nilai(), penanda.pangkatGolongan());
        versiBeku.bekukan(renja.id, Tahap.DITETAPKAN, store.keData(renja, store.baris(renja)));
        // The signed PDF is rendered, signed and archived in this very transaction: a Renja is never DITETAPKAN
        // without it, and a signature that cannot be made leaves the Renja waiting for penetapan. Rendering holds
        // this Renja's row lock for a second or two; only this Renja's steps wait for it.
        ArsipDokumen arsip = dokumen.terbitkan(DokumenRenja.susun(isi.isiDokumen(renja, penanda), false));
        renja.arsipPenetapan(arsip.kode());
        store.catat(renja, "TETAPKAN", null, renja.penetapanTempat + ", " + FormatIndonesia.tanggal(tanggal)
                + "; dokumen " + arsip.kode());
        proses.putuskan(tugas, "ditetapkan", true);
        audit.catat(renja.kecamatanId, "TETAPKAN", "Renja", renja.id, null, renja.penetapanJabatan + " | dokumen "
                + arsip.kode() + " | SHA-256 " + arsip.sha256());
        kabar.publishEvent(new RenjaDitetapkan(renja.id, renja.kecamatanId, renja.tahun, renja.indukId));
    }

    /** The camat returns the rancangan akhir to the sekcam, with a reason. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void kembalikanKeSekcam(long renjaId, String alasan) {
        store.denganUlang(() -> dikembalikanKeSekcam(renjaId, alasan));
    }

    private void dikembalikanKeSekcam(long renjaId, String alasan) {
        Renja renja = store.bacaUntukLangkah(renjaId);
        akses.wajibPeranDi(Peran.CAMAT, renja.kecamatanId);
        Task tugas = proses.tugasPenetapan(renja);
        if (alasan == null || alasan.isBlank()) {
            throw new AturanDilanggarException(Pesan.get("renja.alasanWajib"));
        }
        renja.kembalikanKeSekcam();
        store.catat(renja, "KEMBALIKAN_KE_SEKCAM", null, alasan.strip());
        proses.putuskan(tugas, "ditetapkan", false);
        kabar.publishEvent(new RenjaDikembalikanKeSekcam(renja.id, renja.kecamatanId, alasan.strip()));
    }
}
