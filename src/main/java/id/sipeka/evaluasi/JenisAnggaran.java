package id.sipeka.evaluasi;

import id.sipeka.base.Pesan;

/** The budget lines of a kecamatan's year, in the order of the LKjIP budget table. */
public enum JenisAnggaran {
    PENDAPATAN(false),
    BELANJA_PEGAWAI(true),
    BELANJA_BARANG_JASA(true),
    BELANJA_MODAL(true);

    private final boolean belanja;

    JenisAnggaran(boolean belanja) {
        this.belanja = belanja;
    }

    /** Counts in the total belanja (pendapatan does not). */
    public boolean belanja() {
        return belanja;
    }

    /** The line's name as users read it ("Belanja Barang dan Jasa"). */
    public String label() {
        // keys written out, so TerjemahanLengkapTest sees each of them
        return switch (this) {
            case PENDAPATAN -> Pesan.get("anggaran.jenis.PENDAPATAN");
            case BELANJA_PEGAWAI -> Pesan.get("anggaran.jenis.BELANJA_PEGAWAI");
            case BELANJA_BARANG_JASA -> Pesan.get("anggaran.jenis.BELANJA_BARANG_JASA");
            case BELANJA_MODAL -> Pesan.get("anggaran.jenis.BELANJA_MODAL");
        };
    }
}
