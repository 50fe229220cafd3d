package id.sipeka.renstra;

import id.sipeka.audit.AuditService;
import id.sipeka.base.AturanDilanggarException;
import id.sipeka.base.BatasTeks;
import id.sipeka.base.DataTidakDitemukanException;
import id.sipeka.base.Pesan;
import id.sipeka.security.Akses;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The list of funding sources (sumber dana) that Renstra sub kegiatan and Renja rows may name, one or several separated
 * by commas. Read by everyone signed in; kept by the admin. A source is switched off instead of deleted: rows that
 * already name it stay readable, new entries may no longer choose it.
 */
@Service
@Transactional
public class SumberDanaService {

    static final int PANJANG_KODE = 30;
    static final int PANJANG_NAMA = 200;

    private final SumberDanaRepository repository;
    private final Akses akses;
    private final AuditService audit;

    SumberDanaService(SumberDanaRepository repository, Akses akses, AuditService audit) {
        this.repository = repository;
        this.akses = akses;
        this.audit = audit;
    }

    /** The whole list, switched-off sources included, in the admin's order. */
    @Transactional(readOnly = true)
    public List<SumberDanaData> daftar() {
        akses.pengguna();
        return repository.findAllByOrderByUrutanAscKodeAsc().stream().map(SumberDanaService::data).toList();
    }

    /** The codes a new entry may choose. */
    @Transactional(readOnly = true)
    public List<String> pilihan() {
        return daftar().stream().filter(SumberDanaData::aktif).map(SumberDanaData::kode).toList();
    }

    /**
     * Checks a typed sumber dana ("DAU" or "DAU, PAD") against the active list, codes matched without regard to case.
     *
     * @return the text with each part written as its listed code, or empty when blank
     * @throws AturanDilanggarException naming the part that is not on the list
     */
    @Transactional(readOnly = true)
    public Optional<String> baku(String teks) {
        akses.pengguna();
        return Pemeriksa.dari(repository.findAllByOrderByUrutanAscKodeAsc()).baku(teks);
    }

    /** The same check for many values in one read of the list (an import file). */
    @Transactional(readOnly = true)
    public Pemeriksa pemeriksa() {
        akses.pengguna();
        return Pemeriksa.dari(repository.findAllByOrderByUrutanAscKodeAsc());
    }

    /** Adds or changes a source; its code stays unique. */
    public SumberDanaData simpan(SumberDanaData data) {
        akses.wajibAdmin();
        String kode = data.kode() == null ? "" : data.kode().strip();
        String nama = data.nama() == null ? "" : data.nama().strip();
        if (kode.isEmpty()) {
            throw new AturanDilanggarException(Pesan.get("sumberDana.kodeWajib"));
        }
        if (kode.contains(",")) {
            throw new AturanDilanggarException(Pesan.get("sumberDana.kodeKoma"));
        }
        if (nama.isEmpty()) {
            throw new AturanDilanggarException(Pesan.get("sumberDana.namaWajib"));
        }
        BatasTeks.periksa(kode, PANJANG_KODE, Pesan.get("sumberDana.kolomKode"));
        BatasTeks.periksa(nama, PANJANG_NAMA, Pesan.get("sumberDana.kolomNama"));
        repository.findByKodeIgnoreCase(kode).filter(lain -> !lain.id.equals(data.id())).ifPresent(lain -> {
            throw new AturanDilanggarException(Pesan.get("sumberDana.kodeGanda", lain.kode));
        });
        SumberDana s;
        String lama = null;
        if (data.id() == null) {
            s = new SumberDana(kode);
            s.urutan = repository.findAllByOrderByUrutanAscKodeAsc().stream().mapToInt(x -> x.urutan).max().orElse(0) + 1;
        } else {
            s = repository.findById(data.id()).orElseThrow(DataTidakDitemukanException::new);
            if (s.version != data.version()) {
                throw new ObjectOptimisticLockingFailureException(SumberDana.class, data.id());
            }
            lama = ringkas(s);
        }
        s.kode = kode;
        s.nama = nama;
        s.aktif = data.aktif();
        s = repository.saveAndFlush(s);
        audit.catat(null, data.id() == null ? "TAMBAH" : "UBAH", "SUMBER_DANA", s.id, lama, ringkas(s));
        return data(s);
    }

    private static String ringkas(SumberDana s) {
        return s.kode + " – " + s.nama + (s.aktif ? "" : " (tidak aktif)");
    }

    private static SumberDanaData data(SumberDana s) {
        return new SumberDanaData(s.id, s.kode, s.nama, s.aktif, s.version);
    }

    /** A funding source as the admin's screen shows and edits it; {@code id} null for a new one. */
    public record SumberDanaData(Long id, String kode, String nama, boolean aktif, long version) {
    }

    /** Checks typed sumber dana against one read of the list. */
    public static final class Pemeriksa {

        /** Active codes by their lower-case form, in the admin's order. */
        private final Map<String, String> aktif;

        private Pemeriksa(Map<String, String> aktif) {
            this.aktif = aktif;
        }

        static Pemeriksa dari(List<SumberDana> semua) {
            Map<String, String> aktif = new LinkedHashMap<>();
            semua.stream().filter(s -> s.aktif).forEach(s -> aktif.putIfAbsent(s.kode.toLowerCase(Locale.ROOT), s.kode));
            return new Pemeriksa(aktif);
        }

        /** The problem of a typed value, if any: the parts that are not active sources. */
        public Optional<String> masalah(String teks) {
            List<String> asing = bagian(teks).stream().filter(b -> !aktif.containsKey(b.toLowerCase(Locale.ROOT)))
                    .toList();
            return asing.isEmpty() ? Optional.empty()
                    : Optional.of(Pesan.get("sumberDana.tidakDikenal", String.join(", ", asing),
                            String.join(", ", aktif.values())));
        }

        /**
         * The value with each part written as its listed code, once; empty for a blank value.
         *
         * @throws AturanDilanggarException naming the parts that are not active sources
         */
        public Optional<String> baku(String teks) {
            masalah(teks).ifPresent(p -> {
                throw new AturanDilanggarException(p);
            });
            Set<String> kode = new LinkedHashSet<>();
            bagian(teks).forEach(b -> kode.add(aktif.get(b.toLowerCase(Locale.ROOT))));
            return kode.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", kode));
        }

        private static List<String> bagian(String teks) {
            if (teks == null) {
                return List.of();
            }
            return Arrays.stream(teks.split(",")).map(String::strip).filter(b -> !b.isEmpty()).toList();
        }
    }
}
