package id.sipeka.renja;

/** Where a Renja is in its cycle (Permendagri 86/2017 stages as the kecamatan works them). */
public enum Tahap {
    /** Units fill their sections; the sekcam reviews each. */
    PENYUSUNAN,
    /** All sections approved and compiled: the rancangan, waiting for the forum perangkat daerah. */
    FORUM,
    /** Units affected by the forum revise their rows. */
    REVISI,
    /** Waiting for the sekcam to approve the rancangan akhir. */
    RANCANGAN_AKHIR,
    /** Waiting for the camat to sign. */
    PENETAPAN,
    /** Signed and frozen: only a Renja Perubahan changes it. */
    DITETAPKAN
}
