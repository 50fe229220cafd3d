package id.sipeka.evaluasi;

import id.sipeka.audit.AuditService;
import id.sipeka.base.AturanDilanggarException;
import id.sipeka.base.FormatIndonesia;
import id.sipeka.base.Pesan;
import id.sipeka.evaluasi.SkalaPredikat.Rentang;
import id.sipeka.evaluasi.SkalaPredikatKabupaten.RentangTersimpan;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.security.Akses;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The predikat scale as a setting of the kabupaten (GUIDE §5). A kabupaten that never chose one uses
 * {@link SkalaPredikat#PERMENDAGRI_86}. Any signed-in user (and process or timer code running as the system user)
 * reads it; only the admin changes it, with optimistic locking and an audit entry old → new. A scale with a gap or an
 * overlap never gets here: building the {@link SkalaPredikat} refuses it, so nothing is stored.
 */
@Service
@Transactional
public class SkalaPredikatService {

    /** The {@link Pengaturan#version()} of a kabupaten that has no stored scale yet (it uses the default). */
    public static final long BELUM_DISIMPAN = -1;

    /** Largest boundary that fits DECIMAL(9,2). */
    private static final BigDecimal BATAS_TERBESAR = new BigDecimal("9999999.99");
    private static final int PANJANG_LABEL = 100;
    private static final int PANJANG_NAMA = 200;

    private final SkalaPredikatRepository repository;
    private final OrganisasiService organisasi;
    private final Akses akses;
    private final AuditService audit;

    SkalaPredikatService(SkalaPredikatRepository repository, OrganisasiService organisasi, Akses akses, AuditService audit) {
        this.repository = repository;
        this.organisasi = organisasi;
        this.akses = akses;
        this.audit = audit;
    }

    /**
     * A kabupaten's scale as stored, with the version to hand back to {@link #simpan}.
     *
     * @param bawaan true when nothing is stored and the Permendagri 86/2017 default applies ({@code version} is then
     *        {@link #BELUM_DISIMPAN})
     */
    public record Pengaturan(long kabupatenId, SkalaPredikat skala, boolean bawaan, long version) {
    }

    /** The scale of the kabupaten, or the Permendagri 86/2017 default when none is stored. */
    @Transactional(readOnly = true)
    public SkalaPredikat skala(long kabupatenId) {
        return pengaturan(kabupatenId).skala();
    }

    /** The scale that applies to a kecamatan: its kabupaten's. The user must be allowed to read the kecamatan. */
    @Transactional(readOnly = true)
    public SkalaPredikat skalaKecamatan(long kecamatanId) {
        return skala(organisasi.kecamatan(kecamatanId).kabupatenId());
    }

    @Transactional(readOnly = true)
    public Pengaturan pengaturan(long kabupatenId) {
        akses.wajibBacaKabupaten(kabupatenId);
        return repository.findByKabupatenId(kabupatenId)
                .map(s -> new Pengaturan(kabupatenId, skalaDari(s), false, s.version))
                .orElseGet(() -> new Pengaturan(kabupatenId, SkalaPredikat.PERMENDAGRI_86, true, BELUM_DISIMPAN));
    }

    /** The scales an admin can start from: the Permendagri 86/2017 default and the preset of the seeds' reports. */
    public List<SkalaPredikat> preset() {
        akses.pengguna(); // built-in constants, no kabupaten's data: any signed-in user
        return List.of(SkalaPredikat.PERMENDAGRI_86, SkalaPredikat.PRESET_LAPORAN);
    }

    /**
     * Admin only: stores the scale of the kabupaten.
     *
     * @param version the {@link Pengaturan#version()} that was read; if someone saved in between, the save is refused
     * @throws AturanDilanggarException (Indonesian message) for an invalid scale; nothing is stored
     * @throws ObjectOptimisticLockingFailureException when the stored scale changed since it was read
     */
    public Pengaturan simpan(long kabupatenId, SkalaPredikat skala, long version) {
        return simpan(kabupatenId, skala.nama(), skala.rentang(), version);
    }

    /**
     * Admin only: as {@link #simpan(long, SkalaPredikat, long)} from the ranges as typed; building the scale checks
     * them (no gap, no overlap, open ends, distinct labels), so a refused scale leaves the stored one untouched.
     */
    public Pengaturan simpan(long kabupatenId, String nama, List<Rentang> rentang, long version) {
        akses.wajibAdmin();
        if (organisasi.semuaKabupaten().stream().noneMatch(k -> k.id() == kabupatenId)) {
            throw new AturanDilanggarException(Pesan.get("skalaPredikat.kabupatenTidakAda"));
        }
        SkalaPredikat baru = periksa(nama, rentang);

        Optional<SkalaPredikatKabupaten> ada = repository.findByKabupatenId(kabupatenId);
        long versiSekarang = ada.map(s -> s.version).orElse(BELUM_DISIMPAN);
        if (versiSekarang != version) {
            throw new ObjectOptimisticLockingFailureException(SkalaPredikatKabupaten.class, kabupatenId);
        }
        SkalaPredikat lama = ada.map(SkalaPredikatService::skalaDari).orElse(null);
        if (baru.equals(lama)) {
            return pengaturan(kabupatenId);
        }
        SkalaPredikatKabupaten s = ada.orElseGet(() -> new SkalaPredikatKabupaten(kabupatenId));
        s.nama = baru.nama();
        s.rentang.clear();
        baru.rentang().forEach(r -> s.rentang.add(new RentangTersimpan(r.label(), r.dari(), r.sampai())));
        SkalaPredikatKabupaten tersimpan;
        try {
            tersimpan = repository.saveAndFlush(s);
        } catch (DataIntegrityViolationException e) {
            // Two admins saved the first scale of the same kabupaten at once: the unique key let one through.
            throw new ObjectOptimisticLockingFailureException(SkalaPredikatKabupaten.class, kabupatenId, e);
        }
        audit.catat(null, lama == null ? "TAMBAH" : "UBAH", "SkalaPredikat", kabupatenId,
                lama == null ? teks(SkalaPredikat.PERMENDAGRI_86) + " " + Pesan.get("skalaPredikat.auditBawaan") : teks(lama),
                teks(baru));
        return new Pengaturan(kabupatenId, skalaDari(tersimpan), false, tersimpan.version);
    }

    /** The scale in one line, as the audit log shows it: {@code Sangat Rendah < 51; Rendah 51 – < 66; …}. */
    public static String teks(SkalaPredikat skala) {
        return skala.nama() + ": " + skala.rentang().stream().map(r -> {
            if (r.dari() == null) {
                return r.label() + " < " + FormatIndonesia.angka(r.sampai());
            }
            if (r.sampai() == null) {
                return r.label() + " ≥ " + FormatIndonesia.angka(r.dari());
            }
            return r.label() + " " + FormatIndonesia.angka(r.dari()) + " – < " + FormatIndonesia.angka(r.sampai());
        }).collect(Collectors.joining("; "));
    }

    /** Builds the scale (which refuses gaps and overlaps) and checks what the table can hold. */
    private static SkalaPredikat periksa(String nama, List<Rentang> rentang) {
        if (nama == null || nama.isBlank()) {
            throw new AturanDilanggarException(Pesan.get("skalaPredikat.namaWajib"));
        }
        if (nama.strip().length() > PANJANG_NAMA) {
            throw new AturanDilanggarException(Pesan.get("skalaPredikat.namaTerlaluPanjang", PANJANG_NAMA));
        }
        List<Rentang> bersih = new ArrayList<>();
        for (Rentang r : rentang == null ? List.<Rentang>of() : rentang) {
            bersih.add(new Rentang(r.label() == null ? null : r.label().strip(), r.dari(), r.sampai()));
        }
        SkalaPredikat skala = new SkalaPredikat(nama.strip(), bersih);
        for (Rentang r : skala.rentang()) {
            if (r.label().length() > PANJANG_LABEL) {
                throw new AturanDilanggarException(Pesan.get("skalaPredikat.labelTerlaluPanjang", r.label(), PANJANG_LABEL));
            }
            periksaBatas(r.label(), r.dari());
            periksaBatas(r.label(), r.sampai());
        }
        return skala;
    }

    private static void periksaBatas(String label, BigDecimal batas) {
        if (batas == null) {
            return;
        }
        if (batas.signum() < 0) {
            throw new AturanDilanggarException(Pesan.get("skalaPredikat.batasNegatif", label));
        }
        // Predikat is taken from the capaian as shown (two decimals), so a finer boundary could never be met exactly;
        // the column would also round it silently.
        if (batas.stripTrailingZeros().scale() > 2) {
            throw new AturanDilanggarException(Pesan.get("skalaPredikat.batasDesimal", label));
        }
        if (batas.compareTo(BATAS_TERBESAR) > 0) {
            throw new AturanDilanggarException(Pesan.get("skalaPredikat.batasTerlaluBesar", label));
        }
    }

    private static SkalaPredikat skalaDari(SkalaPredikatKabupaten s) {
        return new SkalaPredikat(s.nama, s.rentang.stream()
                .map(r -> new Rentang(r.label(), normal(r.dari()), normal(r.sampai()))).toList());
    }

    /** DECIMAL(9,2) reads back 51.00: give 51, so a stored preset equals the preset. */
    private static BigDecimal normal(BigDecimal nilai) {
        if (nilai == null) {
            return null;
        }
        BigDecimal n = nilai.stripTrailingZeros();
        return n.scale() < 0 ? n.setScale(0) : n;
    }
}
