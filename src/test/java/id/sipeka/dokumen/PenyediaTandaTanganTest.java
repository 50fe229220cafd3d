package id.sipeka.dokumen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sipeka.base.AturanDilanggarException;
import id.sipeka.base.Pesan;
import id.sipeka.dokumen.KredensialTandaTangan.Jenis;
import java.io.FileOutputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every provider signs and its result verifies, with and without a document time-stamp: own keys, a PKCS#12
 * keystore from a CA, and BSrE's Esign Client Service (v2 JSON and v1 multipart) through a local server that keeps
 * its contract. Each refusal of the service becomes its own Indonesian message. The signed and time-stamped files
 * stay PDF/A-2b.
 */
class PenyediaTandaTanganTest {

    static final String NIK = "7324012345670001";
    static CaUji ca;
    static LayananBsreUji bsre;
    static TsaUji tsa;
    static byte[] pdf;
    static TandaTangan camat;

    @TempDir
    Path dir;

    @BeforeAll
    static void mulai() {
        ca = new CaUji();
        bsre = new LayananBsreUji(ca).daftarkan(NIK, "H. Marsuki, S.Pd., M.M.");
        tsa = new TsaUji(ca);
        Dokumen dokumen = ContohDokumen.kecil(1, false, null);
        camat = dokumen.tandaTangan().getFirst();
        pdf = PdfDokumen.tulis(dokumen, new Pengesahan("kode", "http://localhost:8080/verifikasi/kode"));
    }

    @AfterAll
    static void selesai() {
        bsre.close();
        tsa.close();
    }

    static PenyediaTandaTangan.Permintaan permintaan(String nik, KredensialTandaTangan kredensial) {
        return new PenyediaTandaTangan.Permintaan(pdf, camat, "Kecamatan Kalaena", nik, "Penetapan Renja 2026",
                Instant.parse("2026-06-30T02:00:00Z"), kredensial);
    }

    static PenyediaBsre bsre(int versi, String url, String sandi, Duration batas) {
        return new PenyediaBsre(new KlienBsre(new BsreProperties(URI.create(url), versi, LayananBsreUji.PENGGUNA, sandi,
                batas), JsonMapper.builder().build()));
    }

    static PenyediaBsre bsre(int versi) {
        return bsre(versi, bsre.url(), LayananBsreUji.SANDI, Duration.ofSeconds(10));
    }

    static KredensialTandaTangan passphrase(String nilai) {
        return new KredensialTandaTangan(Jenis.PASSPHRASE, nilai);
    }

    @Test
    void theProviderIsChosenPerKabupatenAndAWrongConfigurationStopsTheStart() {
        var dokumen = new DokumenProperties(dir.resolve("arsip"), null, null, null, dir.resolve("kunci"));
        var kunci = new KunciPenandatangan(dokumen, Clock.systemUTC(), false);
        var bsreProps = new BsreProperties(URI.create(bsre.url()), 2, null, null, null);
        var pilihan = new PilihanPenyedia(new PenyediaProperties(null, java.util.Map.of("7324", "BSrE")), dokumen, bsreProps,
                kunci, JsonMapper.builder().build(), Clock.systemUTC(), null);
        assertThat(pilihan.untuk("7324").nama()).isEqualTo("bsre");
        assertThat(pilihan.untuk("7325").nama()).isEqualTo("sendiri");
        assertThat(pilihan.untuk(null).nama()).isEqualTo("sendiri");

        var tanpaUrl = new BsreProperties(null, 2, null, null, null);
        assertThatThrownBy(() -> new PilihanPenyedia(new PenyediaProperties("bsre", null), dokumen, tanpaUrl, kunci,
                JsonMapper.builder().build(), Clock.systemUTC(), null)).hasMessageContaining("sipeka.dokumen.bsre.url");
        assertThatThrownBy(() -> new PilihanPenyedia(new PenyediaProperties("pkcs12", null), dokumen, bsreProps, kunci,
                JsonMapper.builder().build(), Clock.systemUTC(), null)).hasMessageContaining("sipeka.dokumen.keystore");
        assertThatThrownBy(() -> new PilihanPenyedia(new PenyediaProperties(null, java.util.Map.of("7324", "bsree")),
                dokumen, bsreProps, kunci, JsonMapper.builder().build(), Clock.systemUTC(), null))
                .hasMessageContaining("bsree");
        assertThatThrownBy(() -> new BsreProperties(URI.create(bsre.url()), 3, null, null, null))
                .hasMessageContaining("versi");
    }

    @Test
    void ownKeysSign() {
        var sendiri = new PenyediaKunci("sendiri", new KunciPenandatangan(new DokumenProperties(dir.resolve("arsip"), null,
                null, null, dir.resolve("kunci")), Clock.systemUTC(), false));
        assertThat(sendiri.perluKredensial()).isFalse();
        sendiri.sebelumRender(camat, "Kecamatan Kalaena", null, null);

        TandaTanganPdf.Hasil hasil = TandaTanganPdf.periksa(sendiri.tandatangani(permintaan(null, null)));

        assertThat(hasil.sah()).as(hasil.alasan()).isTrue();
        assertThat(hasil.penandatangan()).isEqualTo("H. Marsuki, S.Pd., M.M.");
        // self-issued: the certificate names its own subject as issuer
        assertThat(hasil.penerbit()).contains("SERIALNUMBER=" + camat.nip().nilai());
        assertThat(hasil.waktuTsa()).isNull();
    }

    @Test
    void aPkcs12KeystoreFromACaSigns() throws Exception {
        KunciPenandatangan.Kunci k = ca.penandatangan("H. Marsuki, S.Pd., M.M.", camat.nip().nilai());
        KeyStore simpanan = KeyStore.getInstance("PKCS12");
        simpanan.load(null, null);
        simpanan.setKeyEntry(camat.nip().nilai(), k.kunciPrivat(), "rahasia".toCharArray(), k.rantai());
        Path berkas = dir.resolve("bsre.p12");
        try (var keluar = new FileOutputStream(berkas.toFile())) {
            simpanan.store(keluar, "rahasia".toCharArray());
        }
        var pkcs12 = new PenyediaKunci("pkcs12", new KunciPenandatangan(new DokumenProperties(dir.resolve("arsip"), null,
                berkas, "rahasia", dir.resolve("kunci")), Clock.systemUTC(), true));

        TandaTanganPdf.Hasil hasil = TandaTanganPdf.periksa(pkcs12.tandatangani(permintaan(null, null)));

        assertThat(hasil.sah()).as(hasil.alasan()).isTrue();
        assertThat(hasil.penerbit()).isEqualTo(CaUji.NAMA);
    }

    @Test
    void bsreV2SignsWithAPassphraseOrATotpAndTheResultVerifiesAndStaysPdfA() throws Exception {
        PenyediaBsre v2 = bsre(2);
        assertThat(v2.perluKredensial()).isTrue();
        v2.sebelumRender(camat, "Kecamatan Kalaena", NIK, passphrase(LayananBsreUji.PASSPHRASE));

        byte[] hasil = v2.tandatangani(permintaan(NIK, passphrase(LayananBsreUji.PASSPHRASE)));
        byte[] totp = v2.tandatangani(permintaan(NIK, new KredensialTandaTangan(Jenis.TOTP, LayananBsreUji.TOTP)));

        for (byte[] berkas : new byte[][] {hasil, totp}) {
            TandaTanganPdf.Hasil periksa = TandaTanganPdf.periksa(berkas);
            assertThat(periksa.sah()).as(periksa.alasan()).isTrue();
            assertThat(periksa.penerbit()).isEqualTo(CaUji.NAMA);
            assertThat(periksa.penandatangan()).isEqualTo("H. Marsuki, S.Pd., M.M.");
            // an incremental update: what SIPEKA rendered is still there byte for byte
            assertThat(Arrays.equals(berkas, 0, pdf.length, pdf, 0, pdf.length)).isTrue();
        }
        assertThat(PdfA.pelanggaran(hasil, PDFAFlavour.PDFA_2_B)).isEmpty();
        assertThat(bsre.salahBentuk()).isEmpty();
    }

    @Test
    void bsreV1SignsWithMultipartAndBasicAuth() {
        byte[] hasil = bsre(1).tandatangani(permintaan(NIK, passphrase(LayananBsreUji.PASSPHRASE)));

        TandaTanganPdf.Hasil periksa = TandaTanganPdf.periksa(hasil);
        assertThat(periksa.sah()).as(periksa.alasan()).isTrue();
        assertThat(periksa.penerbit()).isEqualTo(CaUji.NAMA);
        assertThat(bsre.salahBentuk()).isEmpty();
    }

    @Test
    void eachRefusalOfTheServiceHasItsOwnMessage() throws Exception {
        for (int versi : new int[] {1, 2}) {
            PenyediaBsre p = bsre(versi);
            assertThatThrownBy(() -> p.tandatangani(permintaan(NIK, passphrase("salah"))))
                    .isInstanceOf(AturanDilanggarException.class).hasMessage(Pesan.get("dokumen.bsre.kredensialSalah"));
            assertThatThrownBy(() -> p.tandatangani(permintaan("7324999999999999", passphrase(LayananBsreUji.PASSPHRASE))))
                    .isInstanceOf(AturanDilanggarException.class).hasMessage(Pesan.get("dokumen.bsre.nikTidakTerdaftar"));
            assertThatThrownBy(() -> p.tandatangani(permintaan(LayananBsreUji.NIK_KEDALUWARSA, passphrase(LayananBsreUji.PASSPHRASE))))
                    .isInstanceOf(AturanDilanggarException.class).hasMessageContaining("kedaluwarsa");
            assertThatThrownBy(() -> bsre(versi, bsre.url(), "sandi-salah", Duration.ofSeconds(10))
                    .tandatangani(permintaan(NIK, passphrase(LayananBsreUji.PASSPHRASE))))
                    .isInstanceOf(AturanDilanggarException.class).hasMessage(Pesan.get("dokumen.bsre.aksesDitolak"));
        }
        // v2 asks the certificate status before anything is rendered
        PenyediaBsre v2 = bsre(2);
        assertThatThrownBy(() -> v2.sebelumRender(camat, "x", "7324999999999999", passphrase("apa saja")))
                .isInstanceOf(AturanDilanggarException.class).hasMessage(Pesan.get("dokumen.bsre.nikTidakTerdaftar"));
        assertThatThrownBy(() -> v2.sebelumRender(camat, "x", LayananBsreUji.NIK_KEDALUWARSA, passphrase("apa saja")))
                .isInstanceOf(AturanDilanggarException.class).hasMessage(Pesan.get("dokumen.bsre.sertifikatTidakAktif", "EXPIRED"));
        assertThatThrownBy(() -> v2.sebelumRender(camat, "x", null, passphrase("apa saja")))
                .isInstanceOf(AturanDilanggarException.class).hasMessage(Pesan.get("dokumen.bsre.tanpaNik", camat.nama()));
        assertThatThrownBy(() -> v2.sebelumRender(camat, "x", NIK, passphrase(" ")))
                .isInstanceOf(AturanDilanggarException.class).hasMessage(Pesan.get("dokumen.bsre.kredensialKosong"));
        assertThat(bsre.salahBentuk()).isEmpty();
    }

    @Test
    void aServiceThatIsDownOrTooSlowIsRefusedWithItsMessage() throws Exception {
        int tutup;
        try (ServerSocket s = new ServerSocket(0)) {
            tutup = s.getLocalPort();
        }
        assertThatThrownBy(() -> bsre(2, "http://127.0.0.1:" + tutup, LayananBsreUji.SANDI, Duration.ofSeconds(5))
                .tandatangani(permintaan(NIK, passphrase(LayananBsreUji.PASSPHRASE))))
                .isInstanceOf(AturanDilanggarException.class).hasMessage(Pesan.get("dokumen.bsre.tidakTersedia"));

        bsre.lambat = 3000;
        try {
            assertThatThrownBy(() -> bsre(2, bsre.url(), LayananBsreUji.SANDI, Duration.ofMillis(500))
                    .tandatangani(permintaan(NIK, passphrase(LayananBsreUji.PASSPHRASE))))
                    .isInstanceOf(AturanDilanggarException.class).hasMessage(Pesan.get("dokumen.bsre.lambat"));
        } finally {
            bsre.lambat = 0;
        }
    }

    @Test
    void aDocumentTimeStampMakesItBaselineTAndItsTimeIsRead() throws Exception {
        CapWaktu cap = new CapWaktu(new TsaProperties(URI.create(tsa.url()), null, null, Duration.ofSeconds(10)));
        Instant sebelum = Instant.now().minusSeconds(1);
        byte[] bertanda = bsre(2).tandatangani(permintaan(NIK, passphrase(LayananBsreUji.PASSPHRASE)));

        byte[] hasil = cap.tambahkan(bertanda);

        TandaTanganPdf.Hasil periksa = TandaTanganPdf.periksa(hasil);
        assertThat(periksa.sah()).as(periksa.alasan()).isTrue();
        assertThat(periksa.penerbit()).isEqualTo(CaUji.NAMA);
        assertThat(periksa.waktuTsa()).isAfter(sebelum).isBefore(Instant.now().plusSeconds(1));
        assertThat(PdfA.pelanggaran(hasil, PDFAFlavour.PDFA_2_B)).isEmpty();
        // own keys are time-stamped the same way
        var sendiri = new PenyediaKunci("sendiri", new KunciPenandatangan(new DokumenProperties(dir.resolve("arsip"), null,
                null, null, dir.resolve("kunci")), Clock.systemUTC(), false));
        assertThat(TandaTanganPdf.periksa(cap.tambahkan(sendiri.tandatangani(permintaan(null, null)))).waktuTsa()).isNotNull();

        // one byte changed in the signed part, or in the time-stamp token: not valid any more
        byte[] rusak = hasil.clone();
        rusak[bertanda.length / 2] ^= 1;
        assertThat(TandaTanganPdf.periksa(rusak).sah()).isFalse();
        byte[] tokenRusak = hasil.clone();
        int posisi = bertanda.length + (hasil.length - bertanda.length) / 2;
        tokenRusak[posisi] = (byte) (tokenRusak[posisi] == '0' ? '1' : '0');
        assertThat(TandaTanganPdf.periksa(tokenRusak).sah()).isFalse();

        // a TSA that is not there stops the signing with its message
        CapWaktu tidakAda = new CapWaktu(new TsaProperties(URI.create("http://127.0.0.1:1/"), null, null, Duration.ofSeconds(2)));
        assertThatThrownBy(() -> tidakAda.tambahkan(bertanda)).isInstanceOf(AturanDilanggarException.class)
                .hasMessage(Pesan.get("dokumen.tsa.tidakTersedia"));
    }
}
