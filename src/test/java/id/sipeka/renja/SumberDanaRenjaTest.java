package id.sipeka.renja;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sipeka.Masuk;
import id.sipeka.base.AturanDilanggarException;
import id.sipeka.organisasi.AkunService;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.renja.RenjaData.BarisRenja;
import id.sipeka.renja.RenjaData.UbahBarisRenja;
import id.sipeka.renstra.ImporRenstraService;
import id.sipeka.renstra.SumberDanaService;
import id.sipeka.renstra.SumberDanaService.SumberDanaData;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.ObjectMapper;

/** A Renja row's sumber dana: the Renstra's as default, then only sources of the admin's active list. */
@SpringBootTest
class SumberDanaRenjaTest {

    @Autowired
    OrganisasiService organisasi;
    @Autowired
    AkunService akun;
    @Autowired
    ImporRenstraService impor;
    @Autowired
    UserDetailsService users;
    @Autowired
    ObjectMapper json;
    @Autowired
    LayananRenja renja;
    @Autowired
    SumberDanaService sumberDana;

    @Test
    void theRenstrasSourcesAreTheRowsDefaultAndARowMayOnlyNameActiveListedSources() {
        KecamatanUji kec = KecamatanUji.siapkan(organisasi, akun, impor, users, json, 2);
        Masuk.sebagai(users, "admin");
        // the same Renstra again, now with the planned sources of the first sub kegiatan
        impor.imporJson(kec.kecamatanId(), json.readTree("""
                {"tahunAwal": 2025, "tahunAkhir": 2029, "nomenklatur": [
                 {"kode": "7.01.02", "nama": "Program"}, {"kode": "7.01.02.2.04", "nama": "Kegiatan"},
                 {"kode": "7.01.02.2.04.0001", "nama": "Sub 0", "unit": "U0", "satuan": "Laporan", "target": {"2026": 4},
                  "pagu": {"2026": 1000000}, "sumberDana": "dau, PAD"},
                 {"kode": "7.01.02.2.04.0002", "nama": "Sub 1", "unit": "U1", "satuan": "Laporan", "target": {"2026": 4},
                  "pagu": {"2026": 1000000}}]}"""));
        String kode = "SILPA" + System.nanoTime() % 100000;
        SumberDanaData silpa = sumberDana.simpan(new SumberDanaData(null, kode, "Sisa lebih pembiayaan", true, 0));
        Masuk.sebagai(users, kec.sekcam());
        long renjaId = renja.pembukaan().buka(kec.kecamatanId(), 2026, RenjaUji.batasDari(LocalDate.now())).id();

        Masuk.sebagai(users, kec.kepala().get(0));
        BarisRenja b = renja.baca().barisUnit(renjaId, kec.unit().get(0)).getFirst();
        assertThat(b.sumberDana()).isEqualTo("DAU, PAD");
        assertThatThrownBy(() -> simpan(b, "DAU, Hibah Swasta")).isInstanceOf(AturanDilanggarException.class)
                .hasMessageContaining("\"Hibah Swasta\" tidak ada di daftar sumber dana yang aktif");
        assertThat(renja.baca().barisUnit(renjaId, kec.unit().get(0)).getFirst().sumberDana())
                .as("a refused row is left as it was").isEqualTo("DAU, PAD");
        BarisRenja disimpan = simpan(b, "dak, " + kode.toLowerCase());
        assertThat(disimpan.sumberDana()).isEqualTo("DAK, " + kode);

        Masuk.sebagai(users, "admin");
        sumberDana.simpan(new SumberDanaData(silpa.id(), kode, silpa.nama(), false, silpa.version()));
        Masuk.sebagai(users, kec.kepala().get(0));
        assertThatThrownBy(() -> simpan(disimpan, kode)).isInstanceOf(AturanDilanggarException.class)
                .hasMessageContaining("\"" + kode + "\" tidak ada di daftar sumber dana yang aktif");
    }

    private BarisRenja simpan(BarisRenja b, String sumber) {
        return renja.pengisian().simpanBaris(new UbahBarisRenja(b.id(), b.version(), b.indikator(), b.target(), b.lokasi(),
                b.pagu(), sumber, b.catatan(), b.targetMaju(), b.paguMaju()));
    }
}
