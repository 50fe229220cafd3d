package id.sipeka.dokumen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** How a nomor naskah is written and where it is printed, without the database. */
class NomorPropertiesTest {

    @Test
    void theDefaultPatternWritesTheKlasifikasiTheZeroPaddedNumberTheUnitCodeAndTheYear() {
        NomorProperties p = NomorProperties.bawaan();
        assertThat(p.tulis("000.7.2.4", 12, "7324070", 2026, 6)).isEqualTo("000.7.2.4/012/KEC/2026");
        assertThat(p.tulis("000.7.2.4", 1234, "7324070", 2026, 6)).isEqualTo("000.7.2.4/1234/KEC/2026");
        NomorProperties lain = new NomorProperties("{klasifikasi}/{urut}/{kode}-{kecamatan}/{bulan}/{tahun}", "KEC.KLN",
                null, null);
        assertThat(lain.tulis("000.7.3", 7, "7324070", 2026, 11)).isEqualTo("000.7.3/7/KEC.KLN-7324070/XI/2026");
    }

    @Test
    void eachKindOfDocumentGetsItsKodeKlasifikasiAndAnOperatorMayOverrideOne() {
        NomorProperties p = NomorProperties.bawaan();
        assertThat(p.klasifikasiUntuk("Renja")).isEqualTo("000.7.2.4");
        assertThat(p.klasifikasiUntuk("Renja Perubahan")).isEqualTo("000.7.2.4");
        assertThat(p.klasifikasiUntuk("Berita Acara Forum Perangkat Daerah")).isEqualTo("000.7.3");
        assertThat(p.klasifikasiUntuk("Laporan Evaluasi TW II")).isEqualTo("000.7.5");
        assertThat(p.klasifikasiUntuk("Rekap Evaluasi TW IV")).isEqualTo("000.7.5");
        assertThat(p.klasifikasiUntuk("Evaluasi Hasil Renja")).isEqualTo("000.7.5");
        assertThat(p.klasifikasiUntuk("Surat Undangan")).isEqualTo("000.7");
        // "renjana" is not a Renja: a key matches whole words only
        assertThat(p.klasifikasiUntuk("Renjana")).isEqualTo("000.7");

        NomorProperties diubah = new NomorProperties(null, null, Map.of("renja-perubahan", "000.7.2.6"), "000");
        assertThat(diubah.klasifikasiUntuk("Renja Perubahan")).isEqualTo("000.7.2.6");
        assertThat(diubah.klasifikasiUntuk("Renja")).isEqualTo("000.7.2.4");
        assertThat(diubah.klasifikasiUntuk("Surat Undangan")).isEqualTo("000");
    }

    @Test
    void aPatternWithoutTheNumberOrWithAnUnknownPlaceholderStopsTheStart() {
        assertThatThrownBy(() -> new NomorProperties("{klasifikasi}/{kode}/{tahun}", null, null, null))
                .hasMessageContaining("{urut}");
        assertThatThrownBy(() -> new NomorProperties("{klasifikasi}/{urut}/{nomor}", null, null, null))
                .hasMessageContaining("{nomor}");
    }

    @Test
    void theNumberIsPrintedOnTheCoverOrUnderTheHeadingOfADocumentWithoutOneAndStaysPdfA() throws Exception {
        byte[] renja = PdfDokumen.tulis(ContohDokumen.kecil(1, false, null),
                new Pengesahan("kode", "https://sipeka.example/verifikasi/kode", "000.7.2.4/012/KEC/2026"));
        assertThat(DokumenRenderTest.teks(renja, 1, 1)).contains("RENCANA KERJA (RENJA)", "Nomor: 000.7.2.4/012/KEC/2026");
        assertThat(PdfA.pelanggaran(renja, PDFAFlavour.PDFA_2_B)).isEmpty();

        Dokumen beritaAcara = new Dokumen("Berita Acara Forum Perangkat Daerah Kecamatan Kalaena Tahun 2026",
                new Metadata("Berita Acara Forum Perangkat Daerah", 1, "Kecamatan Kalaena", 2026, "Forum Perangkat Daerah", 1),
                null, List.of(), List.of(Bab.tanpaNomor("BERITA ACARA\nFORUM PERANGKAT DAERAH", List.of(Bagian.of("", "",
                        new Paragraf("Pada hari ini …"), ContohDokumen.camatKalaena(null))))), false, false);
        byte[] ba = PdfDokumen.tulis(beritaAcara,
                new Pengesahan("kode", "https://sipeka.example/verifikasi/kode", "000.7.3/004/KEC/2026"));
        String teks = DokumenRenderTest.teks(ba, 1, 1);
        assertThat(teks).contains("Nomor: 000.7.3/004/KEC/2026");
        assertThat(teks.indexOf("FORUM PERANGKAT DAERAH")).isLessThan(teks.indexOf("Nomor: 000.7.3/004/KEC/2026"));
        assertThat(teks.indexOf("Nomor: 000.7.3/004/KEC/2026")).isLessThan(teks.indexOf("Pada hari ini"));
        assertThat(PdfA.pelanggaran(ba, PDFAFlavour.PDFA_2_B)).isEmpty();

        // a draft has no number (it is taken only when the document is signed)
        assertThat(DokumenRenderTest.teks(PdfDokumen.tulis(ContohDokumen.kecil(1, true, null), null), 1, 1))
                .doesNotContain("Nomor:");
    }
}
