package id.sipeka.renja;

import id.sipeka.renja.AktivitasRenjaData.AktivitasRenja;
import id.sipeka.renja.RenjaData.BarisRenja;
import id.sipeka.renja.RenjaData.IndikatorLainRenja;
import id.sipeka.renja.RenjaData.Perbedaan;
import id.sipeka.renja.RenjaData.Versi;
import id.sipeka.security.Akses;
import id.sipeka.security.PenggunaSipeka;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
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
            bedaIndikatorLain(hasil, b.kode(), a.indikatorLain(), b.indikatorLain());
            bedaAktivitas(hasil, b.kode(), a.aktivitas(), b.aktivitas());
        }
        return hasil;
    }

    /** The further indicators (issue 13) by number: "Indikator ke-2", "Target indikator ke-2", … */
    private static void bedaIndikatorLain(List<Perbedaan> hasil, String kode, List<IndikatorLainRenja> lama,
            List<IndikatorLainRenja> baru) {
        Map<Integer, IndikatorLainRenja> a = lama.stream()
                .collect(Collectors.toMap(IndikatorLainRenja::urutan, Function.identity()));
        Map<Integer, IndikatorLainRenja> b = baru.stream()
                .collect(Collectors.toMap(IndikatorLainRenja::urutan, Function.identity()));
        SortedSet<Integer> semua = new TreeSet<>(a.keySet());
        semua.addAll(b.keySet());
        for (int k : semua) {
            IndikatorLainRenja x = a.get(k);
            IndikatorLainRenja y = b.get(k);
            beda(hasil, kode, "Indikator ke-" + k, x == null ? null : x.indikator(), y == null ? null : y.indikator());
            beda(hasil, kode, "Target indikator ke-" + k, x == null ? null : angka(x.target()),
                    y == null ? null : angka(y.target()));
            beda(hasil, kode, "Target N+1 indikator ke-" + k, x == null ? null : angka(x.targetMaju()),
                    y == null ? null : angka(y.targetMaju()));
        }
    }

    /** The row's Aktivitas by code: one added or removed is named as such, a changed one per field. */
    private static void bedaAktivitas(List<Perbedaan> hasil, String kode, List<AktivitasRenja> lama,
            List<AktivitasRenja> baru) {
        Map<String, AktivitasRenja> a = lama.stream().collect(Collectors.toMap(AktivitasRenja::kode, Function.identity()));
        Map<String, AktivitasRenja> b = baru.stream().collect(Collectors.toMap(AktivitasRenja::kode, Function.identity()));
        SortedSet<String> semua = new TreeSet<>(a.keySet());
        semua.addAll(b.keySet());
        for (String k : semua) {
            AktivitasRenja x = a.get(k);
            AktivitasRenja y = b.get(k);
            String label = "Aktivitas " + k;
            if (x == null || y == null) {
                hasil.add(new Perbedaan(kode, label, x == null ? null : x.nama(), y == null ? null : y.nama()));
                continue;
            }
            beda(hasil, kode, label + " nama", x.nama(), y.nama());
            beda(hasil, kode, label + " volume", angka(x.volume()), angka(y.volume()));
            beda(hasil, kode, label + " satuan", x.satuan(), y.satuan());
            beda(hasil, kode, label + " prioritas", x.prioritas(), y.prioritas());
            beda(hasil, kode, label + " lokasi", x.lokasi(), y.lokasi());
            beda(hasil, kode, label + " pagu", x.pagu(), y.pagu());
        }
    }

    private static void beda(List<Perbedaan> hasil, String kode, String kolom, Object lama, Object baru) {
        if (!Objects.equals(lama, baru)) {
            hasil.add(new Perbedaan(kode, kolom, lama == null ? null : teks(lama), baru == null ? null : teks(baru)));
        }
    }

    private static String teks(Object nilai) {
        return nilai instanceof Long rp ? id.sipeka.base.FormatIndonesia.rupiah(rp) : nilai.toString();
    }

    private static String angka(BigDecimal v) {
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
