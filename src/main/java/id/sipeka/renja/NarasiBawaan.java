package id.sipeka.renja;

import java.util.ArrayList;
import java.util.List;

/**
 * The narrative parts of a Renja (GUIDE §4) and who writes them: the secretariat writes the framework chapters;
 * every unit writes its own part of 2.1 (evaluation of last year) and 3.3 (its programs and kegiatan).
 */
final class NarasiBawaan {

    record Bagian(String kode, String judul, Long unitKerjaId) {
    }

    private NarasiBawaan() {
    }

    /** The parts a unit writes (its 2.1 and 3.3): for a unit that joins a Renja already being filled. */
    static List<Bagian> milikUnit(long unitId) {
        return untuk(List.of(unitId)).stream().filter(b -> b.unitKerjaId() != null).toList();
    }

    static List<Bagian> untuk(List<Long> unitIds) {
        List<Bagian> semua = new ArrayList<>();
        semua.add(new Bagian("1.1", "Latar Belakang", null));
        semua.add(new Bagian("1.2", "Landasan Hukum", null));
        semua.add(new Bagian("1.3", "Maksud dan Tujuan", null));
        semua.add(new Bagian("1.4", "Sistematika Penulisan", null));
        for (Long unit : unitIds) {
            semua.add(new Bagian("2.1.u" + unit, "Evaluasi Pelaksanaan Renja Tahun Lalu", unit));
        }
        semua.add(new Bagian("2.2", "Analisis Kinerja Pelayanan", null));
        semua.add(new Bagian("2.3", "Isu-isu Penting", null));
        semua.add(new Bagian("2.4", "Review terhadap Rancangan Awal RKPD", null));
        semua.add(new Bagian("2.5", "Penelaahan Usulan Program dan Kegiatan Masyarakat", null));
        semua.add(new Bagian("3.1", "Telaahan terhadap Kebijakan Nasional", null));
        semua.add(new Bagian("3.2", "Tujuan dan Sasaran", null));
        for (Long unit : unitIds) {
            semua.add(new Bagian("3.3.u" + unit, "Program dan Kegiatan", unit));
        }
        semua.add(new Bagian("4", "Rencana Kerja dan Pendanaan", null));
        semua.add(new Bagian("5", "Penutup", null));
        return semua;
    }
}
