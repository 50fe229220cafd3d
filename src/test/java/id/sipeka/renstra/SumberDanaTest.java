package id.sipeka.renstra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sipeka.base.AturanDilanggarException;
import id.sipeka.organisasi.OrganisasiData.KecamatanData;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.renstra.RenstraData.BarisRenstra;
import id.sipeka.renstra.RenstraData.RenstraLengkap;
import id.sipeka.renstra.SumberDanaService.SumberDanaData;
import java.io.ByteArrayInputStream;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import tools.jackson.databind.ObjectMapper;

/** The admin's sumber dana list and the Renstra import's Sumber Dana column, on MariaDB. */
@SpringBootTest
@WithUserDetails("admin")
class SumberDanaTest {

    private static final AtomicInteger NOMOR = new AtomicInteger();

    @Autowired
    SumberDanaService sumberDana;
    @Autowired
    ImporRenstraService impor;
    @Autowired
    RenstraService renstra;
    @Autowired
    OrganisasiService organisasi;
    @Autowired
    ObjectMapper json;

    @Test
    void theListHoldsTheUsualSourcesAndTheAdminAddsRenamesAndSwitchesOneOff() {
        assertThat(sumberDana.pilihan()).contains("APBD", "DAU", "DAK", "DBH", "PAD", "BANKEU");
        String kode = "SILPA" + NOMOR.incrementAndGet() + System.nanoTime() % 1000;

        SumberDanaData baru = sumberDana.simpan(new SumberDanaData(null, " " + kode + " ", "Sisa lebih pembiayaan", true, 0));
        assertThat(sumberDana.pilihan()).contains(kode);
        assertThat(sumberDana.baku(kode.toLowerCase() + ", dau")).contains(kode + ", DAU");

        sumberDana.simpan(new SumberDanaData(baru.id(), kode, "Sisa lebih pembiayaan anggaran", false, baru.version()));
        assertThat(sumberDana.pilihan()).doesNotContain(kode);
        assertThat(sumberDana.daftar()).anyMatch(s -> s.kode().equals(kode) && !s.aktif()
                && s.nama().equals("Sisa lebih pembiayaan anggaran"));
        assertThatThrownBy(() -> sumberDana.baku(kode)).isInstanceOf(AturanDilanggarException.class)
                .hasMessageContaining("\"" + kode + "\" tidak ada di daftar sumber dana yang aktif");
    }

    @Test
    void aDuplicateCodeACodeWithACommaAndAStaleEditAreRefused() {
        SumberDanaData dau = sumberDana.daftar().stream().filter(s -> s.kode().equals("DAU")).findFirst().orElseThrow();
        assertThatThrownBy(() -> sumberDana.simpan(new SumberDanaData(null, "dau", "Lagi", true, 0)))
                .hasMessage("Kode sumber dana DAU sudah ada.");
        assertThatThrownBy(() -> sumberDana.simpan(new SumberDanaData(null, "DAU, PAD", "Dua", true, 0)))
                .hasMessageContaining("tidak boleh memuat koma");
        assertThatThrownBy(() -> sumberDana.simpan(new SumberDanaData(dau.id(), "DAU", "", true, dau.version())))
                .hasMessage("Nama sumber dana wajib diisi.");
        assertThatThrownBy(() -> sumberDana.simpan(new SumberDanaData(dau.id(), "DAU", dau.nama(), true, dau.version() + 1)))
                .isInstanceOf(org.springframework.orm.ObjectOptimisticLockingFailureException.class);
    }

    @Test
    @WithUserDetails("sekcam")
    void onlyTheAdminKeepsTheList() {
        assertThat(sumberDana.pilihan()).contains("DAU");
        assertThatThrownBy(() -> sumberDana.simpan(new SumberDanaData(null, "HIBAH", "Hibah", true, 0)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theImportStoresASubKegiatansSourcesAsListedCodesAndTheTemplateGivesThemBack() throws Exception {
        KecamatanData kec = UjiKecamatan.buat(organisasi);
        HasilImpor hasil = impor.imporJson(kec.id(), json.readTree(berkas("dau, pad", null)));

        assertThat(hasil.peringatan()).isEmpty();
        RenstraLengkap r = renstra.lengkap(hasil.renstraId());
        assertThat(baris(r, "7.01.02.2.04.0001").sumberDana()).isEqualTo("DAU, PAD");
        assertThat(baris(r, "7.01.02.2.04.0002").sumberDana()).isNull();

        KecamatanData lain = UjiKecamatan.buat(organisasi);
        HasilImpor ulang = impor.imporXlsx(lain.id(), new ByteArrayInputStream(impor.templateXlsx(kec.id(), 2025, 2027)));
        assertThat(baris(renstra.lengkap(ulang.renstraId()), "7.01.02.2.04.0001").sumberDana()).isEqualTo("DAU, PAD");
    }

    @Test
    void anUnknownSourceIsRefusedWithItsRowAndColumnAndOneOnAProgramIsOnlyWarnedAbout() throws Exception {
        KecamatanData kec = UjiKecamatan.buat(organisasi);
        assertThatThrownBy(() -> impor.imporJson(kec.id(), json.readTree(berkas("DAU, Hibah Swasta", null))))
                .isInstanceOfSatisfying(ImporDitolakException.class, e -> assertThat(e.masalah()).singleElement()
                        .satisfies(m -> {
                            assertThat(m.lembar()).isEqualTo(RenstraBerkas.LEMBAR_NOMENKLATUR);
                            assertThat(m.baris()).isEqualTo(3);
                            assertThat(m.kolom()).isEqualTo("sumberDana");
                            assertThat(m.alasan()).contains("\"Hibah Swasta\" tidak ada di daftar sumber dana");
                        }));
        assertThat(renstra.daftar(kec.id())).isEmpty();

        HasilImpor hasil = impor.imporJson(kec.id(), json.readTree(berkas("DAU", "PAD")));
        assertThat(hasil.peringatan()).singleElement().satisfies(p -> {
            assertThat(p.baris()).isEqualTo(1);
            assertThat(p.alasan()).contains("hanya dicatat pada sub kegiatan");
        });
        assertThat(baris(renstra.lengkap(hasil.renstraId()), "7.01.02").sumberDana()).isNull();
    }

    /** A 3-year Renstra with one program, one kegiatan and two sub kegiatan. */
    private static String berkas(String sumberSub, String sumberProgram) {
        return """
                {"tahunAwal": 2025, "tahunAkhir": 2027, "nomenklatur": [
                 {"kode": "7.01.02", "nama": "Program"%s},
                 {"kode": "7.01.02.2.04", "nama": "Kegiatan"},
                 {"kode": "7.01.02.2.04.0001", "nama": "Sub satu", "unit": "SEKSI-PEM", "satuan": "Laporan",
                  "target": {"2026": 4}, "pagu": {"2026": 1000000}, "sumberDana": "%s"},
                 {"kode": "7.01.02.2.04.0002", "nama": "Sub dua", "unit": "SEKSI-PMD", "satuan": "Laporan",
                  "target": {"2026": 2}, "pagu": {"2026": 500000}}]}"""
                .formatted(sumberProgram == null ? "" : ", \"sumberDana\": \"" + sumberProgram + "\"", sumberSub);
    }

    private static BarisRenstra baris(RenstraLengkap r, String kode) {
        return r.semuaBaris().stream().filter(b -> b.kode().equals(kode)).findFirst().orElseThrow();
    }
}
