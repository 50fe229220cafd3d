package id.sipeka.dokumen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sipeka.Masuk;
import id.sipeka.audit.AuditService;
import id.sipeka.base.DataTidakDitemukanException;
import id.sipeka.organisasi.OrganisasiData.KecamatanData;
import id.sipeka.organisasi.OrganisasiService;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/**
 * The nomor naskah on the real database: every signed document takes the next number of its kecamatan's register for
 * the year, printed in the signed PDF and kept in the archive; concurrent signings never share a number and leave no
 * gap; a rolled-back signing gives its number back; the register goes to SRIKANDI as one ZIP per year.
 */
@SpringBootTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NomorNaskahTest {

    @Autowired
    DokumenService dokumen;
    @Autowired
    NaskahService naskah;
    @Autowired
    OrganisasiService organisasi;
    @Autowired
    AuditService audit;
    @Autowired
    UserDetailsService users;
    @Autowired
    PlatformTransactionManager transaksi;
    @Autowired
    ObjectMapper json;
    @Autowired
    Clock clock;

    @AfterEach
    void keluar() {
        Masuk.keluar();
    }

    long kalaena() {
        return organisasi.kecamatanTerlihat().stream().filter(k -> k.nama().equals("Kalaena")).findFirst()
                .map(KecamatanData::id).orElseThrow();
    }

    int tahunIni() {
        return LocalDate.now(clock).getYear();
    }

    /** The whole register of the year, in order. */
    List<AgendaNaskah> register(long kec) {
        return naskah.agenda(kec, tahunIni(), 0, 500);
    }

    @Test
    @Order(1)
    void sixteenConcurrentSigningsInOneKecamatanGetSixteenDistinctNumbersWithoutAGap() throws Exception {
        Masuk.sebagai(users, "camat");
        long kec = kalaena();
        int sebelum = (int) naskah.jumlahAgenda(kec, tahunIni());
        Masuk.keluar();

        ExecutorService pelaksana = Executors.newFixedThreadPool(16);
        CountDownLatch mulai = new CountDownLatch(1);
        List<Future<ArsipDokumen>> hasil = new ArrayList<>();
        try {
            for (int i = 0; i < 16; i++) {
                hasil.add(pelaksana.submit(() -> {
                    Masuk.sebagai(users, "camat");
                    try {
                        mulai.await();
                        return dokumen.terbitkan(ContohDokumen.kecil(kec, false, null));
                    } finally {
                        Masuk.keluar();
                    }
                }));
            }
            mulai.countDown();
            List<String> nomor = new ArrayList<>();
            for (Future<ArsipDokumen> f : hasil) {
                nomor.add(f.get().nomor());
            }

            // numbers sebelum+1 … sebelum+16 (001 … 016 in a fresh database), each once
            List<String> diharapkan = IntStream.rangeClosed(sebelum + 1, sebelum + 16)
                    .mapToObj(u -> "000.7.2.4/%03d/KEC/%d".formatted(u, tahunIni())).toList();
            assertThat(nomor).containsExactlyInAnyOrderElementsOf(diharapkan);
        } finally {
            pelaksana.shutdownNow();
        }
        Masuk.sebagai(users, "camat");
        assertThat(register(kec)).extracting(AgendaNaskah::urut)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, sebelum + 16).boxed().toList());
    }

    @Test
    @Order(2)
    void theNumberIsPrintedInTheSignedPdfKeptInTheArchiveAndShownOnTheVerificationPage() throws Exception {
        Masuk.sebagai(users, "camat");
        long kec = kalaena();

        ArsipDokumen arsip = dokumen.terbitkan(ContohDokumen.kecil(kec, false, null));

        assertThat(arsip.nomor()).matches("000\\.7\\.2\\.4/\\d{3}/KEC/" + tahunIni());
        byte[] pdf = dokumen.unduh(arsip.kode()).isi();
        assertThat(DokumenRenderTest.teks(pdf, 1, 1)).contains("Nomor: " + arsip.nomor());
        assertThat(TandaTanganPdf.periksa(pdf).sah()).isTrue();
        assertThat(PdfA.pelanggaran(pdf, PDFAFlavour.PDFA_2_B)).isEmpty();
        assertThat(dokumen.arsip(kec)).filteredOn(a -> a.kode().equals(arsip.kode())).singleElement()
                .extracting(ArsipDokumen::nomor).isEqualTo(arsip.nomor());
        AgendaNaskah baris = register(kec).getLast();
        assertThat(baris.nomor()).isEqualTo(arsip.nomor());
        assertThat(baris.arsipKode()).isEqualTo(arsip.kode());
        assertThat(baris.hal()).isEqualTo("Rencana Kerja Kecamatan Kalaena Tahun 2026");
        assertThat(baris.klasifikasi()).isEqualTo("000.7.2.4");
        assertThat(baris.jenis()).isEqualTo("Renja");
        assertThat(baris.penandatangan()).isEqualTo("H. Marsuki, S.Pd., M.M.");
        assertThat(baris.sha256()).isEqualTo(arsip.sha256());

        Masuk.keluar();
        assertThat(dokumen.infoPublik(arsip.kode()).orElseThrow().nomor()).isEqualTo(arsip.nomor());
    }

    @Test
    @Order(3)
    void aSigningThatRollsBackLeavesNoNumberUsed() {
        Masuk.sebagai(users, "camat");
        long kec = kalaena();
        long sebelum = naskah.jumlahAgenda(kec, tahunIni());

        TransactionTemplate langkah = new TransactionTemplate(transaksi);
        ArsipDokumen batal = langkah.execute(status -> {
            ArsipDokumen a = dokumen.terbitkan(ContohDokumen.kecil(kec, false, null));
            // the content module's step fails after the signing: everything goes back, the number too
            status.setRollbackOnly();
            return a;
        });

        assertThat(naskah.jumlahAgenda(kec, tahunIni())).isEqualTo(sebelum);
        assertThat(dokumen.infoPublik(batal.kode())).isEmpty();
        ArsipDokumen berikut = dokumen.terbitkan(ContohDokumen.kecil(kec, false, null));
        assertThat(berikut.nomor()).isEqualTo(batal.nomor());
        assertThat(register(kec)).extracting(AgendaNaskah::urut)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, (int) sebelum + 1).boxed().toList());
    }

    @Test
    @Order(4)
    void theSrikandiZipHoldsTheYearsRegisterEachPdfWithItsMetadataAsCsvAndJson() throws Exception {
        Masuk.sebagai(users, "camat");
        long kec = kalaena();
        dokumen.terbitkan(ContohDokumen.kecil(kec, false, null));
        List<AgendaNaskah> register = register(kec);
        assertThat(naskah.bolehEksporSrikandi(kec)).isTrue();

        ByteArrayOutputStream keluar = new ByteArrayOutputStream();
        naskah.tulisEksporSrikandi(kec, tahunIni(), keluar);
        Map<String, byte[]> zip = bacaZip(keluar.toByteArray());

        List<Map<String, String>> metadata = json.readValue(zip.get("metadata.json"), new TypeReference<>() {
        });
        assertThat(metadata).extracting(m -> m.get("nomor")).containsExactlyElementsOf(register.stream()
                .map(AgendaNaskah::nomor).toList());
        for (int i = 0; i < register.size(); i++) {
            AgendaNaskah a = register.get(i);
            Map<String, String> m = metadata.get(i);
            assertThat(m).containsEntry("hal", a.hal()).containsEntry("klasifikasi", a.klasifikasi())
                    .containsEntry("sifat", "Biasa").containsEntry("penandatangan", a.penandatangan())
                    .containsEntry("jabatan", a.jabatanPenandatangan()).containsEntry("sha256", a.sha256())
                    .containsEntry("tanggal", a.ditandatanganiPada().atZone(clock.getZone()).toLocalDate().toString())
                    .containsEntry("kodeVerifikasi", a.arsipKode());
            byte[] pdf = zip.get(m.get("berkas"));
            assertThat(pdf).as(m.get("berkas")).isNotNull();
            assertThat(PenyimpananBerkas.sha256(pdf)).isEqualTo(m.get("sha256"));
            String dasar = m.get("berkas").replaceAll("\\.pdf$", "");
            assertThat(dasar).isEqualTo("naskah/" + a.nomor().replace('/', '-'));
            assertThat(json.readValue(zip.get(dasar + ".json"), new TypeReference<Map<String, String>>() {
            })).isEqualTo(m);
        }
        assertThat(DokumenRenderTest.teks(zip.get(metadata.getLast().get("berkas")), 1, 1))
                .contains("Nomor: " + metadata.getLast().get("nomor"));
        assertThat(bacaCsv(zip.get("metadata.csv"))).isEqualTo(metadata);
        assertThat(zip).containsKey("BACA-SAYA.txt");
        assertThat(zip).hasSize(2 * register.size() + 3);

        Masuk.sebagai(users, "admin");
        assertThat(audit.riwayat("AgendaNaskah", tahunIni())).last().satisfies(e -> {
            assertThat(e.aksi()).isEqualTo("EKSPOR_SRIKANDI");
            assertThat(e.username()).isEqualTo("camat");
            assertThat(e.nilaiBaru()).isEqualTo(register.size() + " naskah");
        });
    }

    @Test
    @Order(5)
    void aUnitHeadReadsTheAgendaButDoesNotExportAndAnotherKecamatanSeesNothing() {
        Masuk.sebagai(users, "kasi.pem");
        long kec = kalaena();
        assertThat(naskah.jumlahAgenda(kec, tahunIni())).isPositive();
        assertThat(naskah.tahunAgenda(kec)).contains(tahunIni());
        assertThat(naskah.bolehEksporSrikandi(kec)).isFalse();
        assertThatThrownBy(() -> naskah.tulisEksporSrikandi(kec, tahunIni(), new ByteArrayOutputStream()))
                .isInstanceOf(AccessDeniedException.class);

        Masuk.sebagai(users, "wasuponda.camat");
        assertThatThrownBy(() -> naskah.agenda(kec, tahunIni(), 0, 50)).isInstanceOf(DataTidakDitemukanException.class);
        assertThatThrownBy(() -> naskah.tulisEksporSrikandi(kec, tahunIni(), new ByteArrayOutputStream()))
                .isInstanceOf(DataTidakDitemukanException.class);
    }

    static Map<String, byte[]> bacaZip(byte[] zip) throws Exception {
        Map<String, byte[]> isi = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                isi.put(e.getName(), in.readAllBytes());
            }
        }
        return isi;
    }

    /** metadata.csv as the same maps as metadata.json (its columns are the JSON fields in snake case). */
    static List<Map<String, String>> bacaCsv(byte[] csv) {
        String[] baris = new String(csv, StandardCharsets.UTF_8).replaceFirst("^\uFEFF", "").split("\r\n");
        String[] kepala = baris[0].split(";");
        List<Map<String, String>> hasil = new ArrayList<>();
        for (String b : Arrays.copyOfRange(baris, 1, baris.length)) {
            // every value is quoted and none of ours holds a quote or a semicolon
            String[] nilai = b.substring(1, b.length() - 1).split("\";\"", -1);
            assertThat(nilai).hasSameSizeAs(kepala);
            Map<String, String> m = new LinkedHashMap<>();
            for (int i = 0; i < kepala.length; i++) {
                m.put(switch (kepala[i]) {
                    case "kode_verifikasi" -> "kodeVerifikasi";
                    case "url_verifikasi" -> "urlVerifikasi";
                    default -> kepala[i];
                }, nilai[i]);
            }
            hasil.add(m);
        }
        return hasil;
    }
}
