package id.sipeka.evaluasi.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import id.sipeka.Masuk;
import id.sipeka.dokumen.ui.ArsipView;
import id.sipeka.evaluasi.KecamatanSeed003;
import id.sipeka.evaluasi.PenyiapBukti;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The archive screen lists a signed report's evidence beside its table, saying which report and row it supports. */
@SpringBootTest
class BuktiDiArsipLayarTest extends SpringBrowserlessTest {

    @Autowired
    PenyiapBukti penyiap;
    @Autowired
    UserDetailsService users;

    @AfterEach
    void keluar() {
        Masuk.keluar();
    }

    @Test
    void theCamatSeesTheReportsEvidenceInTheArchiveWithItsHash() {
        PenyiapBukti.LaporanBerbukti l = penyiap.laporanDitandatangani();
        Masuk.sebagai(users, l.kecamatan().camat());
        navigate(ArsipView.class);

        @SuppressWarnings("unchecked")
        Grid<Object> lampiran = find(Grid.class).withId("lampiran-grid").single();
        var grid = test(lampiran);
        List<List<String>> baris = new ArrayList<>();
        for (int i = 0; i < grid.size(); i++) {
            baris.add(List.of(grid.getCellText(i, 0), grid.getCellText(i, 1), grid.getCellText(i, 2),
                    grid.getCellComponent(i, 4).getElement().getText()));
        }
        String untuk = "Bukti " + KecamatanSeed003.PERDES + " – Laporan Evaluasi Seksi Pemerintahan Umum Triwulan I 2026";
        assertThat(baris).contains(List.of("Bukti laporan evaluasi", "daftar-hadir.pdf", untuk, l.bukti().get(0).sha256()),
                List.of("Bukti laporan evaluasi", "foto asistensi.png", untuk, l.bukti().get(1).sha256()));
    }
}
