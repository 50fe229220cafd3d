package id.sipeka.renja;

import id.sipeka.base.AturanDilanggarException;
import id.sipeka.base.BatasTeks;
import id.sipeka.base.DataTidakDitemukanException;
import id.sipeka.base.Pesan;
import id.sipeka.base.UlangSaatTabrakan;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.renja.RenjaData.BarisRenja;
import id.sipeka.renja.RenjaData.RenjaRingkas;
import id.sipeka.security.Akses;
import id.sipeka.security.Peran;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * What every Renja use case shares: reading (and locking) a Renja with the caller's read access checked, its
 * sections, the timeline entry of a step, and the mapping of rows to {@link BarisRenja}. Joins the caller's
 * transaction.
 */
@Component
class RenjaStore {

    final RenjaRepository renjaRepo;
    final RenjaBarisRepository barisRepo;
    final RenjaBagianRepository bagianRepo;
    private final RenjaPeristiwaRepository peristiwaRepo;
    private final OrganisasiService organisasi;
    private final Akses akses;
    private final Clock clock;
    private final UlangSaatTabrakan ulang;
    final RenjaBarisIndikatorRepository indikatorRepo;
    private final RenjaAktivitasRepository aktivitasRepo;
    private final EntityManager em;

    RenjaStore(RenjaRepository renjaRepo, RenjaBarisRepository barisRepo, RenjaBagianRepository bagianRepo,
            RenjaPeristiwaRepository peristiwaRepo, OrganisasiService organisasi, Akses akses, Clock clock,
            UlangSaatTabrakan ulang, RenjaBarisIndikatorRepository indikatorRepo, RenjaAktivitasRepository aktivitasRepo,
            EntityManager em) {
        this.em = em;
        this.indikatorRepo = indikatorRepo;
        this.aktivitasRepo = aktivitasRepo;
        this.renjaRepo = renjaRepo;
        this.barisRepo = barisRepo;
        this.bagianRepo = bagianRepo;
        this.peristiwaRepo = peristiwaRepo;
        this.organisasi = organisasi;
        this.akses = akses;
        this.clock = clock;
        this.ulang = ulang;
    }

    /** Runs one use case in its own transaction, repeated on a deadlock or engine conflict (see UlangSaatTabrakan). */
    <T> T denganUlang(Supplier<T> kerja) {
        return ulang.jalankan(kerja);
    }

    void denganUlang(Runnable kerja) {
        ulang.jalankan(kerja);
    }

    /**
     * Moves a row's version on at once although none of its own columns changed: its further indicators changed, and
     * the row's version guards them (an editor holding the old version is refused).
     */
    void naikkanVersi(RenjaBaris b) {
        em.lock(b, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
    }

    Renja baca(long renjaId) {
        Renja renja = renjaRepo.findById(renjaId).orElseThrow(DataTidakDitemukanException::new);
        wajibBaca(renja);
        return renja;
    }

    /**
     * Reads the Renja for a step of its cycle and locks its row until the transaction ends. Steps of one Renja
     * (many units finishing the same parallel multi-instance at once) then run one after another, so the process
     * engine never sees two completions of its parallel sections at the same moment.
     */
    Renja bacaUntukLangkah(long renjaId) {
        Renja renja = renjaRepo.kunci(renjaId).orElseThrow(DataTidakDitemukanException::new);
        wajibBaca(renja);
        return renja;
    }

    /**
     * Read access: same kecamatan, or the kabupaten's viewer, or admin ({@link Akses#bolehBaca}). A user of the
     * Renja's own kecamatan (every step's actor) is let through without loading the kecamatan and its kabupaten
     * again on every step; anyone else is checked against the kecamatan as before.
     */
    private void wajibBaca(Renja renja) {
        var pengguna = akses.penggunaOpsional();
        boolean kecamatanSendiri = pengguna.isPresent() && pengguna.get().peran() != Peran.ADMIN
                && pengguna.get().peran() != Peran.VIEWER_KABUPATEN
                && Objects.equals(pengguna.get().kecamatanId(), renja.kecamatanId);
        if (!kecamatanSendiri) {
            organisasi.kecamatan(renja.kecamatanId);
        }
    }

    RenjaBagian bagian(Renja renja, long unitId) {
        return bagianRepo.findByRenjaIdAndUnitKerjaId(renja.id, unitId)
                .orElseThrow(() -> new AturanDilanggarException(Pesan.get("renja.bukanTugasAnda")));
    }

    List<RenjaBaris> baris(Renja renja) {
        return barisRepo.findByRenjaIdOrderByKode(renja.id);
    }

    List<RenjaBaris> barisUnit(Renja renja, long unitId) {
        return barisRepo.findByRenjaIdAndUnitKerjaIdOrderByKode(renja.id, unitId);
    }

    /** Who did what, when and why: one line of the Renja's timeline, as the signed-in user (or the system). */
    void catat(Renja renja, String aksi, Long unitId, String keterangan) {
        RenjaPeristiwa p = new RenjaPeristiwa();
        p.renjaId = renja.id;
        p.waktu = clock.instant();
        var pengguna = akses.penggunaOpsional();
        p.username = pengguna.map(x -> x.getUsername()).orElse("sistem");
        p.jabatan = pengguna.map(x -> x.jabatanPada(akses.hariIni())).orElse("Sistem");
        p.aksi = aksi;
        p.unitKerjaId = unitId;
        p.keterangan = BatasTeks.potong(keterangan, BatasTeks.KETERANGAN); // composed from several reasons
        peristiwaRepo.save(p);
    }

    Map<Long, String> namaUnit(Renja renja) {
        return organisasi.namaUnit(renja.kecamatanId);
    }

    /** The rows as values, each with its further indicators and its Aktivitas (read for all rows at once). */
    List<BarisRenja> keData(Renja renja, List<RenjaBaris> baris) {
        Map<Long, String> unit = namaUnit(renja);
        List<Long> ids = baris.stream().map(b -> b.id).toList();
        Map<Long, List<RenjaData.IndikatorLainRenja>> lain = ids.isEmpty() ? Map.of()
                : indikatorRepo.findByRenjaBarisIdInOrderByRenjaBarisIdAscUrutanAsc(ids).stream()
                        .collect(Collectors.groupingBy(i -> i.renjaBarisId,
                                Collectors.mapping(RenjaBarisIndikator::data, Collectors.toList())));
        Map<Long, List<AktivitasRenjaData.AktivitasRenja>> aktivitas = ids.isEmpty() ? Map.of()
                : aktivitasRepo.findByRenjaBarisIdInOrderByUrutanAscIdAsc(ids).stream()
                        .collect(Collectors.groupingBy(a -> a.renjaBarisId,
                                Collectors.mapping(AktivitasRenjaService::data, Collectors.toList())));
        return baris.stream().map(b -> new BarisRenja(b.id, b.kode, b.nama, b.unitKerjaId,
                unit.get(b.unitKerjaId), b.indikator, b.satuan, b.target, b.lokasi, b.pagu, b.sumberDana, b.catatan,
                b.targetMaju, b.paguMaju, b.targetSebelum, b.paguSebelum, b.lokasiSebelum, b.indikatorSebelum,
                b.catatanTelaah, b.dikembalikan, b.version, lain.get(b.id), aktivitas.get(b.id))).toList();
    }

    /**
     * Why no Renja Perubahan may be opened from this Renja now, if anything stands in the way: it is not ditetapkan;
     * a perubahan of its year is still being prepared (two at once would revise the same values side by side); or a
     * later perubahan of its year was ditetapkan since, so this one is no longer in force (a perubahan always revises
     * the Renja in force, and the versions of a year form one line).
     */
    Optional<String> halanganPerubahan(Renja asal) {
        if (asal.tahap != Tahap.DITETAPKAN) {
            return Optional.of(Pesan.get("renja.bukanDitetapkan"));
        }
        List<Renja> tahunItu = renjaRepo.findByKecamatanIdOrderByTahunDescIdDesc(asal.kecamatanId).stream()
                .filter(r -> r.tahun == asal.tahun).toList();
        Optional<Renja> berjalan = tahunItu.stream().filter(r -> r.tahap != Tahap.DITETAPKAN).findFirst();
        if (berjalan.isPresent()) {
            return Optional.of(Pesan.get("renja.perubahanBerjalan", ringkas(berjalan.get()).judul()));
        }
        return tahunItu.stream().filter(r -> r.id > asal.id).findFirst()
                .map(baru -> Pesan.get("renja.bukanYangBerlaku", ringkas(asal).judul(), ringkas(baru).judul()));
    }

    RenjaRingkas ringkas(Renja r) {
        return ringkas(r, renjaRepo.versi(r));
    }

    static RenjaRingkas ringkas(Renja r, int versi) {
        return new RenjaRingkas(r.id, r.kecamatanId, r.tahun, r.jenis, r.indukId, versi, r.tahap, r.batasIsi, r.batasTelaah,
                r.batasForum, r.batasPenetapan, r.penetapanTempat, r.penetapanTanggal, r.penetapanNama,
                r.penetapanJabatan, r.penetapanArsipKode, r.beritaAcaraArsipKode, r.beritaAcaraNama,
                r.beritaAcaraBuktiKode, r.version);
    }

    static RenjaData.ReviewRkpd review(RenjaBaris b) {
        return new RenjaData.ReviewRkpd(b.id, b.kode, b.nama, b.rkpdLokasi, b.rkpdIndikator, b.rkpdTarget, b.rkpdPagu,
                b.lokasi, b.indikator, b.target, b.satuan, b.pagu, b.rkpdCatatan, b.version);
    }

    static String kosong(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
