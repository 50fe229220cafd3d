package id.sipeka.evaluasi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sipeka.Masuk;
import id.sipeka.base.AturanDilanggarException;
import id.sipeka.base.DataTidakDitemukanException;
import id.sipeka.dokumen.ArsipDokumen;
import id.sipeka.dokumen.PeriksaDokumen;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The camat's own PK with the bupati for a seed-003 kecamatan's Renja 2026: signed by the camat alone, per program
 * the Renja's anggaran (recomputed here from the Renja rows in the database) and the total.
 */
@SpringBootTest
class PerjanjianKinerjaCamatTest {

    @Autowired
    PenyiapSeed003 penyiap;
    @Autowired
    PerjanjianKinerjaCamatService pkCamat;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;

    @AfterEach
    void keluar() {
        Masuk.keluar();
    }

    @Test
    void theCamatAloneSignsTheirPkWithTheRenjaAnggaranPerProgramAndTheTotal() {
        KecamatanSeed003 k = penyiap.siapkanTanpaRencanaAksi();
        for (String siapa : List.of(k.kasi(), k.sekcam())) {
            Masuk.sebagai(users, siapa);
            assertThat(pkCamat.bolehTandatangani(k.renjaId())).isFalse();
            assertThatThrownBy(() -> pkCamat.tandatangani(k.renjaId())).as(siapa).isInstanceOf(AccessDeniedException.class)
                    .hasMessage("Hanya camat (atau Plt./Plh. camat) yang menandatangani perjanjian kinerja camat.");
        }
        Masuk.sebagai(users, "wasuponda.camat");
        assertThatThrownBy(() -> pkCamat.tandatangani(k.renjaId()))
                .isInstanceOfAny(AccessDeniedException.class, DataTidakDitemukanException.class);

        Masuk.sebagai(users, k.camat());
        assertThat(pkCamat.bolehTandatangani(k.renjaId())).isTrue();
        ArsipDokumen arsip = pkCamat.tandatangani(k.renjaId());
        assertThat(pkCamat.bolehTandatangani(k.renjaId())).isFalse();
        assertThatThrownBy(() -> pkCamat.tandatangani(k.renjaId())).isInstanceOf(AturanDilanggarException.class)
                .hasMessage("Perjanjian kinerja camat untuk Renja ini sudah ditandatangani.");
        assertThat(pkCamat.arsip(k.renjaId()).map(ArsipDokumen::kode)).contains(arsip.kode());

        byte[] pdf = pkCamat.pdf(k.renjaId()).isi();
        assertThat(PeriksaDokumen.tandaTanganSah(pdf)).isTrue();
        assertThat(PeriksaDokumen.penandatanganSemua(pdf)).containsExactly(arsip.penandatangan());
        assertThat(PeriksaDokumen.pelanggaranPdfA(pdf)).isEmpty();
        String teks = PeriksaDokumen.teks(pdf);
        assertThat(teks).contains("PERJANJIAN KINERJA TAHUN 2026").contains("BUPATI LUWU TIMUR");
        long total = 0;
        for (String program : List.of("7.01.02", "7.01.05", "7.01.06")) {
            Long anggaran = jdbc.queryForObject("SELECT SUM(pagu) FROM renja_baris WHERE renja_id = ? AND kode LIKE ?",
                    Long.class, k.renjaId(), program + ".%");
            assertThat(teks).as(program).containsPattern(java.util.regex.Pattern.quote(program) + " [^0-9]+ Rp "
                    + java.util.regex.Pattern.quote(ribuan(anggaran)));
            total += anggaran;
        }
        Long semua = jdbc.queryForObject("SELECT SUM(pagu) FROM renja_baris WHERE renja_id = ?", Long.class, k.renjaId());
        assertThat(total).isEqualTo(semua).isEqualTo(1_000_000L + 22_571_000L + 11_857_500L);
        assertThat(teks).contains("JUMLAH ANGGARAN Rp " + ribuan(semua));
    }

    private static String ribuan(long nilai) {
        DecimalFormatSymbols simbol = new DecimalFormatSymbols(Locale.of("id", "ID"));
        simbol.setGroupingSeparator('.');
        return new DecimalFormat("#,##0", simbol).format(nilai);
    }
}
