package id.sipeka.organisasi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sipeka.Masuk;
import id.sipeka.base.AturanDilanggarException;
import id.sipeka.organisasi.OrganisasiData.DesaData;
import id.sipeka.organisasi.OrganisasiData.PegawaiData;
import id.sipeka.organisasi.OrganisasiData.UnitData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The admin screens' texts (hardening finding 5): a name longer than its column is refused with a message naming the
 * field, before the database would answer with a server error, and nothing is stored.
 */
@SpringBootTest
class OrganisasiBatasTest {

    private static final String SERATUS_RIBU = "x".repeat(100_000);

    @Autowired
    OrganisasiService organisasi;
    @Autowired
    AkunService akunService;
    @Autowired
    UserDetailsService users;

    long kalaena;

    @BeforeEach
    void masuk() {
        Masuk.sebagai(users, "admin");
        kalaena = organisasi.kecamatanDenganKode("KALAENA").orElseThrow().id();
    }

    @AfterEach
    void keluar() {
        Masuk.keluar();
    }

    @Test
    void aHundredThousandCharacterNameIsRefusedNamingTheFieldAndNothingIsStored() {
        int pegawai = organisasi.pegawai(kalaena).size();
        int desa = organisasi.desa(kalaena).size();

        assertThatThrownBy(() -> organisasi.simpanPegawai(new PegawaiData(null, kalaena, null, SERATUS_RIBU, null, null,
                "Staf", 0))).isInstanceOf(AturanDilanggarException.class)
                .hasMessage("Nama terlalu panjang: 100.000 karakter, paling banyak 200.");
        assertThatThrownBy(() -> organisasi.simpanDesa(new DesaData(null, kalaena, SERATUS_RIBU, null, 0)))
                .isInstanceOf(AturanDilanggarException.class).hasMessageStartingWith("Nama terlalu panjang");
        assertThatThrownBy(() -> organisasi.simpanUnit(new UnitData(null, kalaena, "SEKSI-X", "Seksi X", JenisUnit.values()[0],
                "y".repeat(201), 9, 0))).isInstanceOf(AturanDilanggarException.class)
                .hasMessage("Jabatan kepala terlalu panjang: 201 karakter, paling banyak 200.");

        assertThat(organisasi.pegawai(kalaena)).hasSize(pegawai);
        assertThat(organisasi.desa(kalaena)).hasSize(desa);
    }

    @Test
    void aPasswordLongerThanBcryptReadsIsRefusedWithAMessage() {
        long pegawai = organisasi.pegawai(kalaena).getFirst().id();
        assertThatThrownBy(() -> akunService.buat("uji.sandi.panjang", "p".repeat(100), id.sipeka.security.Peran.STAF,
                pegawai, null)).isInstanceOf(AturanDilanggarException.class).hasMessageStartingWith("Kata sandi terlalu panjang");
    }
}
