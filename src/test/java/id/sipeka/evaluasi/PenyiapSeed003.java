package id.sipeka.evaluasi;

import id.sipeka.organisasi.AkunService;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.renja.LayananRenja;
import id.sipeka.renstra.RenstraService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * Tests only: makes a fresh {@link KecamatanSeed003} with the services it needs, so a test asks for one bean
 * instead of carrying seven fields it uses only for this.
 */
@Component
public class PenyiapSeed003 {

    private final OrganisasiService organisasi;
    private final AkunService akun;
    private final RenstraService renstra;
    private final LayananRenja renja;
    private final RencanaAksiService rencanaAksi;
    private final UserDetailsService users;
    private final ObjectMapper json;

    PenyiapSeed003(OrganisasiService organisasi, AkunService akun, RenstraService renstra, LayananRenja renja,
            RencanaAksiService rencanaAksi, UserDetailsService users, ObjectMapper json) {
        this.organisasi = organisasi;
        this.akun = akun;
        this.renstra = renstra;
        this.renja = renja;
        this.rencanaAksi = rencanaAksi;
        this.users = users;
        this.json = json;
    }

    /** Renja 2026 ditetapkan and both units' rencana aksi approved. */
    public KecamatanSeed003 siapkan() {
        return KecamatanSeed003.siapkan(organisasi, akun, renstra, renja, rencanaAksi, users, json);
    }

    /** Renja 2026 ditetapkan, the rencana aksi not yet entered. */
    public KecamatanSeed003 siapkanTanpaRencanaAksi() {
        return KecamatanSeed003.siapkanTanpaRencanaAksi(organisasi, akun, renstra, renja, users, json);
    }
}
