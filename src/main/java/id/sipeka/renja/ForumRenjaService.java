package id.sipeka.renja;

import id.sipeka.audit.AuditService;
import id.sipeka.base.AturanDilanggarException;
import id.sipeka.base.BatasTeks;
import id.sipeka.base.Pesan;
import id.sipeka.dokumen.DokumenService;
import id.sipeka.dokumen.TandaTangan;
import id.sipeka.organisasi.OrganisasiData.KecamatanData;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.renja.RenjaData.Forum;
import id.sipeka.renja.RenjaData.UsulanRenja;
import id.sipeka.security.Akses;
import id.sipeka.security.Peran;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.flowable.task.api.Task;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The forum perangkat daerah: the sekcam records it (date, place, participants, every usulan with its decision),
 * keeps the scan of the hand-signed berita acara, and closes it, which sends revision work to the units it affects.
 */
@Service
@Transactional
public class ForumRenjaService {

    private final RenjaStore store;
    private final ProsesRenja proses;
    private final IsiRenjaReader isi;
    private final RenjaUsulanRepository usulanRepo;
    private final RenjaVersiBeku versiBeku;
    private final OrganisasiService organisasi;
    private final Akses akses;
    private final AuditService audit;
    private final DokumenService dokumen;
    private final ApplicationEventPublisher kabar;

    ForumRenjaService(RenjaStore store, ProsesRenja proses, IsiRenjaReader isi, RenjaUsulanRepository usulanRepo,
            RenjaVersiBeku versiBeku, OrganisasiService organisasi, Akses akses, AuditService audit,
            DokumenService dokumen, ApplicationEventPublisher kabar) {
        this.store = store;
        this.proses = proses;
        this.isi = isi;
        this.usulanRepo = usulanRepo;
        this.versiBeku = versiBeku;
        this.organisasi = organisasi;
        this.akses = akses;
        this.audit = audit;
        this.dokumen = dokumen;
        this.kabar = kabar;
    }

    /** Records the forum: date, place, participants and every usulan with its decision and reason. */
    public void simpanForum(long renjaId, Forum forum) {
        Renja renja = store.bacaUntukLangkah(renjaId);
        akses.wajibPeranDi(Peran.SEKCAM, renja.kecamatanId);
        proses.tugasForum(renja);
        Set<String> kode = store.baris(renja).stream().map(b -> b.kode).collect(Collectors.toSet());
        for (UsulanRenja u : forum.usulan()) {
            if (u.sumber() == null || u.kode() == null || u.uraian() == null || u.uraian().isBlank()
                    || (u.keputusan() != null && (u.alasan() == null || u.alasan().isBlank()))) {
                throw new AturanDilanggarException(Pesan.get("renja.usulanTidakLengkap"));
            }
            if (!kode.contains(u.kode())) {
                throw new AturanDilanggarException(Pesan.get("renja.kodeTidakAda", u.kode()));
            }
            BatasTeks.periksa(u.desa(), BatasTeks.BESARAN, Pesan.get("sekcamView.desa"));
            BatasTeks.periksa(u.uraian(), BatasTeks.URAIAN, Pesan.get("sekcamView.usulan"));
            BatasTeks.periksa(u.besaran(), BatasTeks.BESARAN, Pesan.get("sekcamView.besaran"));
            BatasTeks.periksa(u.alasan(), BatasTeks.CATATAN, Pesan.get("sekcamView.alasanKeputusan"));
        }
        BatasTeks.periksa(forum.tempat(), BatasTeks.LOKASI, Pesan.get("sekcamView.forumTempat"));
        BatasTeks.periksaTeks(forum.peserta(), Pesan.get("sekcamView.forumPeserta"));
        renja.catatForum(forum.tanggal(), RenjaStore.kosong(forum.tempat()), RenjaStore.kosong(forum.peserta()));
        usulanRepo.deleteAll(usulanRepo.findByRenjaIdOrderById(renja.id));
        for (UsulanRenja u : forum.usulan()) {
            RenjaUsulan baru = new RenjaUsulan();
            baru.renjaId = renja.id;
            baru.sumber = u.sumber();
            baru.desa = RenjaStore.kosong(u.desa());
            baru.kode = u.kode();
            baru.uraian = u.uraian().strip();
            baru.besaran = RenjaStore.kosong(u.besaran());
            baru.keputusan = u.keputusan();
            baru.alasan = RenjaStore.kosong(u.alasan());
            usulanRepo.save(baru);
        }
        audit.catat(renja.kecamatanId, "UBAH", "RenjaForum", renja.id, null, forum.toString());
    }

    /**
     * Keeps the uploaded scan of the hand-signed berita acara in the document archive (evidence for inspectors) and
     * records its name and hash on the Renja. A new upload is a new archived file; the Renja names the latest.
     */
    public void catatBeritaAcara(long renjaId, String namaBerkas, byte[] isiBerkas) {
        Renja renja = store.baca(renjaId);
        akses.wajibPeranDi(Peran.SEKCAM, renja.kecamatanId);
        proses.tugasForum(renja);
        var bukti = dokumen.simpanBukti(renja.kecamatanId, renja.tahun, "Berita acara forum (unggahan)",
                "Berita Acara Forum Perangkat Daerah " + store.ringkas(renja).judul(), namaBerkas, isiBerkas);
        renja.catatBeritaAcara(namaBerkas, bukti.sha256(), bukti.kode());
        store.catat(renja, "BERITA_ACARA", null, namaBerkas + " (SHA-256 " + bukti.sha256() + ")");
    }

    /**
     * Ends the forum: freezes the "hasil forum" version and sends revision work to exactly the units whose sub
     * kegiatan received an accepted usulan, plus the units the sekcam asks to change.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public List<Long> selesaikanForum(long renjaId, Set<Long> unitDiminta) {
        return store.denganUlang(() -> forumSelesai(renjaId, unitDiminta));
    }

    private List<Long> forumSelesai(long renjaId, Set<Long> unitDiminta) {
        Renja renja = store.bacaUntukLangkah(renjaId);
        akses.wajibPeranDi(Peran.SEKCAM, renja.kecamatanId);
        Task tugas = proses.tugasForum(renja);
        renja.wajibForumTercatat();
        Map<String, Long> unitPerKode = store.baris(renja).stream()
                .collect(Collectors.toMap(b -> b.kode, b -> b.unitKerjaId));
        Set<Long> revisi = new LinkedHashSet<>();
        usulanRepo.findByRenjaIdOrderById(renja.id).stream().filter(u -> u.keputusan == KeputusanUsulan.DITERIMA)
                .forEach(u -> revisi.add(unitPerKode.get(u.kode)));
        Set<Long> sah = store.bagianRepo.findByRenjaId(renja.id).stream().map(b -> b.unitKerjaId).collect(Collectors.toSet());
        unitDiminta.stream().filter(sah::contains).forEach(revisi::add);
        List<Long> unitRevisi = new ArrayList<>(new TreeSet<>(revisi));
        for (Long unitId : unitRevisi) {
            store.bagian(renja, unitId).bukaUntukRevisi();
        }
        versiBeku.bekukan(renja.id, Tahap.FORUM, store.keData(renja, store.baris(renja)));
        // The berita acara states what the forum decided: the sekcam signs it now, when that record becomes final,
        // in this transaction (the forum does not close without it).
        KecamatanData kecamatan = organisasi.kecamatan(renja.kecamatanId);
        TandaTangan sekcam = dokumen.tandaTanganSaya(renja.kecamatanId, Peran.SEKCAM, kecamatan.jabatanSekcam(),
                kecamatan.tempatSurat(), renja.forumTanggal);
        String beritaAcara = dokumen.terbitkan(DokumenBeritaAcara.susun(isi.isiDokumen(renja, null), sekcam, false)).kode();
        renja.forumSelesai(beritaAcara, !unitRevisi.isEmpty());
        Map<Long, String> unit = store.namaUnit(renja);
        store.catat(renja, "SELESAI_FORUM", null, unitRevisi.isEmpty() ? "Tanpa revisi"
                : "Revisi oleh: " + unitRevisi.stream().map(unit::get).collect(Collectors.joining(", ")));
        proses.selesaikanForum(tugas, unitRevisi);
        kabar.publishEvent(new ForumSelesai(renja.id, renja.kecamatanId, unitRevisi));
        return unitRevisi;
    }
}
