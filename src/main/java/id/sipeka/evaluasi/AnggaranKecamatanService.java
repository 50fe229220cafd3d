package id.sipeka.evaluasi;

import id.sipeka.audit.AuditService;
import id.sipeka.base.AturanDilanggarException;
import id.sipeka.base.FormatIndonesia;
import id.sipeka.base.Pesan;
import id.sipeka.base.Rupiah;
import id.sipeka.evaluasi.AnggaranData.AnggaranTahun;
import id.sipeka.evaluasi.AnggaranData.BarisAnggaran;
import id.sipeka.evaluasi.AnggaranData.IsiAnggaran;
import id.sipeka.evaluasi.AnggaranData.JumlahAnggaran;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.security.Akses;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The budget lines of a kecamatan per year (pendapatan and belanja pegawai, barang dan jasa, modal), for the budget
 * table of the LKjIP. Whoever may read the kecamatan reads them; only its sekcam (also Plt./Plh.) or the admin
 * changes them. A year is saved as a whole in one transaction with optimistic locking per line: one bad or stale line
 * and nothing of the year is stored. Realisasi % and the total belanja are computed on every read, never stored.
 */
@Service
@Transactional
public class AnggaranKecamatanService {

    /** A year far outside any plan is a typing error, not a budget. */
    private static final int TAHUN_AWAL = 2000;
    private static final int TAHUN_AKHIR = 2100;

    private final AnggaranKecamatanRepository repository;
    private final OrganisasiService organisasi;
    private final Akses akses;
    private final AuditService audit;

    AnggaranKecamatanService(AnggaranKecamatanRepository repository, OrganisasiService organisasi, Akses akses,
            AuditService audit) {
        this.repository = repository;
        this.organisasi = organisasi;
        this.akses = akses;
        this.audit = audit;
    }

    /** The four lines of the year (empty ones included), the total belanja and whether the caller may change them. */
    @Transactional(readOnly = true)
    public AnggaranTahun baca(long kecamatanId, int tahun) {
        organisasi.kecamatan(kecamatanId); // checks read access, as if another kecamatan's data did not exist
        Map<JenisAnggaran, AnggaranKecamatan> ada = tersimpan(kecamatanId, tahun);
        List<BarisAnggaran> baris = new ArrayList<>();
        for (JenisAnggaran jenis : JenisAnggaran.values()) {
            AnggaranKecamatan a = ada.get(jenis);
            baris.add(a == null
                    ? new BarisAnggaran(jenis, null, null, null, AnggaranData.BELUM_DISIMPAN)
                    : new BarisAnggaran(jenis, a.anggaran, a.realisasi, Capaian.keuangan(a.anggaran, a.realisasi), a.version));
        }
        return new AnggaranTahun(kecamatanId, tahun, List.copyOf(baris), totalBelanja(baris), akses.bolehKelola(kecamatanId));
    }

    /**
     * Sekcam of the kecamatan or admin: stores the lines given (a line not given stays as it is).
     *
     * @throws AturanDilanggarException naming the line for a negative, too large or missing value; nothing is stored
     * @throws ObjectOptimisticLockingFailureException when a line changed since it was read; nothing is stored
     */
    public AnggaranTahun simpan(long kecamatanId, int tahun, List<IsiAnggaran> isi) {
        organisasi.kecamatan(kecamatanId);
        akses.wajibKelola(kecamatanId);
        if (tahun < TAHUN_AWAL || tahun > TAHUN_AKHIR) {
            throw new AturanDilanggarException(Pesan.get("anggaran.tahunTidakSah", TAHUN_AWAL, TAHUN_AKHIR));
        }
        Map<JenisAnggaran, IsiAnggaran> perJenis = periksa(isi);
        Map<JenisAnggaran, AnggaranKecamatan> ada = tersimpan(kecamatanId, tahun);
        // every version first: a stale line refuses the year before anything is written
        perJenis.forEach((jenis, i) -> {
            AnggaranKecamatan a = ada.get(jenis);
            long versi = a == null ? AnggaranData.BELUM_DISIMPAN : a.version;
            if (versi != i.version()) {
                throw new ObjectOptimisticLockingFailureException(Pesan.get("anggaran.berubah", jenis.label(), tahun),
                        null);
            }
        });
        try {
            perJenis.forEach((jenis, i) -> terapkan(kecamatanId, tahun, jenis, i, ada.get(jenis)));
            repository.flush();
        } catch (DataIntegrityViolationException e) {
            // two users saved the first lines of the same year at once: the unique key let one through
            throw new ObjectOptimisticLockingFailureException(Pesan.get("anggaran.berubahTahun", tahun), e);
        }
        return baca(kecamatanId, tahun);
    }

    private void terapkan(long kecamatanId, int tahun, JenisAnggaran jenis, IsiAnggaran i, AnggaranKecamatan a) {
        String lama = a == null ? null : teks(jenis, tahun, a.anggaran, a.realisasi);
        if (i.anggaran() == null) { // and no realisasi (checked): the line is not kept
            if (a != null) {
                repository.delete(a);
                audit.catat(kecamatanId, "HAPUS", "AnggaranKecamatan", a.id, lama, null);
            }
            return;
        }
        if (a != null && a.anggaran == i.anggaran() && Objects.equals(a.realisasi, i.realisasi())) {
            return; // unchanged: no new version, no audit entry
        }
        AnggaranKecamatan baris = a != null ? a : new AnggaranKecamatan(kecamatanId, tahun, jenis);
        baris.anggaran = i.anggaran();
        baris.realisasi = i.realisasi();
        AnggaranKecamatan disimpan = repository.save(baris);
        audit.catat(kecamatanId, a == null ? "TAMBAH" : "UBAH", "AnggaranKecamatan", disimpan.id, lama,
                teks(jenis, tahun, i.anggaran(), i.realisasi()));
    }

    /** Checks every line before anything is written; the message names the line and the field. */
    private static Map<JenisAnggaran, IsiAnggaran> periksa(List<IsiAnggaran> isi) {
        Map<JenisAnggaran, IsiAnggaran> perJenis = new EnumMap<>(JenisAnggaran.class);
        for (IsiAnggaran i : isi == null ? List.<IsiAnggaran>of() : isi) {
            if (i == null || i.jenis() == null) {
                throw new AturanDilanggarException(Pesan.get("anggaran.jenisWajib"));
            }
            if (perJenis.put(i.jenis(), i) != null) {
                throw new AturanDilanggarException(Pesan.get("anggaran.jenisGanda", i.jenis().label()));
            }
            Rupiah.periksa(i.anggaran(), Pesan.get("anggaran.fieldAnggaran", i.jenis().label()));
            Rupiah.periksa(i.realisasi(), Pesan.get("anggaran.fieldRealisasi", i.jenis().label()));
            if (i.anggaran() == null && i.realisasi() != null) {
                throw new AturanDilanggarException(Pesan.get("anggaran.anggaranWajib", i.jenis().label()));
            }
        }
        return perJenis;
    }

    private Map<JenisAnggaran, AnggaranKecamatan> tersimpan(long kecamatanId, int tahun) {
        Map<JenisAnggaran, AnggaranKecamatan> ada = new EnumMap<>(JenisAnggaran.class);
        repository.findByKecamatanIdAndTahun(kecamatanId, tahun).forEach(a -> ada.put(a.jenis, a));
        return ada;
    }

    /** See {@link JumlahAnggaran}: no total without a belanja line, no realisasi while one is missing. */
    private static JumlahAnggaran totalBelanja(List<BarisAnggaran> baris) {
        List<BarisAnggaran> belanja = baris.stream().filter(b -> b.jenis().belanja() && b.anggaran() != null).toList();
        if (belanja.isEmpty()) {
            return new JumlahAnggaran(null, null, null);
        }
        Long anggaran = Rupiah.jumlah(belanja.stream().map(BarisAnggaran::anggaran).toList());
        Long realisasi = belanja.stream().anyMatch(b -> b.realisasi() == null) ? null
                : Rupiah.jumlah(belanja.stream().map(BarisAnggaran::realisasi).toList());
        return new JumlahAnggaran(anggaran, realisasi, Capaian.keuangan(anggaran, realisasi));
    }

    /** The line in one line, as the audit log shows it. */
    private static String teks(JenisAnggaran jenis, int tahun, long anggaran, Long realisasi) {
        return Pesan.get("anggaran.audit", jenis.label(), tahun, FormatIndonesia.rupiah(anggaran),
                realisasi == null ? "–" : FormatIndonesia.rupiah(realisasi));
    }
}
