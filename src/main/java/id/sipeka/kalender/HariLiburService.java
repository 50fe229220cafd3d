package id.sipeka.kalender;

import id.sipeka.audit.AuditService;
import id.sipeka.base.AturanDilanggarException;
import id.sipeka.base.BatasTeks;
import id.sipeka.base.DataTidakDitemukanException;
import id.sipeka.base.FormatIndonesia;
import id.sipeka.base.Pesan;
import id.sipeka.security.Akses;
import java.time.LocalDate;
import java.util.List;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The holiday table: read by everyone signed in, kept by the admin from each year's SKB 3 Menteri. */
@Service
public class HariLiburService {

    static final int PANJANG_NAMA = 200;
    static final int PANJANG_DASAR = 200;

    private final HariLiburRepository repository;
    private final KalenderKerja kalender;
    private final Akses akses;
    private final AuditService audit;

    HariLiburService(HariLiburRepository repository, KalenderKerja kalender, Akses akses, AuditService audit) {
        this.repository = repository;
        this.kalender = kalender;
        this.akses = akses;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<HariLiburData> daftar(int tahun) {
        akses.pengguna();
        return repository.findByTanggalBetweenOrderByTanggal(LocalDate.of(tahun, 1, 1), LocalDate.of(tahun, 12, 31))
                .stream().map(HariLiburService::data).toList();
    }

    /** Adds or changes a day off; saving a computed-ahead date confirms it (no longer perkiraan). */
    @Transactional
    public HariLiburData simpan(HariLiburData data) {
        akses.wajibAdmin();
        if (data.tanggal() == null) {
            throw new AturanDilanggarException(Pesan.get("hariLibur.tanggalWajib"));
        }
        String nama = data.nama() == null ? "" : data.nama().strip();
        if (nama.isEmpty()) {
            throw new AturanDilanggarException(Pesan.get("hariLibur.namaWajib"));
        }
        BatasTeks.periksa(nama, PANJANG_NAMA, Pesan.get("hariLibur.kolomNama"));
        String dasar = data.dasar() == null || data.dasar().isBlank() ? null : data.dasar().strip();
        BatasTeks.periksa(dasar, PANJANG_DASAR, Pesan.get("hariLibur.kolomDasar"));
        if (data.jenis() == null) {
            throw new AturanDilanggarException(Pesan.get("hariLibur.jenisWajib"));
        }
        repository.findByTanggal(data.tanggal()).filter(lain -> !lain.id.equals(data.id())).ifPresent(lain -> {
            throw new AturanDilanggarException(Pesan.get("hariLibur.tanggalGanda",
                    FormatIndonesia.tanggal(data.tanggal()), lain.nama));
        });
        HariLibur h = data.id() == null ? new HariLibur(data.tanggal()) : ambil(data.id(), data.version());
        String lama = data.id() == null ? null : ringkas(h);
        h.tanggal = data.tanggal();
        h.nama = nama;
        h.jenis = data.jenis();
        h.dasar = dasar;
        h.perkiraan = false;
        h = repository.saveAndFlush(h);
        audit.catat(null, data.id() == null ? "TAMBAH" : "UBAH", "HARI_LIBUR", h.id, lama, ringkas(h));
        kalender.berubah();
        return data(h);
    }

    @Transactional
    public void hapus(long id, long version) {
        akses.wajibAdmin();
        HariLibur h = ambil(id, version);
        repository.delete(h);
        repository.flush();
        audit.catat(null, "HAPUS", "HARI_LIBUR", id, ringkas(h), null);
        kalender.berubah();
    }

    private HariLibur ambil(long id, long version) {
        HariLibur h = repository.findById(id).orElseThrow(DataTidakDitemukanException::new);
        if (h.version != version) {
            throw new ObjectOptimisticLockingFailureException(HariLibur.class, id);
        }
        return h;
    }

    private static String ringkas(HariLibur h) {
        return h.tanggal + " " + h.jenis + " " + h.nama;
    }

    private static HariLiburData data(HariLibur h) {
        return new HariLiburData(h.id, h.tanggal, h.nama, h.jenis, h.dasar, h.perkiraan, h.version);
    }

    /** A day off as the screen shows and edits it; {@code id} null for a new one. */
    public record HariLiburData(Long id, LocalDate tanggal, String nama, JenisLibur jenis, String dasar, boolean perkiraan,
            long version) {
    }
}
