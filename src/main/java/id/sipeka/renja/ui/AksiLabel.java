package id.sipeka.renja.ui;

import java.util.Map;

/** Indonesian labels of the timeline's actions. */
final class AksiLabel {

    private static final Map<String, String> LABEL = Map.ofEntries(
            Map.entry("BUKA", "Renja dibuka"), Map.entry("BUKA_PERUBAHAN", "Renja Perubahan dibuka"),
            Map.entry("AJUKAN", "Bagian diajukan"), Map.entry("SETUJUI_BAGIAN", "Bagian disetujui"),
            Map.entry("KEMBALIKAN_BAGIAN", "Bagian dikembalikan"), Map.entry("SUSUN_RANCANGAN", "Rancangan disusun"),
            Map.entry("BERITA_ACARA", "Berita acara forum diunggah"), Map.entry("SELESAI_FORUM", "Forum selesai"),
            Map.entry("SETUJUI_RANCANGAN_AKHIR", "Rancangan akhir disetujui sekcam"),
            Map.entry("KEMBALIKAN_KE_SEKCAM", "Dikembalikan camat ke sekcam"), Map.entry("TETAPKAN", "Ditetapkan"));

    private AksiLabel() {
    }

    static String dari(String aksi) {
        return LABEL.getOrDefault(aksi, aksi);
    }
}
