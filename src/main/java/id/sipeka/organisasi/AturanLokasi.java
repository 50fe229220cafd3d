package id.sipeka.organisasi;

import id.sipeka.base.Pesan;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where a planned activity takes place: "Kecamatan X" or "Desa Y" of the kecamatan's desa, several separated by
 * commas ("Desa Bayondo, Desa Kalaena Kiri"). One rule for the Renja rows, the Renstra import's Lokasi column and the
 * Aktivitas, so a lokasi the Renstra accepts is one the Renja accepts too.
 */
public final class AturanLokasi {

    private final String kecamatan;
    private final Set<String> sah = new HashSet<>();

    AturanLokasi(String namaKecamatan, List<String> namaDesa) {
        this.kecamatan = "Kecamatan " + namaKecamatan;
        sah.add(kecamatan);
        namaDesa.forEach(d -> sah.add("Desa " + d));
    }

    /** Why the lokasi is not valid (the first part that is not), or empty when it is, or when it is blank. */
    public Optional<String> masalah(String lokasi) {
        if (lokasi == null || lokasi.isBlank()) {
            return Optional.empty();
        }
        for (String bagian : lokasi.split(",")) {
            if (!sah.contains(bagian.strip())) {
                return Optional.of(Pesan.get("renja.lokasiTidakSah", bagian.strip()));
            }
        }
        return Optional.empty();
    }

    /** The lokasi of a whole kecamatan, the Renja row's default: "Kecamatan X". */
    public String seluruhKecamatan() {
        return kecamatan;
    }
}
