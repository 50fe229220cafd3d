package id.sipeka.dokumen;

import id.sipeka.base.FormatIndonesia;
import id.sipeka.base.Nip;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The signature block: {@code Kalaena Kiri, 30 Juni 2022} / {@code Plt. CAMAT KALAENA,} / name /
 * {@code Pangkat/Gol. : Pembina, IV/a} / {@code NIP : 19770329 200801 1 008}.
 *
 * @param tempat place of signing (the kecamatan's capital)
 * @param tanggal date of signing
 * @param pelaksana "Plt." or "Plh." when the signer acts for the office, otherwise {@code null}
 * @param jabatan the office, e.g. "CAMAT KALAENA"
 * @param nama the signer's name with titles
 * @param pangkatGolongan e.g. "Pembina, IV/a"
 * @param nip the signer's NIP; it also names the signer's key
 */
public record TandaTangan(String tempat, LocalDate tanggal, String pelaksana, String jabatan, String nama,
        String pangkatGolongan, Nip nip) implements Blok {

    public TandaTangan {
        Objects.requireNonNull(tempat, "tempat");
        Objects.requireNonNull(tanggal, "tanggal");
        Objects.requireNonNull(jabatan, "jabatan");
        Objects.requireNonNull(nama, "nama");
        Objects.requireNonNull(nip, "nip");
        if (pelaksana != null && !pelaksana.equals("Plt.") && !pelaksana.equals("Plh.")) {
            throw new IllegalArgumentException("pelaksana harus \"Plt.\" atau \"Plh.\"");
        }
    }

    public String tempatTanggal() {
        return tempat + ", " + FormatIndonesia.tanggal(tanggal);
    }

    /** "Plt. CAMAT KALAENA," — the prefix stays in front of the office, as signed on paper. */
    public String jabatanTertulis() {
        return (pelaksana == null ? "" : pelaksana + " ") + jabatan + ",";
    }

    public String pangkatTertulis() {
        return "Pangkat/Gol. : " + (pangkatGolongan == null ? "" : pangkatGolongan);
    }

    public String nipTertulis() {
        return "NIP : " + nip.tertulis();
    }
}
