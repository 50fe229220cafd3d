package id.sipeka.renja;

/** Where an usulan (proposal) comes from. */
public enum SumberUsulan {
    MUSRENBANG_DESA("Musrenbang desa"), MUSRENBANG_KECAMATAN("Musrenbang kecamatan"), POKIR_DPRD("Pokir DPRD"),
    MASYARAKAT("Masyarakat");

    private final String label;

    SumberUsulan(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
