/**
 * The Renja (Rencana Kerja) of a kecamatan for year N and its cycle on Flowable (processes/renja.bpmn20.xml):
 * each unit fills its section, the sekcam reviews, forum perangkat daerah, revision, rancangan akhir, penetapan by
 * the camat, and the Renja Perubahan. Rows start from the Renstra's year-N targets and pagu; program and kegiatan
 * values are always computed.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Renja",
        allowedDependencies = {"base", "base :: ui", "audit", "dokumen", "dokumen :: ui", "inbox", "kalender", "notifikasi", "organisasi", "renstra", "security"})
package id.sipeka.renja;
