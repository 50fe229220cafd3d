package id.sipeka.dokumen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sipeka.Masuk;
import id.sipeka.audit.AuditService;
import id.sipeka.base.AturanDilanggarException;
import id.sipeka.base.Pesan;
import id.sipeka.dokumen.KredensialTandaTangan.Jenis;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import id.sipeka.KonteksSendiri;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Luwu Timur (kabupaten 7324) signs through BSrE with a TSA: the camat types the passphrase for one call, the
 * archived document names BSrE's CA as issuer and the TSA's time, and the public page checks an upload's signatures.
 * Every refusal (wrong passphrase, nothing typed, service slow or down) leaves no archive row and no file.
 */
@KonteksSendiri
@SpringBootTest(properties = {"sipeka.dokumen.penyedia.kabupaten.7324=bsre", "sipeka.dokumen.bsre.versi=2",
        "sipeka.dokumen.bsre.pengguna=" + LayananBsreUji.PENGGUNA, "sipeka.dokumen.bsre.sandi=" + LayananBsreUji.SANDI,
        "sipeka.dokumen.bsre.batas-waktu=2s"})
class DokumenBsreTest {

    static final String NIK_CAMAT = "7324010101700001";
    static final CaUji CA = new CaUji();
    static final LayananBsreUji BSRE = new LayananBsreUji(CA).daftarkan(NIK_CAMAT, "H. Marsuki, S.Pd., M.M.");
    static final TsaUji TSA = new TsaUji(CA);

    @DynamicPropertySource
    static void layanan(DynamicPropertyRegistry r) {
        r.add("sipeka.dokumen.bsre.url", BSRE::url);
        r.add("sipeka.dokumen.tsa.url", TSA::url);
    }

    @Autowired
    DokumenService dokumen;
    @Autowired
    AuditService audit;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DokumenProperties properties;
    @Autowired
    id.sipeka.organisasi.OrganisasiService organisasi;

    long kec;

    @BeforeEach
    void camatDenganNik() {
        jdbc.update("UPDATE pegawai SET nik = ? WHERE nip = '197703292008011008'", NIK_CAMAT);
        kec = jdbc.queryForObject("SELECT id FROM kecamatan WHERE kode = 'KALAENA'", Long.class);
        Masuk.sebagai(users, "camat");
    }

    @AfterEach
    void keluar() {
        Masuk.keluar();
        BSRE.lambat = 0;
    }

    @AfterAll
    static void tutup() {
        BSRE.close();
        TSA.close();
    }

    ArsipDokumen tandatangani(KredensialTandaTangan kredensial) {
        AtomicReference<ArsipDokumen> hasil = new AtomicReference<>();
        dokumen.denganKredensial(kec, kredensial, () -> hasil.set(dokumen.terbitkan(ContohDokumen.kecil(kec, false, null))));
        return hasil.get();
    }

    @Test
    void theCamatSignsThroughBsreWithATypedPassphraseAndTheDocumentIsTimeStamped() throws Exception {
        assertThat(dokumen.perluKredensial(kec)).isTrue();
        Instant sebelum = Instant.now().minusSeconds(1);

        ArsipDokumen arsip = tandatangani(new KredensialTandaTangan(Jenis.PASSPHRASE, LayananBsreUji.PASSPHRASE));

        byte[] tersimpan = Files.readAllBytes(properties.direktoriArsip().resolve(kec + "").resolve(arsip.kode() + ".pdf"));
        TandaTanganPdf.Hasil periksa = TandaTanganPdf.periksa(tersimpan);
        assertThat(periksa.sah()).as(periksa.alasan()).isTrue();
        assertThat(periksa.penerbit()).isEqualTo(CaUji.NAMA);
        InfoPublik info = dokumen.infoPublik(arsip.kode()).orElseThrow();
        assertThat(info.penerbitSertifikat()).isEqualTo(CaUji.NAMA);
        assertThat(info.waktuCapTsa()).isAfter(sebelum).isEqualTo(periksa.waktuTsa());
        assertThat(jdbc.queryForObject("SELECT penyedia FROM dokumen_arsip WHERE kode = ?", String.class, arsip.kode()))
                .isEqualTo("bsre");

        // the public page: the archived bytes match and their signature is valid; a changed copy is neither
        Masuk.keluar();
        var cocok = (HasilPencocokan.Cocok) dokumen.cocokkan(arsip.kode(), new ByteArrayInputStream(tersimpan));
        assertThat(cocok.tandaTangan().sah()).isTrue();
        assertThat(cocok.tandaTangan().penerbit()).isEqualTo(CaUji.NAMA);
        assertThat(cocok.tandaTangan().waktuTsa()).isEqualTo(info.waktuCapTsa());
        byte[] diubah = tersimpan.clone();
        diubah[tersimpan.length / 3] ^= 1;
        var tidakCocok = (HasilPencocokan.TidakCocok) dokumen.cocokkan(arsip.kode(), new ByteArrayInputStream(diubah));
        assertThat(tidakCocok.tandaTangan().sah()).isFalse();

        // the passphrase is nowhere: not in the audit, not held after the call
        Masuk.sebagai(users, "admin");
        assertThat(audit.riwayat("Dokumen", arsip.kode())).singleElement()
                .satisfies(e -> assertThat(e.nilaiBaru()).doesNotContain(LayananBsreUji.PASSPHRASE).endsWith("bsre"));
        Masuk.sebagai(users, "camat");
        assertThatThrownBy(() -> dokumen.terbitkan(ContohDokumen.kecil(kec, false, null)))
                .isInstanceOf(AturanDilanggarException.class).hasMessage(Pesan.get("dokumen.bsre.kredensialKosong"));
        assertThat(BSRE.salahBentuk()).isEmpty();
    }

    @Test
    void everyRefusalLeavesNeitherARowNorAFile() throws Exception {
        int baris = jumlahBaris();
        long berkas = jumlahBerkas();

        assertThatThrownBy(() -> tandatangani(new KredensialTandaTangan(Jenis.PASSPHRASE, "salah")))
                .isInstanceOf(AturanDilanggarException.class).hasMessage(Pesan.get("dokumen.bsre.kredensialSalah"));
        assertThatThrownBy(() -> tandatangani(new KredensialTandaTangan(Jenis.TOTP, "000000")))
                .isInstanceOf(AturanDilanggarException.class).hasMessage(Pesan.get("dokumen.bsre.kredensialSalah"));
        assertThatThrownBy(() -> dokumen.terbitkan(ContohDokumen.kecil(kec, false, null)))
                .isInstanceOf(AturanDilanggarException.class).hasMessage(Pesan.get("dokumen.bsre.kredensialKosong"));
        BSRE.lambat = 4000;
        assertThatThrownBy(() -> tandatangani(new KredensialTandaTangan(Jenis.PASSPHRASE, LayananBsreUji.PASSPHRASE)))
                .isInstanceOf(AturanDilanggarException.class).hasMessage(Pesan.get("dokumen.bsre.lambat"));
        BSRE.lambat = 0;
        jdbc.update("UPDATE pegawai SET nik = NULL WHERE nip = '197703292008011008'");
        assertThatThrownBy(() -> tandatangani(new KredensialTandaTangan(Jenis.PASSPHRASE, LayananBsreUji.PASSPHRASE)))
                .isInstanceOf(AturanDilanggarException.class)
                .hasMessage(Pesan.get("dokumen.bsre.tanpaNik", "H. Marsuki, S.Pd., M.M."));

        assertThat(jumlahBaris()).isEqualTo(baris);
        assertThat(jumlahBerkas()).isEqualTo(berkas);
    }

    @Test
    void onlyAMemberOfTheKecamatanMayRunASigningStepWithACredential() {
        Masuk.sebagai(users, "wasuponda.camat");
        assertThatThrownBy(() -> dokumen.denganKredensial(kec, new KredensialTandaTangan(Jenis.PASSPHRASE, "x"), () -> {
        })).isInstanceOfAny(org.springframework.security.access.AccessDeniedException.class,
                id.sipeka.base.DataTidakDitemukanException.class);
    }

    @Test
    void theNikOfAPegawaiIsSixteenDigits() {
        Masuk.sebagai(users, "admin");
        var camat = organisasi.pegawai(kec).stream().filter(p -> "197703292008011008".equals(p.nip())).findFirst().orElseThrow();
        var salah = new id.sipeka.organisasi.OrganisasiData.PegawaiData(camat.id(), camat.kecamatanId(), camat.unitKerjaId(),
                camat.nama(), camat.nip(), "7324-0101", camat.pangkatGolongan(), camat.jabatan(), camat.version());
        assertThatThrownBy(() -> organisasi.simpanPegawai(salah)).isInstanceOf(AturanDilanggarException.class)
                .hasMessage(Pesan.get("organisasi.nikSalah", "7324-0101"));
        var benar = new id.sipeka.organisasi.OrganisasiData.PegawaiData(camat.id(), camat.kecamatanId(), camat.unitKerjaId(),
                camat.nama(), camat.nip(), "7324 0101 0170 0001", camat.pangkatGolongan(), camat.jabatan(), camat.version());
        assertThat(organisasi.simpanPegawai(benar).nik()).isEqualTo(NIK_CAMAT);
    }

    int jumlahBaris() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM dokumen_arsip WHERE kecamatan_id = ?", Integer.class, kec);
    }

    long jumlahBerkas() throws IOException {
        Path dir = properties.direktoriArsip().resolve(kec + "");
        if (!Files.exists(dir)) {
            return 0;
        }
        try (Stream<Path> semua = Files.walk(dir)) {
            // the signed PDFs only: an earlier test's XLSX copy is written after its commit, at its own pace
            return semua.filter(p -> p.toString().endsWith(".pdf")).count();
        }
    }
}
