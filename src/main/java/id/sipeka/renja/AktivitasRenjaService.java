package id.sipeka.renja;

import id.sipeka.audit.AuditService;
import id.sipeka.base.AturanDilanggarException;
import id.sipeka.base.BatasTeks;
import id.sipeka.base.DataTidakDitemukanException;
import id.sipeka.base.Kuantitas;
import id.sipeka.base.Pesan;
import id.sipeka.base.Rupiah;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.renja.AktivitasRenjaData.AktivitasRenja;
import id.sipeka.renja.AktivitasRenjaData.UbahAktivitas;
import id.sipeka.security.Akses;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A Renja row's Aktivitas (issue 13), for a kabupaten that plans them. Read by whoever may read the Renja; changed
 * only by the row's unit while its section may be filled, exactly like the row itself. The row's pagu is the sum of
 * its Aktivitas after every change (computed, never typed); every value is checked before anything is written, and a
 * change made by someone else in between is refused (optimistic locking).
 */
@Service
@Transactional
public class AktivitasRenjaService {

    private final RenjaStore store;
    private final RenjaAktivitasRepository repo;
    private final ProsesRenja proses;
    private final OrganisasiService organisasi;
    private final Akses akses;
    private final AuditService audit;

    AktivitasRenjaService(RenjaStore store, RenjaAktivitasRepository repo, ProsesRenja proses,
            OrganisasiService organisasi, Akses akses, AuditService audit) {
        this.store = store;
        this.repo = repo;
        this.proses = proses;
        this.organisasi = organisasi;
        this.akses = akses;
        this.audit = audit;
    }

    /** Whether the Renja's kabupaten plans Aktivitas (the screens show them only then). */
    @Transactional(readOnly = true)
    public boolean dipakai(long renjaId) {
        return organisasi.pakaiAktivitas(store.baca(renjaId).kecamatanId);
    }

    @Transactional(readOnly = true)
    public List<AktivitasRenja> aktivitas(long renjaBarisId) {
        RenjaBaris b = store.barisRepo.findById(renjaBarisId).orElseThrow(DataTidakDitemukanException::new);
        store.baca(b.renjaId);
        return repo.findByRenjaBarisIdOrderByUrutanAscIdAsc(b.id).stream().map(AktivitasRenjaService::data).toList();
    }

    /** Adds ({@code id == null}) or changes an Aktivitas; the row's pagu becomes the sum of its Aktivitas. */
    public AktivitasRenja simpan(UbahAktivitas ubah) {
        RenjaBaris b = store.barisRepo.findForUpdate(ubah.renjaBarisId()).orElseThrow(DataTidakDitemukanException::new);
        Renja renja = bolehUbah(b);
        List<RenjaAktivitas> ada = repo.findByRenjaBarisIdOrderByUrutanAscIdAsc(b.id);
        RenjaAktivitas a;
        String lama;
        if (ubah.id() == null) {
            a = new RenjaAktivitas(b.id, kodeBaru(b, ada), ada.stream().mapToInt(x -> x.urutan + 1).max().orElse(0));
            lama = null;
        } else {
            a = ada.stream().filter(x -> x.id.equals(ubah.id())).findFirst().orElseThrow(DataTidakDitemukanException::new);
            if (a.version != ubah.version()) {
                throw new ObjectOptimisticLockingFailureException(RenjaAktivitas.class, a.id);
            }
            lama = ringkas(a);
        }
        // every value is checked before any is changed: a refused Aktivitas is left exactly as it was
        periksa(renja.kecamatanId, ubah.nama(), ubah.volume(), ubah.satuan(), ubah.pagu(), ubah.lokasi()).stream()
                .findFirst().ifPresent(m -> {
                    throw new AturanDilanggarException(m.pesan());
                });
        String nama = RenjaStore.kosong(ubah.nama());
        BigDecimal volume = Kuantitas.periksa(ubah.volume(), Pesan.get("aktivitas.volume"));
        Long pagu = Rupiah.periksa(ubah.pagu(), Pesan.get("aktivitas.pagu"));
        a.nama = nama;
        a.volume = volume;
        a.satuan = RenjaStore.kosong(ubah.satuan());
        a.prioritas = ubah.prioritas();
        a.pagu = pagu;
        a.lokasi = RenjaStore.kosong(ubah.lokasi());
        a = repo.saveAndFlush(a);
        hitungPagu(b);
        audit.catat(renja.kecamatanId, lama == null ? "TAMBAH" : "UBAH", "RenjaAktivitas", renja.id + ":" + a.kode, lama,
                ringkas(a));
        return data(a);
    }

    /**
     * The rules on an Aktivitas' values, shared with the SIPD import (which names every problem by its column): a
     * name, texts within their columns, no negative volume or pagu, a volume and pagu within their bounds, a lokasi of
     * the kecamatan. Each problem with its field: nama, volume, satuan, lokasi or pagu.
     */
    List<AturanBarisRenja.Salah> periksa(long kecamatanId, String nama, BigDecimal volume, String satuan, Long pagu,
            String lokasi) {
        List<AturanBarisRenja.Salah> salah = new ArrayList<>();
        if (RenjaStore.kosong(nama) == null) {
            salah.add(new AturanBarisRenja.Salah("nama", Pesan.get("validasi.wajibIsi", Pesan.get("aktivitas.nama"))));
        } else {
            BatasTeks.masalah(RenjaStore.kosong(nama), BatasTeks.NAMA_NOMENKLATUR, Pesan.get("aktivitas.nama"))
                    .ifPresent(m -> salah.add(new AturanBarisRenja.Salah("nama", m)));
        }
        BatasTeks.masalah(satuan, BatasTeks.SATUAN, Pesan.get("aktivitas.satuan"))
                .ifPresent(m -> salah.add(new AturanBarisRenja.Salah("satuan", m)));
        BatasTeks.masalah(lokasi, BatasTeks.LOKASI, Pesan.get("aktivitas.lokasi"))
                .ifPresent(m -> salah.add(new AturanBarisRenja.Salah("lokasi", m)));
        if (volume != null && volume.signum() < 0) {
            salah.add(new AturanBarisRenja.Salah("volume", Pesan.get("aktivitas.negatif")));
        } else {
            Kuantitas.masalah(volume, Pesan.get("aktivitas.volume"))
                    .ifPresent(m -> salah.add(new AturanBarisRenja.Salah("volume", m)));
        }
        if (pagu != null && pagu < 0) {
            salah.add(new AturanBarisRenja.Salah("pagu", Pesan.get("aktivitas.negatif")));
        } else {
            Rupiah.masalah(pagu, Pesan.get("aktivitas.pagu")).ifPresent(m -> salah.add(new AturanBarisRenja.Salah("pagu", m)));
        }
        if (salah.stream().noneMatch(x -> x.kolom().equals("lokasi"))) {
            organisasi.aturanLokasi(kecamatanId).masalah(lokasi)
                    .ifPresent(m -> salah.add(new AturanBarisRenja.Salah("lokasi", m)));
        }
        return salah;
    }

    /** Removes an Aktivitas; the row's pagu is the sum of the remaining ones (unchanged when none remains). */
    public void hapus(long renjaAktivitasId, long version) {
        RenjaAktivitas a = repo.findById(renjaAktivitasId).orElseThrow(DataTidakDitemukanException::new);
        RenjaBaris b = store.barisRepo.findById(a.renjaBarisId).orElseThrow(DataTidakDitemukanException::new);
        Renja renja = bolehUbah(b);
        if (a.version != version) {
            throw new ObjectOptimisticLockingFailureException(RenjaAktivitas.class, a.id);
        }
        repo.delete(a);
        repo.flush();
        hitungPagu(b);
        audit.catat(renja.kecamatanId, "HAPUS", "RenjaAktivitas", renja.id + ":" + a.kode, ringkas(a), null);
    }

    /** The same checks as saving the row itself (PengisianBagianService#simpanBaris), plus the kabupaten's switch. */
    private Renja bolehUbah(RenjaBaris b) {
        Renja renja = store.baca(b.renjaId);
        renja.wajibBelumDitetapkan();
        if (!akses.anggotaUnitDi(renja.kecamatanId, b.unitKerjaId)) {
            throw new AccessDeniedException(Pesan.get("akses.unitLain"));
        }
        store.bagian(renja, b.unitKerjaId).wajibDapatDiisi();
        proses.tugasIsi(renja, b.unitKerjaId);
        if (!organisasi.pakaiAktivitas(renja.kecamatanId)) {
            throw new AturanDilanggarException(Pesan.get("aktivitas.tidakDipakai"));
        }
        return renja;
    }

    /** The row's pagu: the sum of its Aktivitas' pagu, whenever it has any. */
    private void hitungPagu(RenjaBaris b) {
        List<RenjaAktivitas> semua = repo.findByRenjaBarisIdOrderByUrutanAscIdAsc(b.id);
        if (semua.isEmpty()) {
            return;
        }
        long jumlah = Rupiah.jumlah(semua.stream().map(x -> x.pagu).toList());
        Rupiah.periksa(jumlah, Pesan.get("bagianSaya.paguIndikatifRp"));
        if (!Objects.equals(b.pagu, jumlah)) {
            b.pagu = jumlah;
            store.barisRepo.saveAndFlush(b);
        }
    }

    /** The row's code and the next free number: 7.01.01.2.01.0001.3 after .1 and .2. */
    private static String kodeBaru(RenjaBaris b, List<RenjaAktivitas> ada) {
        int terbesar = 0;
        for (RenjaAktivitas a : ada) {
            String akhir = a.kode.substring(a.kode.lastIndexOf('.') + 1);
            if (akhir.matches("\\d{1,3}")) {
                terbesar = Math.max(terbesar, Integer.parseInt(akhir));
            }
        }
        if (terbesar >= 999) {
            throw new AturanDilanggarException(Pesan.get("aktivitas.terlaluBanyak"));
        }
        return b.kode + "." + (terbesar + 1);
    }

    static AktivitasRenja data(RenjaAktivitas a) {
        return new AktivitasRenja(a.id, a.renjaBarisId, a.kode, a.nama, a.volume, a.satuan, a.prioritas, a.pagu, a.lokasi,
                a.version);
    }

    private static String ringkas(RenjaAktivitas a) {
        return "nama=" + a.nama + "; volume=" + a.volume + "; satuan=" + a.satuan + "; prioritas=" + a.prioritas
                + "; pagu=" + a.pagu + "; lokasi=" + a.lokasi;
    }
}
