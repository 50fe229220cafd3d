package id.sipeka.renja;

import static org.assertj.core.api.Assertions.assertThat;

import id.sipeka.Masuk;
import id.sipeka.organisasi.AkunService;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.renstra.ImporRenstraService;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.ObjectMapper;

/** A Renstra row's further indicators are printed with their own targets in the Renja's T-C.33 table. */
@SpringBootTest
class IndikatorLainRenjaTest {

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
    RenjaDokumenService dokumen;

    @Test
    void theRenjaTablePrintsEveryIndicatorOfAKegiatanAndASubKegiatanWithItsTargetOfTheYear() throws Exception {
        KecamatanUji kec = KecamatanUji.siapkan(organisasi, akun, impor, users, json, 1);
        Masuk.sebagai(users, "admin");
        impor.imporJson(kec.kecamatanId(), json.readTree("""
                {"tahunAwal": 2025, "tahunAkhir": 2029, "nomenklatur": [
                 {"kode": "7.01.02", "nama": "Program"},
                 {"kode": "7.01.02.2.04", "nama": "Kegiatan", "indikator": "Persentase dokumen tepat waktu", "satuan": "%",
                  "target": {"2026": 90, "2027": 95},
                  "indikatorLain": [{"indikator": "Rata-rata hari keterlambatan", "satuan": "Hari", "polaritas": "TURUN",
                                     "target": {"2026": 5, "2027": 3}}]},
                 {"kode": "7.01.02.2.04.0001", "nama": "Sub 0", "unit": "U0", "indikator": "Jumlah dokumen", "satuan": "Dokumen",
                  "target": {"2026": 12, "2027": 12}, "pagu": {"2026": 1000000},
                  "indikatorLain": [{"indikator": "Jumlah desa dibina", "satuan": "Desa", "target": {"2026": 7}}]}]}"""));
        Masuk.sebagai(users, kec.sekcam());
        long renjaId = renja.pembukaan().buka(kec.kecamatanId(), 2026, RenjaUji.batasDari(LocalDate.now())).id();

        TabelDibaca tc33 = TabelDibaca.dariDocx(dokumen.docx(renjaId).isi()).get("Tabel 3.1");

        List<String> kegiatan = baris(tc33, "7.01.02.2.04");
        assertThat(kegiatan.get(3)).isEqualTo("1) Persentase dokumen tepat waktu; 2) Rata-rata hari keterlambatan");
        assertThat(kegiatan.get(4)).isEqualTo("1) 90%; 2) 5 Hari");
        assertThat(kegiatan.get(8)).as("prakiraan maju").isEqualTo("1) 95%; 2) 3 Hari");
        List<String> sub = baris(tc33, "7.01.02.2.04.0001");
        assertThat(sub.get(3)).isEqualTo("1) Jumlah dokumen; 2) Jumlah desa dibina");
        assertThat(sub.get(4)).isEqualTo("1) 12 Dokumen; 2) 7 Desa");
        assertThat(sub.get(8)).as("a year without a target").isEqualTo("1) 12 Dokumen; 2) –");
    }

    private static List<String> baris(TabelDibaca tabel, String kode) {
        return tabel.baris().stream().filter(b -> b.getFirst().equals(kode)).findFirst().orElseThrow();
    }
}
