package id.sipeka.renja;

import id.sipeka.base.AlurProses;
import id.sipeka.base.AlurProses.DiagramAlur;
import id.sipeka.base.Persetujuan;
import id.sipeka.dokumen.TandaTangan;
import id.sipeka.organisasi.OrganisasiData.KecamatanData;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.renja.RenjaData.BagianRenja;
import id.sipeka.renja.RenjaData.BarisEvaluasiLalu;
import id.sipeka.renja.RenjaData.BarisRenja;
import id.sipeka.renja.RenjaData.Forum;
import id.sipeka.renja.RenjaData.Jumlah;
import id.sipeka.renja.RenjaData.NarasiRenja;
import id.sipeka.renja.RenjaData.Perbedaan;
import id.sipeka.renja.RenjaData.Peristiwa;
import id.sipeka.renja.RenjaData.RenjaKabupaten;
import id.sipeka.renja.RenjaData.RenjaRingkas;
import id.sipeka.renja.RenjaData.SasaranBaris;
import id.sipeka.renja.RenjaData.TahapRenja;
import id.sipeka.renja.RenjaData.ReviewRkpd;
import id.sipeka.renja.RenjaData.Versi;
import id.sipeka.security.Akses;
import id.sipeka.security.Peran;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read model of the Renja: lists, rows, sections, the timeline, versions and their differences, the computed
 * sums and the evaluation of earlier years. Every read checks that the caller may see the Renja's kecamatan.
 */
@Service
@Transactional(readOnly = true)
public class RenjaQueryService {

    private final RenjaStore store;
    private final ProsesRenja proses;
    private final IsiRenjaReader isi;
    private final RenjaPeristiwaRepository peristiwaRepo;
    private final RenjaVersiBeku versiBeku;
    private final OrganisasiService organisasi;
    private final Akses akses;
    private final Clock clock;

    RenjaQueryService(RenjaStore store, ProsesRenja proses, IsiRenjaReader isi, RenjaPeristiwaRepository peristiwaRepo,
            RenjaVersiBeku versiBeku, OrganisasiService organisasi, Akses akses, Clock clock) {
        this.store = store;
        this.proses = proses;
        this.isi = isi;
        this.peristiwaRepo = peristiwaRepo;
        this.versiBeku = versiBeku;
        this.organisasi = organisasi;
        this.akses = akses;
        this.clock = clock;
    }

    public List<RenjaRingkas> daftar(long kecamatanId) {
        organisasi.kecamatan(kecamatanId);
        return store.renjaRepo.findByKecamatanIdOrderByTahunDescIdDesc(kecamatanId).stream().map(store::ringkas).toList();
    }

    public RenjaRingkas ringkas(long renjaId) {
        return store.ringkas(store.baca(renjaId));
    }

    public List<BarisRenja> baris(long renjaId) {
        Renja renja = store.baca(renjaId);
        return store.keData(renja, store.baris(renja));
    }

    public List<BarisRenja> barisUnit(long renjaId, long unitId) {
        Renja renja = store.baca(renjaId);
        return store.keData(renja, store.barisUnit(renja, unitId));
    }

    /** Every unit's section with its status, completeness and lateness. */
    public List<BagianRenja> bagian(long renjaId) {
        Renja renja = store.baca(renjaId);
        Map<Long, String> unit = store.namaUnit(renja);
        List<BarisRenja> data = store.keData(renja, store.baris(renja));
        LocalDate hariIni = LocalDate.now(clock);
        return store.bagianRepo.findByRenjaId(renja.id).stream().map(b -> {
            List<BarisRenja> milik = data.stream().filter(x -> x.unitKerjaId() == b.unitKerjaId).toList();
            Persetujuan p = b.persetujuan();
            boolean terlambat = !p.disetujui() && hariIni.isAfter(renja.batasIsi);
            return new BagianRenja(b.unitKerjaId, unit.get(b.unitKerjaId), p.status(), p.alasan(),
                    (int) milik.stream().filter(BarisRenja::lengkap).count(), milik.size(), terlambat, p.diajukanPada(),
                    b.dibawa);
        }).sorted((a, c) -> a.unitNama().compareToIgnoreCase(c.unitNama())).toList();
    }

    public List<NarasiRenja> narasi(long renjaId) {
        return isi.narasi(store.baca(renjaId));
    }

    public Forum forum(long renjaId) {
        return isi.forum(store.baca(renjaId));
    }

    /** Who did what, when, and why — oldest first. */
    public List<Peristiwa> timeline(long renjaId) {
        Renja renja = store.baca(renjaId);
        Map<Long, String> unit = store.namaUnit(renja);
        return peristiwaRepo.findByRenjaIdOrderByWaktuAscIdAsc(renja.id).stream()
                .map(p -> new Peristiwa(p.waktu, p.username, p.jabatan, p.aksi,
                        p.unitKerjaId == null ? null : unit.get(p.unitKerjaId), p.keterangan))
                .toList();
    }

    /** The open steps of the Renja's process, e.g. "Isi bagian (Seksi Pemerintahan Umum)". */
    public List<String> langkahSaatIni(long renjaId) {
        Renja renja = store.baca(renjaId);
        Map<Long, String> unit = store.namaUnit(renja);
        return proses.langkahTerbuka(renja).stream()
                .map(l -> l.nama() + (l.unitId() == null ? "" : " (" + unit.get(l.unitId()) + ")"))
                .sorted().toList();
    }

    /** The Renja's process drawn from its BPMN, the open steps highlighted; empty for a Renja without a process. */
    public Optional<DiagramAlur> alurProses(long renjaId) {
        return proses.alur(store.baca(renjaId)).map(AlurProses::gambar);
    }

    /** The frozen versions, oldest first. */
    public List<Versi> versi(long renjaId) {
        return versiBeku.daftar(store.baca(renjaId).id);
    }

    /** "What changed since version n": every row and field that differs between that version and now. */
    public List<Perbedaan> perbedaanSejak(long renjaId, int nomorVersi) {
        Renja renja = store.baca(renjaId);
        return RenjaVersiBeku.banding(versiBeku.isi(renja.id, nomorVersi), store.keData(renja, store.baris(renja)));
    }

    /**
     * For a Renja Perubahan: every row and field that differs between the ditetapkan Renja it revises (the version
     * frozen at its penetapan) and the perubahan now. Empty for a Renja that revises nothing.
     */
    public List<Perbedaan> perbedaanDariInduk(long renjaId) {
        Renja renja = store.baca(renjaId);
        if (renja.indukId == null) {
            return List.of();
        }
        Renja induk = store.baca(renja.indukId);
        return RenjaVersiBeku.banding(versiBeku.isiDitetapkan(induk.id).orElseGet(() -> store.keData(induk, store.baris(induk))),
                store.keData(renja, store.baris(renja)));
    }

    /** BAB II, T-C.29: the evaluation of the Renja of earlier years for this Renja's rows. */
    public List<BarisEvaluasiLalu> evaluasiTahunLalu(long renjaId) {
        return isi.evaluasiTahunLalu(store.baca(renjaId));
    }

    /** Program and kegiatan lines, each the sum of its sub kegiatan rows (never typed), in nomenclature order. */
    public List<Jumlah> jumlah(long renjaId) {
        return isi.jumlah(store.baca(renjaId));
    }

    /** The review of the rancangan awal RKPD (T-C.31), one line per row. */
    public List<ReviewRkpd> reviewRkpd(long renjaId) {
        Renja renja = store.baca(renjaId);
        return store.baris(renja).stream().map(RenjaStore::review).toList();
    }

    /**
     * The kabupaten's dashboard: every kecamatan's Renja of years N and N+1 and the rows of year N, in two queries
     * whatever the number of kecamatan. Only the admin and the kabupaten's viewer.
     */
    public RenjaKabupaten renjaKabupaten(long kabupatenId, int tahun) {
        akses.wajibPantauKabupaten(kabupatenId);
        List<Long> kecamatan = organisasi.kecamatanKabupaten(kabupatenId).stream().map(KecamatanData::id).toList();
        if (kecamatan.isEmpty()) {
            return new RenjaKabupaten(List.of(), List.of());
        }
        List<Renja> renja = store.renjaRepo.findByKecamatanIdInAndTahunInOrderById(kecamatan, List.of(tahun, tahun + 1));
        List<TahapRenja> tahap = renja.stream().map(r -> new TahapRenja(r.id, r.kecamatanId, r.tahun, r.jenis, r.tahap)).toList();
        List<Long> tahunIni = renja.stream().filter(r -> r.tahun == tahun).map(r -> r.id).toList();
        List<SasaranBaris> baris = tahunIni.isEmpty() ? List.of()
                : store.barisRepo.sasaranBaris(tahunIni);
        return new RenjaKabupaten(tahap, baris);
    }

    /** Whether the signed-in user may open a Renja (or a perubahan) in this kecamatan: its sekcam. */
    public boolean bolehMembuka(long kecamatanId) {
        return akses.punyaPeranDi(Peran.SEKCAM, kecamatanId);
    }

    /** The unit of the signed-in user that owns rows in this Renja (head or staf, also Plt./Plh.), if any. */
    public Optional<Long> unitSaya(long renjaId) {
        Renja renja = store.baca(renjaId);
        return store.bagianRepo.findByRenjaId(renja.id).stream().map(b -> b.unitKerjaId)
                .filter(u -> akses.anggotaUnitDi(renja.kecamatanId, u)).findFirst();
    }

    /** What the signed-in user may do on the Renja as a whole now (see {@link TindakanRenja}). */
    public Set<TindakanRenja> tindakan(long renjaId) {
        Renja renja = store.baca(renjaId);
        Set<TindakanRenja> boleh = EnumSet.noneOf(TindakanRenja.class);
        if (akses.punyaPeranDi(Peran.SEKCAM, renja.kecamatanId)) {
            if (renja.ditetapkan()) {
                if (store.halanganPerubahan(renja).isEmpty()) {
                    boleh.add(TindakanRenja.BUKA_PERUBAHAN);
                }
            } else {
                boleh.add(TindakanRenja.REVIEW_RKPD);
                if (proses.forumTerbuka(renja)) {
                    boleh.add(TindakanRenja.CATAT_FORUM);
                }
                if (proses.rancanganAkhirTerbuka(renja)) {
                    boleh.add(TindakanRenja.SETUJUI_RANCANGAN_AKHIR);
                }
            }
        }
        if (akses.punyaPeranDi(Peran.CAMAT, renja.kecamatanId) && proses.penetapanTerbuka(renja)) {
            boleh.add(TindakanRenja.TETAPKAN);
        }
        return boleh;
    }

    /** What the signed-in user may do on a unit's section now (see {@link TindakanRenja}). */
    public Set<TindakanRenja> tindakanBagian(long renjaId, long unitId) {
        Renja renja = store.baca(renjaId);
        Set<TindakanRenja> boleh = EnumSet.noneOf(TindakanRenja.class);
        if (renja.ditetapkan()) {
            return boleh;
        }
        if (akses.anggotaUnitDi(renja.kecamatanId, unitId) && proses.sedangDiisi(renja, unitId)) {
            boleh.add(TindakanRenja.ISI_BAGIAN);
            if (akses.kepalaUnitDi(renja.kecamatanId, unitId)) {
                boleh.add(TindakanRenja.AJUKAN_BAGIAN);
            }
        }
        if (akses.punyaPeranDi(Peran.SEKCAM, renja.kecamatanId) && proses.menungguTelaah(renja).contains(unitId)) {
            boleh.add(TindakanRenja.TELAAH_BAGIAN);
        }
        return boleh;
    }

    /** Everything the Renja's documents print (see {@link IsiRenjaReader#isiDokumen(Renja)}). */
    IsiRenja isiDokumen(long renjaId) {
        return isi.isiDokumen(store.baca(renjaId));
    }

    /** The kecamatan's sekcam as the signature block of a draft berita acara (the forum's date when recorded). */
    TandaTangan sekcamUntukDraf(long renjaId) {
        return isi.sekcamUntukDraf(store.baca(renjaId));
    }
}
