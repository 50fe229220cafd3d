package id.sipeka.security;

import java.time.LocalDate;

/**
 * An acting assignment: {@code jenis} is "Plt." or "Plh."; the holder has {@code peran} (for KEPALA_UNIT: of
 * {@code unitKerjaId}) only from {@code mulai} to {@code selesai}, both inclusive.
 */
public record Penugasan(String jenis, Peran peran, Long unitKerjaId, String jabatan, LocalDate mulai, LocalDate selesai) {

    public boolean berlakuPada(LocalDate tanggal) {
        return !tanggal.isBefore(mulai) && !tanggal.isAfter(selesai);
    }

    /** {@code Plt. Camat Kalaena}: how the acting person signs. */
    public String jabatanTertulis() {
        return jenis + " " + jabatan;
    }
}
