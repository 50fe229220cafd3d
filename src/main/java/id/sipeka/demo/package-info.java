/**
 * Demo data for the embedded default: Kecamatan Kalaena (Kabupaten Luwu Timur) with its desa, units, people,
 * logins and Renstra 2025–2029, and a small second kecamatan that proves the two never mix. Loaded through the
 * same services and the same Renstra import that users use.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo",
        allowedDependencies = {"base", "evaluasi", "organisasi", "renja", "renstra", "security"})
package id.sipeka.demo;
