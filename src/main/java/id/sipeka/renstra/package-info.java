/**
 * The Renstra: the kecamatan's 5-year plan. Nomenclature (program → kegiatan → sub kegiatan) with indicators,
 * yearly targets and pagu and a responsible unit per sub kegiatan; tujuan and sasaran with their indicators.
 * Program and kegiatan pagu are always computed from their sub kegiatan. Imported from XLSX or JSON, all or nothing.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Renstra",
        allowedDependencies = {"base", "base :: ui", "audit", "organisasi", "security"})
package id.sipeka.renstra;
