/**
 * Quarterly evaluation of the Renja (processes/evaluasi-triwulan.bpmn20.xml): rencana aksi, perjanjian kinerja,
 * each unit's laporan evaluasi triwulan, verification by the sekcam and sign-off by the camat, the kecamatan recap
 * and the year's evaluation that becomes BAB II of a later Renja. Every capaian and predikat is computed in
 * {@link id.sipeka.evaluasi.Capaian} and {@link id.sipeka.evaluasi.SkalaPredikat}, nowhere else.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Evaluasi",
        allowedDependencies = {"base", "base :: ui", "audit", "dokumen", "dokumen :: ui", "inbox", "kalender", "notifikasi", "organisasi", "renja",
                "renstra", "security"})
package id.sipeka.evaluasi;
