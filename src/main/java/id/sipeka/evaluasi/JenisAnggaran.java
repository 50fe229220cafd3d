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
        return Pesan.get("anggaran.jenis." + name());
    }
}
