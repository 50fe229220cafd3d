package id.sipeka.organisasi;

import java.util.Arrays;
import java.util.Optional;

/** The official list of pangkat and golongan/ruang of PNS (PP 99/2000). Written {@code Pembina, IV/a}. */
public enum PangkatGolongan {
    I_A("Juru Muda", "I/a"),
    I_B("Juru Muda Tingkat I", "I/b"),
    I_C("Juru", "I/c"),
    I_D("Juru Tingkat I", "I/d"),
    II_A("Pengatur Muda", "II/a"),
    II_B("Pengatur Muda Tingkat I", "II/b"),
    II_C("Pengatur", "II/c"),
    II_D("Pengatur Tingkat I", "II/d"),
    III_A("Penata Muda", "III/a"),
    III_B("Penata Muda Tingkat I", "III/b"),
    III_C("Penata", "III/c"),
    III_D("Penata Tingkat I", "III/d"),
    IV_A("Pembina", "IV/a"),
    IV_B("Pembina Tingkat I", "IV/b"),
    IV_C("Pembina Utama Muda", "IV/c"),
    IV_D("Pembina Utama Madya", "IV/d"),
    IV_E("Pembina Utama", "IV/e");

    private final String pangkat;
    private final String golongan;

    PangkatGolongan(String pangkat, String golongan) {
        this.pangkat = pangkat;
        this.golongan = golongan;
    }

    public String pangkat() {
        return pangkat;
    }

    public String golongan() {
        return golongan;
    }

    /** {@code Pembina, IV/a}. */
    public String tertulis() {
        return pangkat + ", " + golongan;
    }

    /** Finds by golongan ("IV/a", case-insensitive). */
    public static Optional<PangkatGolongan> dariGolongan(String golongan) {
        return Arrays.stream(values()).filter(p -> p.golongan.equalsIgnoreCase(golongan == null ? "" : golongan.strip()))
                .findFirst();
    }
}
