package id.sipeka.renja;

import id.sipeka.renja.RenjaData.BarisRenja;
import id.sipeka.renja.RenjaData.Perbedaan;
import id.sipeka.renja.RenjaData.Versi;
import id.sipeka.security.Akses;
import id.sipeka.security.PenggunaSipeka;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/** Freezes the rows at a stage and compares any frozen version with another list of rows, field by field. */
@Component
class RenjaVersiBeku {

    private final RenjaVersiRepository repo;
    private final ObjectMapper json;
    private final Akses akses;
    private final Clock clock;

    RenjaVersiBeku(RenjaVersiRepository repo, ObjectMapper json, Akses akses, Clock clock) {
        this.repo = repo;
        this.json = json;
        this.akses = akses;
        this.clock = clock;
    }

    void bekukan(long renjaId, Tahap tahap, List<BarisRenja> baris) {
        RenjaVersi v = new RenjaVersi();
        v.renjaId = renjaId;
        v.tahap = tahap;
        v.nomor = (int) repo.countByRenjaId(renjaId) + 1; // counted, not every frozen version's JSON loaded
        v.dibuatPada = clock.instant();
        v.dibuatOleh = akses.penggunaOpsional().map(PenggunaSipeka::getUsername).orElse("sistem");
        v.isi = json.writeValueAsString(baris);
        repo.save(v);
    }

    List<Versi> daftar(long renjaId) {
        return repo.findByRenjaIdOrderByNomor(renjaId).stream()
                .map(v -> new Versi(v.id, v.nomor, v.tahap, v.dibuatPada, v.dibuatOleh)).toList();
    }

    List<BarisRenja> isi(long renjaId, int nomor) {
        RenjaVersi v = repo.findByRenjaIdOrderByNomor(renjaId).stream().filter(x -> x.nomor == nomor).findFirst()
                .orElseThrow();
        return json.readValue(v.isi, new TypeReference<List<BarisRenja>>() { });
    }

    /** The rows as frozen at penetapan (the latest DITETAPKAN version), if the Renja was ditetapkan. */
    Optional<List<BarisRenja>> isiDitetapkan(long renjaId) {
        return repo.findByRenjaIdOrderByNomor(renjaId).stream().filter(v -> v.tahap == Tahap.DITETAPKAN)
                .reduce((a, b) -> b)
                .map(v -> json.readValue(v.isi, new TypeReference<List<BarisRenja>>() { }));
    }

    /** What changed from {@code lama} to {@code baru}, per row (by code) and field. */
    static List<Perbedaan> banding(List<BarisRenja> lama, List<BarisRenja> baru) {
        Map<String, BarisRenja> lamaPerKode = lama.stream().collect(Collectors.toMap(BarisRenja::kode, Function.identity()));
        List<Perbedaan> hasil = new ArrayList<>();
        for (BarisRenja b : baru) {
            BarisRenja a = lamaPerKode.get(b.kode());
            if (a == null) {
                hasil.add(new Perbedaan(b.kode(), "baris", null, "baru"));
                continue;
            }
            beda(hasil, b.kode(), "Indikator", a.indikator(), b.indikator());
            beda(hasil, b.kode(), "Target", angka(a.target()), angka(b.target()));
            beda(hasil, b.kode(), "Lokasi", a.lokasi(), b.lokasi());
            beda(hasil, b.kode(), "Pagu indikatif", a.pagu(), b.pagu());
            beda(hasil, b.kode(), "Sumber dana", a.sumberDana(), b.sumberDana());
            beda(hasil, b.kode(), "Catatan penting", a.catatan(), b.catatan());
            beda(hasil, b.kode(), "Target N+1", angka(a.targetMaju()), angka(b.targetMaju()));
            beda(hasil, b.kode(), "Pagu N+1", a.paguMaju(), b.paguMaju());
        }
        return hasil;
    }

    private static void beda(List<Perbedaan> hasil, String kode, String kolom, Object lama, Object baru) {
        if (!Objects.equals(lama, baru)) {
            hasil.add(new Perbedaan(kode, kolom, lama == null ? null : teks(lama), baru == null ? null : teks(baru)));
        }
    }

    private static String teks(Object nilai) {
        return nilai instanceof Long rp ? id.sipeka.base.FormatIndonesia.rupiah(rp) : nilai.toString();
    }

    private static String angka(java.math.BigDecimal v) {
        return v == null ? null : id.sipeka.base.FormatIndonesia.angka(v);
    }

    static String sha256(byte[] isi) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(isi));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
