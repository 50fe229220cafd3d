package id.sipeka.dokumen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sipeka.Application;
import id.sipeka.LatarSelesai;
import id.sipeka.Masuk;
import id.sipeka.organisasi.AkunService;
import id.sipeka.organisasi.JenisUnit;
import id.sipeka.organisasi.OrganisasiData.KabupatenData;
import id.sipeka.organisasi.OrganisasiData.KecamatanData;
import id.sipeka.organisasi.OrganisasiData.PegawaiData;
import id.sipeka.organisasi.OrganisasiData.PenugasanData;
import id.sipeka.organisasi.OrganisasiData.UnitData;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.organisasi.PangkatGolongan;
import id.sipeka.organisasi.PosisiPlt;
import id.sipeka.security.Peran;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What happens after a step commits, on MariaDB: the XLSX copy of a signed document is built after the signing
 * commits, from an event kept in the publication registry; a signing that rolls back leaves no file, no tables and
 * no event; an official recorded as a signer gets a key without signing anything; stray archive files are moved to
 * quarantine at start-up.
 */
@SpringBootTest
class DokumenSesudahCommitTest {

    private static final AtomicLong NOMOR = new AtomicLong(System.nanoTime() % 1_000_000);

    @Autowired
    DokumenService dokumen;
    @Autowired
    OrganisasiService organisasi;
    @Autowired
    AkunService akun;
    @Autowired
    KunciPenandatangan kunci;
    @Autowired
    LampiranRepository lampiran;
    @Autowired
    TransactionTemplate transaksi;
    @Autowired
    DokumenProperties properties;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    ConfigurableApplicationContext konteks;

    @AfterEach
    void keluar() {
        Masuk.keluar();
    }

    long kalaena() {
        return organisasi.kecamatanTerlihat().stream().filter(k -> k.nama().equals("Kalaena")).findFirst()
                .map(KecamatanData::id).orElseThrow();
    }

    @Test
    void theXlsxCopyOfASignedDocumentIsBuiltAfterTheSigningCommitsNotInsideIt() {
        Masuk.sebagai(users, "camat");
        long kec = kalaena();

        ArsipDokumen arsip = transaksi.execute(s -> {
            ArsipDokumen a = dokumen.terbitkan(ContohDokumen.kecil(kec, false, null));
            assertThat(lampiran.existsByArsipKode(a.kode())).as("no XLSX inside the signing step").isFalse();
            return a;
        });
        LatarSelesai.tunggu(jdbc);

        LampiranDokumen tabel = dokumen.lampiran(kec).stream().filter(l -> arsip.kode().equals(l.arsipKode()))
                .findFirst().orElseThrow();
        assertThat(tabel.jenis()).isEqualTo("Tabel dokumen (XLSX)");
        assertThat(tabel.namaBerkas()).isEqualTo(arsip.namaBerkas().replace(".pdf", "-tabel.xlsx"));
        assertThat(tabel.disimpanOleh()).isEqualTo("camat");
        assertThat(tabel.disimpanPada()).isEqualTo(arsip.ditandatanganiPada().truncatedTo(ChronoUnit.MICROS));
        assertThat(dokumen.unduhLampiran(tabel.kode()).isi()).startsWith('P', 'K');
        assertThat(publikasi(arsip.kode())).singleElement().satisfies(p -> assertThat(p).isNotNull());
    }

    @Test
    void aYearlyZipTakenBeforeATablesCopyIsBuiltSaysWhichCopiesItLacks() throws IOException {
        LatarSelesai.tunggu(jdbc);
        Masuk.sebagai(users, "camat");
        long kec = kalaena();

        // the ZIP is taken in the signing's own transaction: the document is there, its XLSX copy cannot be yet
        Map<String, byte[]> isi = transaksi.execute(s -> {
            ArsipDokumen a = dokumen.terbitkan(ContohDokumen.kecil(kec, false, null));
            ByteArrayOutputStream zip = new ByteArrayOutputStream();
            dokumen.tulisArsipTahunan(kec, 2026, zip);
            Map<String, byte[]> hasil = baca(zip.toByteArray());
            hasil.put("kode", a.kode().getBytes(StandardCharsets.UTF_8));
            return hasil;
        });
        String kode = new String(isi.get("kode"), StandardCharsets.UTF_8);
        String bacaSaya = new String(isi.get("BACA-SAYA.txt"), StandardCharsets.UTF_8);

        assertThat(isi.keySet()).anyMatch(n -> n.startsWith("dokumen/") && n.endsWith(kode.substring(0, 8) + ".pdf"));
        assertThat(bacaSaya).contains("Tabel XLSX dokumen berikut masih disiapkan", "kode " + kode);
        assertThat(new String(isi.get("MANIFEST.csv"), StandardCharsets.UTF_8)).doesNotContain("tabel dokumen " + kode);

        LatarSelesai.tunggu(jdbc);
        ByteArrayOutputStream lagi = new ByteArrayOutputStream();
        dokumen.tulisArsipTahunan(kec, 2026, lagi);
        Map<String, byte[]> sesudah = baca(lagi.toByteArray());
        assertThat(new String(sesudah.get("BACA-SAYA.txt"), StandardCharsets.UTF_8)).doesNotContain("kode " + kode);
        assertThat(new String(sesudah.get("MANIFEST.csv"), StandardCharsets.UTF_8)).contains("tabel dokumen " + kode);
    }

    private static Map<String, byte[]> baca(byte[] zip) {
        Map<String, byte[]> isi = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                isi.put(e.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return isi;
    }

    @Test
    void aSigningStepThatRollsBackLeavesNoFileNoTablesAndNoEvent() throws IOException {
        LatarSelesai.tunggu(jdbc);
        Masuk.sebagai(users, "camat");
        long kec = kalaena();
        List<Path> sebelum = berkas(kec);
        AtomicReference<ArsipDokumen> ditandatangani = new AtomicReference<>();

        assertThatThrownBy(() -> transaksi.executeWithoutResult(s -> {
            ditandatangani.set(dokumen.terbitkan(ContohDokumen.kecil(kec, false, null)));
            assertThat(arsip().resolve(kec + "/" + ditandatangani.get().kode() + ".pdf")).exists();
            // the content module's step fails after the document was signed
            throw new IllegalStateException("langkah gagal sesudah penandatanganan");
        })).hasMessageContaining("langkah gagal");
        LatarSelesai.tunggu(jdbc);

        String kode = ditandatangani.get().kode();
        assertThat(arsip().resolve(kec + "/" + kode + ".pdf")).doesNotExist();
        assertThat(berkas(kec)).containsExactlyInAnyOrderElementsOf(sebelum);
        assertThat(dokumen.arsip(kec)).noneMatch(a -> a.kode().equals(kode));
        assertThat(lampiran.existsByArsipKode(kode)).isFalse();
        assertThat(publikasi(kode)).isEmpty();
    }

    @Test
    void anOfficialRecordedAsCamatOrActingSekcamGetsASigningKeyWithoutSigningAnything() {
        Masuk.sebagai(users, "admin");
        KabupatenData kab = organisasi.semuaKabupaten().getFirst();
        String kode = "KUNCI" + NOMOR.incrementAndGet();
        KecamatanData kec = organisasi.simpanKecamatan(new KecamatanData(null, kab.id(), null, kode, "Uji " + kode, "Uji", 0));
        UnitData pimpinan = organisasi.simpanUnit(new UnitData(null, kec.id(), "CAMAT", "Camat", JenisUnit.PIMPINAN, "Camat", 0, 0));
        UnitData seksi = organisasi.simpanUnit(new UnitData(null, kec.id(), "SEKSI", "Seksi", JenisUnit.SEKSI, "Kasi", 1, 0));
        PegawaiData camat = organisasi.simpanPegawai(new PegawaiData(null, kec.id(), pimpinan.id(), "Camat Baru", nipBaru(),
                PangkatGolongan.IV_A, "Camat", 0));
        PegawaiData kasi = organisasi.simpanPegawai(new PegawaiData(null, kec.id(), seksi.id(), "Kasi Baru", nipBaru(),
                PangkatGolongan.III_D, "Kasi", 0));
        PegawaiData staf = organisasi.simpanPegawai(new PegawaiData(null, kec.id(), seksi.id(), "Staf Baru", nipBaru(),
                PangkatGolongan.III_A, "Staf", 0));
        LatarSelesai.tunggu(jdbc);
        assertThat(kunci.ada(camat.nip())).as("a pegawai is not a signer yet").isFalse();

        akun.buat(kode.toLowerCase() + ".camat", "sandi-uji-kunci", Peran.CAMAT, camat.id(), null);
        akun.buat(kode.toLowerCase() + ".kasi", "sandi-uji-kunci", Peran.KEPALA_UNIT, kasi.id(), null);
        akun.buat(kode.toLowerCase() + ".staf", "sandi-uji-kunci", Peran.KEPALA_UNIT, staf.id(), null);
        organisasi.simpanPenugasan(new PenugasanData(null, kec.id(), kasi.id(), "Plh.", PosisiPlt.SEKCAM, null,
                LocalDate.of(2030, 1, 1), LocalDate.of(2030, 1, 5), "SK-1", 0));
        LatarSelesai.tunggu(jdbc);

        assertThat(kunci.ada(camat.nip())).isTrue();
        assertThat(kunci.ada(kasi.nip())).as("Plh. sekcam").isTrue();
        assertThat(kunci.ada(staf.nip())).as("a unit head does not sign").isFalse();
        assertThat(organisasi.penandatangan()).extracting(p -> p.nip()).contains(camat.nip(), kasi.nip())
                .doesNotContain(staf.nip());
        Masuk.sebagai(users, "camat");
        assertThatThrownBy(() -> organisasi.penandatangan()).as("it crosses kecamatan: admin or the system only")
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThat(jdbc.queryForList("SELECT COMPLETION_DATE FROM EVENT_PUBLICATION WHERE EVENT_TYPE LIKE '%PenandatanganDitetapkan'"
                + " AND SERIALIZED_EVENT LIKE ?", Object.class, "%" + camat.nip() + "%")).isNotEmpty().doesNotContainNull();
    }

    @Test
    void aStrayArchiveFileWithoutARowIsMovedToQuarantineAtStartUpAndEverythingElseStays() throws IOException {
        Masuk.sebagai(users, "camat");
        long kec = kalaena();
        ArsipDokumen sah = dokumen.terbitkan(ContohDokumen.kecil(kec, false, null));
        Masuk.keluar();
        Path tua = arsip().resolve(kec + "/" + UUID.randomUUID() + ".pdf");
        Path tuaLampiran = arsip().resolve(kec + "/lampiran/" + UUID.randomUUID() + ".xlsx");
        Path muda = arsip().resolve(kec + "/" + UUID.randomUUID() + ".pdf");
        for (Path p : List.of(tua, tuaLampiran, muda)) {
            Files.createDirectories(p.getParent());
            Files.write(p, new byte[] {'%', 'P', 'D', 'F'});
        }
        FileTime duaJamLalu = FileTime.from(Instant.now().minus(Duration.ofHours(2)));
        Files.setLastModifiedTime(tua, duaJamLalu);
        Files.setLastModifiedTime(tuaLampiran, duaJamLalu);
        Path tersimpan = arsip().resolve(kec + "/" + sah.kode() + ".pdf");
        Files.setLastModifiedTime(tersimpan, duaJamLalu);

        konteks.publishEvent(new ApplicationReadyEvent(new SpringApplication(Application.class), new String[0], konteks,
                Duration.ZERO));

        Path karantina = arsip().resolve(SapuanArsip.KARANTINA);
        assertThat(tua).doesNotExist();
        assertThat(karantina.resolve(kec + "/" + tua.getFileName())).exists();
        assertThat(tuaLampiran).doesNotExist();
        assertThat(karantina.resolve(kec + "/lampiran/" + tuaLampiran.getFileName())).exists();
        assertThat(muda).as("younger than the sweep's age: a signing may be under way").exists();
        assertThat(tersimpan).as("a file with its row stays").exists();
        Masuk.sebagai(users, "camat");
        assertThat(dokumen.unduh(sah.kode()).isi()).isNotEmpty();
        LatarSelesai.tunggu(jdbc);
    }

    /** Completion dates of the registry's publications of the document with this code (null = not completed). */
    private List<Object> publikasi(String kode) {
        return jdbc.queryForList("SELECT COMPLETION_DATE FROM EVENT_PUBLICATION WHERE EVENT_TYPE LIKE '%DokumenDiterbitkan'"
                + " AND SERIALIZED_EVENT LIKE ?", Object.class, "%" + kode + "%");
    }

    private List<Path> berkas(long kec) throws IOException {
        Path dir = arsip().resolve(String.valueOf(kec));
        if (!Files.exists(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).toList();
        }
    }

    /** A valid, unused NIP: appointed December 2005 (no demo or other test NIP has that). */
    private static String nipBaru() {
        long n = NOMOR.incrementAndGet();
        LocalDate lahir = LocalDate.of(1970, 1, 1).plusDays((n / 1000) % 11_000);
        return lahir.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE) + "200512" + "1" + String.format("%03d", n % 1000);
    }

    /** The archive folder of this run (each test JVM may have its own). */
    private Path arsip() {
        return properties.direktoriArsip();
    }
}
