/**
 * The organisation of a deployment: kabupaten, its kecamatan, their desa and unit kerja, pegawai, accounts and
 * acting assignments (Plt./Plh.). All data of a kecamatan stays in that kecamatan.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisasi",
        allowedDependencies = {"base", "base :: ui", "audit", "security"})
package id.sipeka.organisasi;
