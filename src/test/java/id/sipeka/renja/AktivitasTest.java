package id.sipeka.renja;

import static id.sipeka.renja.KabupatenAktivitasUji.AKHIR;
import static id.sipeka.renja.KabupatenAktivitasUji.AWAL;
import static id.sipeka.renja.KabupatenAktivitasUji.RENSTRA;
import static id.sipeka.renja.KabupatenAktivitasUji.harapan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sipeka.Masuk;
import id.sipeka.base.AturanDilanggarException;
import id.sipeka.base.FormatIndonesia;
import id.sipeka.organisasi.AkunService;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.renja.AktivitasRenjaData.AktivitasRenja;
import id.sipeka.renja.AktivitasRenjaData.UbahAktivitas;
import id.sipeka.renja.RenjaData.BarisRenja;
import id.sipeka.renja.RenjaData.UbahBarisRenja;
import id.sipeka.renstra.AktivitasData.AktivitasRenstraData;
import id.sipeka.renstra.AktivitasData.AktivitasRenstraIsi;
import id.sipeka.renstra.AktivitasRenstraService;
import id.sipeka.renstra.HasilImpor;
import id.sipeka.renstra.ImporDitolakException;
import id.sipeka.renstra.ImporRenstraService;
import id.sipeka.renstra.MasalahImpor;
import id.sipeka.renstra.Prioritas;
import id.sipeka.renstra.RenstraData.BarisRenstra;
import id.sipeka.renstra.RenstraData.RenstraLengkap;
import id.sipeka.renstra.RenstraService;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.ObjectMapper;

/**
 * Issue 13 item 3 on MariaDB: a kabupaten with Aktivitas switched on imports a Renstra 2024–2026 with Aktivitas rows
 * and lokasi (XLSX and JSON); its sums and warnings are checked against {@link KabupatenAktivitasUji#harapan}, computed
 * in the test. The same file is refused for a kabupaten without the switch; a bad lokasi is refused by sheet, row and
 * column. A Renja opened from it carries the Aktivitas and lokasi; the row's unit edits them and the row's pagu
 * follows; another unit's head is refused; the document prints each sub kegiatan's Aktivitas table with its Jumlah.
 */
@SpringBootTest
class AktivitasTest {

    private static final String SUB = "7.01.01.2.01.0001";
    private static final String KEGIATAN = "7.01.01.2.01";

    @Autowired
    OrganisasiService organisasi;
    @Autowired
    AkunService akun;
    @Autowired
    UserDetailsService users;
    @Autowired
    ImporRenstraService impor;
    @Autowired
    RenstraService renstra;
    @Autowired
    AktivitasRenstraService aktivitasRenstra;
    @Autowired
    LayananRenja layanan;
    @Autowired
    AktivitasRenjaService aktivitasRenja;
    @Autowired
    RenjaDokumenService dokumen;
    @Autowired
    ObjectMapper json;
    @Autowired
    PenyiapPerubahan penyiap;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    EksporSipdRenjaService eksporSipd;
    @Autowired
    ImporSipdRenjaService imporSipd;

    @AfterEach
    void keluar() {
        Masuk.keluar();
    }

    @Test
    void aJsonRenstraWithAktivitasIsStoredWithEverySumAndTheMismatchWarnings() {
        KabupatenAktivitasUji k = KabupatenAktivitasUji.siapkan(organisasi, akun, users, true);
        HasilImpor hasil = impor.imporJson(k.kecamatan().id(), KabupatenAktivitasUji.json(json, k.kecamatan().nama()));
        periksaTersimpan(k, hasil);
        assertThat(hasil.peringatan()).allSatisfy(p -> assertThat(p.lembar()).isEqualTo("Nomenklatur"));
        assertThat(hasil.peringatan()).extracting(MasalahImpor::kolom).containsOnly("pagu.2025");
        // JSON rows are counted from 1 in their array: the sub kegiatan is the 3rd, the kegiatan the 2nd
        assertThat(hasil.peringatan()).extracting(MasalahImpor::baris).containsExactlyInAnyOrder(2, 3);
    }

    @Test
    void theSameRenstraFromXlsxGivesTheSameRowsAndWarnsOnTheSheetRows() {
        KabupatenAktivitasUji k = KabupatenAktivitasUji.siapkan(organisasi, akun, users, true);
        HasilImpor hasil = impor.imporXlsx(k.kecamatan().id(),
                new ByteArrayInputStream(KabupatenAktivitasUji.xlsx(k.kecamatan().nama(), null)));
        periksaTersimpan(k, hasil);
        // header on row 1: the kegiatan is on row 3, the sub kegiatan on row 4
        assertThat(hasil.peringatan()).extracting(MasalahImpor::baris).containsExactlyInAnyOrder(3, 4);
        assertThat(hasil.peringatan()).extracting(MasalahImpor::kolom).containsOnly("I (Pagu 2025)");
    }

    private void periksaTersimpan(KabupatenAktivitasUji k, HasilImpor hasil) {
        assertThat(hasil.jumlahSubKegiatan()).isEqualTo(2);
        RenstraLengkap r = renstra.lengkap(hasil.renstraId());
        for (String kode : List.of("7.01.01", KEGIATAN, SUB, "7.01.01.2.01.0002")) {
            for (int t = AWAL; t <= AKHIR; t++) {
                assertThat(baris(r, kode).pagu().getOrDefault(t, 0L)).as(kode + " " + t).isEqualTo(harapan(kode, t));
            }
        }
        assertThat(baris(r, SUB).pagu().get(2024)).isEqualTo(15_000_000L);
        assertThat(r.totalPagu().get(2025)).isEqualTo(harapan("7.01.01", 2025)).isEqualTo(25_500_000L);
        // a warning for each printed pagu that differs from its computed sum, in today's wording
        List<String> diharapkan = new ArrayList<>();
        for (var b : RENSTRA) {
            for (int t = AWAL; t <= AKHIR; t++) {
                Long tertulis = b.pagu()[t - AWAL];
                boolean punyaAnak = RENSTRA.stream().anyMatch(x -> x.kode().startsWith(b.kode() + "."));
                if (punyaAnak && tertulis != null && tertulis != harapan(b.kode(), t)) {
                    diharapkan.add(b.kode() + " " + t + " " + FormatIndonesia.rupiah(tertulis) + " "
                            + FormatIndonesia.rupiah(harapan(b.kode(), t)));
                }
            }
        }
        assertThat(diharapkan).hasSize(2);
        assertThat(hasil.peringatan()).hasSize(diharapkan.size());
        for (String d : diharapkan) {
            String[] bagian = d.split(" ", 3);
            assertThat(hasil.peringatan()).anyMatch(p -> p.alasan().contains(bagian[0] + " ") && p.alasan().contains(bagian[1])
                    && p.alasan().contains(bagian[2].substring(0, bagian[2].lastIndexOf(" Rp")))
                    && p.alasan().contains(bagian[2].substring(bagian[2].lastIndexOf(" Rp") + 1)));
        }
        assertThat(hasil.peringatan()).anyMatch(p -> p.alasan().contains("jumlah aktivitasnya"))
                .anyMatch(p -> p.alasan().contains("jumlah sub kegiatannya"));
        // the Aktivitas themselves and the sub kegiatan's lokasi
        AktivitasRenstraIsi isi = aktivitasRenstra.isi(hasil.renstraId());
        long subId = baris(r, SUB).id();
        assertThat(isi.lokasi().get(subId)).isEqualTo("Desa Bayondo, Kecamatan " + k.kecamatan().nama());
        List<AktivitasRenstraData> a = isi.dari(subId);
        assertThat(a).extracting(AktivitasRenstraData::kode).containsExactly(SUB + ".1", SUB + ".2");
        assertThat(a.get(0).prioritas()).isEqualTo(Prioritas.TINGGI);
        assertThat(a.get(1).prioritas()).isEqualTo(Prioritas.RENDAH);
        assertThat(a.get(1).volume()).isEqualByComparingTo("1.5");
        assertThat(a.get(1).lokasi()).isEqualTo("Desa Mekar");
        assertThat(a.get(1).pagu()).isEqualTo(Map.of(2024, 5_000_000L, 2025, 6_500_000L));
        for (int t = AWAL; t <= AKHIR; t++) {
            assertThat(isi.jumlah(subId, t)).isEqualTo(harapan(SUB, t));
        }
    }

    @Test
    void theDownloadedTemplateCarriesTheAktivitasAndLokasiAndImportsBackWithoutWarnings() {
        KabupatenAktivitasUji k = KabupatenAktivitasUji.siapkan(organisasi, akun, users, true);
        HasilImpor pertama = impor.imporJson(k.kecamatan().id(), KabupatenAktivitasUji.json(json, k.kecamatan().nama()));
        byte[] templat = impor.templateXlsx(k.kecamatan().id(), AWAL, AKHIR);

        HasilImpor lagi = impor.imporXlsx(k.kecamatan().id(), new ByteArrayInputStream(templat));

        assertThat(lagi.renstraId()).isEqualTo(pertama.renstraId());
        assertThat(lagi.peringatan()).isEmpty(); // the template prints the sums
        RenstraLengkap r = renstra.lengkap(lagi.renstraId());
        for (int t = AWAL; t <= AKHIR; t++) {
            assertThat(baris(r, SUB).pagu().getOrDefault(t, 0L)).isEqualTo(harapan(SUB, t));
            assertThat(baris(r, KEGIATAN).pagu().getOrDefault(t, 0L)).isEqualTo(harapan(KEGIATAN, t));
        }
        AktivitasRenstraIsi isi = aktivitasRenstra.isi(lagi.renstraId());
        long subId = baris(r, SUB).id();
        assertThat(isi.lokasi().get(subId)).isEqualTo("Desa Bayondo, Kecamatan " + k.kecamatan().nama());
        assertThat(isi.dari(subId)).extracting(AktivitasRenstraData::kode, AktivitasRenstraData::prioritas,
                AktivitasRenstraData::lokasi).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(SUB + ".1", Prioritas.TINGGI, "Desa Bayondo"),
                        org.assertj.core.groups.Tuple.tuple(SUB + ".2", Prioritas.RENDAH, "Desa Mekar"));
        assertThat(isi.dari(subId).get(1).volume()).isEqualByComparingTo("1.5");
    }

    @Test
    void aKabupatenWithoutAktivitasRefusesTheSameFileNamingSheetRowAndColumn() {
        KabupatenAktivitasUji k = KabupatenAktivitasUji.siapkan(organisasi, akun, users, false);
        byte[] xlsx = KabupatenAktivitasUji.xlsx(k.kecamatan().nama(), null);

        assertThatThrownBy(() -> impor.imporXlsx(k.kecamatan().id(), new ByteArrayInputStream(xlsx)))
                .isInstanceOfSatisfying(ImporDitolakException.class, e -> {
                    assertThat(e.masalah()).hasSize(2).allSatisfy(m -> {
                        assertThat(m.lembar()).isEqualTo("Nomenklatur");
                        assertThat(m.kolom()).isEqualTo("A (Kode)");
                        assertThat(m.alasan()).contains("tidak memakai tingkat Aktivitas");
                    });
                    assertThat(e.masalah()).extracting(MasalahImpor::baris).containsExactly(5, 6);
                });
        assertThatThrownBy(() -> impor.imporJson(k.kecamatan().id(), KabupatenAktivitasUji.json(json, k.kecamatan().nama())))
                .isInstanceOfSatisfying(ImporDitolakException.class, e -> assertThat(e.masalah())
                        .extracting(MasalahImpor::baris).containsExactly(4, 5));
        assertThat(renstra.daftar(k.kecamatan().id())).isEmpty();
    }

    @Test
    void aBadLokasiIsRefusedNamingSheetRowAndColumnAndNothingIsStored() {
        KabupatenAktivitasUji k = KabupatenAktivitasUji.siapkan(organisasi, akun, users, true);
        byte[] xlsx = KabupatenAktivitasUji.xlsx(k.kecamatan().nama(), "Desa Mekar, Desa Entah");

        assertThatThrownBy(() -> impor.imporXlsx(k.kecamatan().id(), new ByteArrayInputStream(xlsx)))
                .isInstanceOfSatisfying(ImporDitolakException.class, e -> {
                    assertThat(e.masalah()).singleElement().satisfies(m -> {
                        assertThat(m.lembar()).isEqualTo("Nomenklatur");
                        assertThat(m.baris()).isEqualTo(6);
                        assertThat(m.kolom()).isEqualTo("D (Lokasi)");
                        assertThat(m.alasan()).contains("Desa Entah");
                    });
                });
        assertThat(renstra.daftar(k.kecamatan().id())).isEmpty();
    }

    @Test
    void aRenjaCarriesTheAktivitasAndLokasiAndTheUnitEditsThemWhileTheRowPaguFollows() throws Exception {
        KabupatenAktivitasUji k = KabupatenAktivitasUji.siapkan(organisasi, akun, users, true);
        impor.imporJson(k.kecamatan().id(), KabupatenAktivitasUji.json(json, k.kecamatan().nama()));
        Masuk.sebagai(users, k.sekcam());
        long renjaId = layanan.pembukaan().buka(k.kecamatan().id(), 2025, RenjaUji.batasDari(LocalDate.now())).id();

        // opened: lokasi from the Renstra (else the whole kecamatan), Aktivitas of 2025 with their 2025 pagu
        BarisRenja sub = baris(renjaId, SUB);
        assertThat(sub.lokasi()).isEqualTo("Desa Bayondo, Kecamatan " + k.kecamatan().nama());
        assertThat(baris(renjaId, "7.01.01.2.01.0002").lokasi()).isEqualTo("Kecamatan " + k.kecamatan().nama());
        List<AktivitasRenja> a = aktivitasRenja.aktivitas(sub.id());
        assertThat(a).extracting(AktivitasRenja::kode).containsExactly(SUB + ".1", SUB + ".2");
        assertThat(a).extracting(AktivitasRenja::pagu).containsExactly(12_000_000L, 6_500_000L);
        assertThat(sub.pagu()).isEqualTo(harapan(SUB, 2025));
        assertThat(sub.paguMaju()).isEqualTo(harapan(SUB, 2026));
        assertThat(aktivitasRenja.dipakai(renjaId)).isTrue();

        // the unit's head changes one and adds one: the row's pagu is their sum
        Masuk.sebagai(users, k.kasiPem());
        AktivitasRenja kedua = a.get(1);
        aktivitasRenja.simpan(ubah(kedua, 8_000_000L, "Desa Mekar"));
        AktivitasRenja baru = aktivitasRenja.simpan(new UbahAktivitas(null, sub.id(), 0, "Sosialisasi", new BigDecimal("2"),
                "Kali", Prioritas.SEDANG, 1_250_000L, "Kecamatan " + k.kecamatan().nama()));
        assertThat(baru.kode()).isEqualTo(SUB + ".3");
        assertThat(baris(renjaId, SUB).pagu()).isEqualTo(12_000_000L + 8_000_000L + 1_250_000L);

        // a stale version, a negative volume, a lokasi outside the kecamatan: refused, nothing changed
        assertThatThrownBy(() -> aktivitasRenja.simpan(ubah(kedua, 9_000_000L, null)))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        AktivitasRenja kini = aktivitasRenja.aktivitas(sub.id()).get(1);
        assertThatThrownBy(() -> aktivitasRenja.simpan(new UbahAktivitas(kini.id(), sub.id(), kini.version(), kini.nama(),
                new BigDecimal("-1"), kini.satuan(), kini.prioritas(), 1L, null)))
                .isInstanceOf(AturanDilanggarException.class).hasMessage("Volume dan pagu aktivitas tidak boleh negatif.");
        assertThatThrownBy(() -> aktivitasRenja.simpan(ubah(kini, 1L, "Desa Entah")))
                .isInstanceOf(AturanDilanggarException.class).hasMessageContaining("Desa Entah");
        assertThat(aktivitasRenja.aktivitas(sub.id()).get(1)).isEqualTo(kini);
        assertThat(baris(renjaId, SUB).pagu()).isEqualTo(21_250_000L);

        // the row's pagu is no longer typed: another value is refused, the sum is accepted
        BarisRenja b = baris(renjaId, SUB);
        assertThatThrownBy(() -> layanan.pengisian().simpanBaris(ubahBaris(b, 5L)))
                .isInstanceOf(AturanDilanggarException.class).hasMessageContaining("jumlah pagu aktivitasnya");
        assertThat(layanan.pengisian().simpanBaris(ubahBaris(b, b.pagu())).sumberDana()).isEqualTo("APBD");

        // removing one: the sum of the others
        aktivitasRenja.hapus(baru.id(), baru.version());
        assertThat(baris(renjaId, SUB).pagu()).isEqualTo(20_000_000L);

        // another unit's head may neither change nor add
        Masuk.sebagai(users, k.kasiPmd());
        AktivitasRenja pertama = aktivitasRenja.aktivitas(sub.id()).getFirst();
        assertThatThrownBy(() -> aktivitasRenja.simpan(ubah(pertama, 1L, null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> aktivitasRenja.simpan(new UbahAktivitas(null, sub.id(), 0, "Lain", null, null, null, 1L, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> aktivitasRenja.hapus(pertama.id(), pertama.version())).isInstanceOf(AccessDeniedException.class);
        assertThat(baris(renjaId, SUB).pagu()).isEqualTo(20_000_000L);

        // the document: Tabel 3.1 and the Aktivitas table of the sub kegiatan agree
        Masuk.sebagai(users, k.sekcam());
        List<AktivitasRenja> akhir = aktivitasRenja.aktivitas(sub.id());
        Map<String, TabelDibaca> tabel = TabelDibaca.dariDocx(dokumen.docx(renjaId).isi());
        TabelDibaca t = tabel.get("Tabel 3.2");
        assertThat(t).isNotNull();
        assertThat(t.judul()).contains(SUB).contains("Aktivitas");
        assertThat(t.kolom()).isEqualTo(7);
        assertThat(t.baris().get(0)).containsExactly("No", "Aktivitas", "Volume", "Satuan", "Prioritas", "Lokasi", "Pagu (Rp)");
        List<List<String>> isi = t.baris().subList(2, t.baris().size() - 1);
        assertThat(isi).hasSize(akhir.size());
        assertThat(isi.get(0).get(1)).isEqualTo(SUB + ".1 Musyawarah desa");
        assertThat(isi.get(0).get(4)).isEqualTo("Tinggi");
        assertThat(isi.get(1).get(5)).isEqualTo("Desa Mekar");
        long jumlah = akhir.stream().mapToLong(AktivitasRenja::pagu).sum();
        assertThat(isi.stream().mapToLong(r -> TabelDibaca.rupiah(r.get(6))).sum()).isEqualTo(jumlah);
        assertThat(t.terakhir().getFirst()).isEqualTo("JUMLAH");
        assertThat(TabelDibaca.rupiah(t.terakhir().getLast())).isEqualTo(jumlah).isEqualTo(20_000_000L);
        List<String> subDi31 = tabel.get("Tabel 3.1").barisSubKegiatan(0).stream().filter(r -> r.getFirst().equals(SUB))
                .findFirst().orElseThrow();
        assertThat(TabelDibaca.rupiah(subDi31.get(5))).isEqualTo(jumlah);
        assertThat(tabel).doesNotContainKey("Tabel 3.3"); // sub kegiatan 0002 has no Aktivitas

        // the XLSX has the same table as a sheet, its Jumlah a number
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(dokumen.xlsx(renjaId).isi()))) {
            var lembar = java.util.stream.IntStream.range(0, wb.getNumberOfSheets()).mapToObj(wb::getSheetAt)
                    .filter(s -> s.getSheetName().startsWith("Tabel 3.2")).findFirst().orElseThrow();
            double angka = 0;
            for (var row : lembar) {
                for (var cell : row) {
                    if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
                        angka = Math.max(angka, cell.getNumericCellValue());
                    }
                }
            }
            assertThat((long) angka).isEqualTo(jumlah);
        }
    }

    @Test
    void aSipdRenjaFileMayNotGiveARowWithAktivitasAnotherPagu() throws Exception {
        KabupatenAktivitasUji k = KabupatenAktivitasUji.siapkan(organisasi, akun, users, true);
        impor.imporJson(k.kecamatan().id(), KabupatenAktivitasUji.json(json, k.kecamatan().nama()));
        Masuk.sebagai(users, k.sekcam());
        long renjaId = layanan.pembukaan().buka(k.kecamatan().id(), 2025, RenjaUji.batasDari(LocalDate.now())).id();
        byte[] sipd = eksporSipd.xlsx(renjaId).isi();
        byte[] buruk;
        int nomor = -1;
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(sipd)); var keluar = new java.io.ByteArrayOutputStream()) {
            var sheet = wb.getSheet("Renja SIPD");
            for (var row : sheet) {
                var kode = row.getCell(2);
                if (kode != null && kode.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                        && kode.getStringCellValue().equals(SUB)) {
                    row.getCell(8).setCellValue(5);
                    nomor = row.getRowNum() + 1;
                }
            }
            wb.write(keluar);
            buruk = keluar.toByteArray();
        }
        int barisSub = nomor;
        assertThat(barisSub).isPositive();
        assertThatThrownBy(() -> imporSipd.impor(renjaId, new ByteArrayInputStream(buruk)))
                .isInstanceOfSatisfying(ImporDitolakException.class, e -> assertThat(e.masalah()).singleElement()
                        .satisfies(m -> {
                            assertThat(m.baris()).isEqualTo(barisSub);
                            assertThat(m.kolom()).startsWith("I (Pagu");
                            assertThat(m.alasan()).contains("jumlah pagu aktivitasnya");
                        }));
        // the file as exported (the sum) imports
        assertThat(imporSipd.impor(renjaId, new ByteArrayInputStream(sipd))).isZero();
        assertThat(baris(renjaId, SUB).pagu()).isEqualTo(18_500_000L);
    }

    @Test
    void aRenjaPerubahanCarriesTheAktivitasOfTheRenjaItRevises() {
        PenyiapPerubahan.Kecamatan k = penyiap.renjaDitetapkan(1);
        Masuk.sebagai(users, k.sekcam());
        BarisRenja asal = layanan.baca().baris(k.renjaId()).getFirst();
        // the ditetapkan Renja's row with an Aktivitas, as if copied when it was opened
        jdbc.update("INSERT INTO renja_aktivitas (renja_baris_id, kode, nama, volume, satuan, prioritas, pagu, lokasi, urutan,"
                + " version) VALUES (?, ?, 'Rapat', 2, 'Kali', 'SEDANG', ?, NULL, 0, 0)", asal.id(), asal.kode() + ".1",
                asal.pagu());

        long perubahan = penyiap.bukaPerubahan(k, java.util.Set.of(k.unit().getFirst()));

        BarisRenja baru = baris(perubahan, asal.kode());
        assertThat(baru.id()).isNotEqualTo(asal.id());
        assertThat(aktivitasRenja.aktivitas(baru.id())).singleElement().satisfies(a -> {
            assertThat(a.kode()).isEqualTo(asal.kode() + ".1");
            assertThat(a.nama()).isEqualTo("Rapat");
            assertThat(a.prioritas()).isEqualTo(Prioritas.SEDANG);
            assertThat(a.pagu()).isEqualTo(asal.pagu());
        });
        assertThat(aktivitasRenja.aktivitas(asal.id())).hasSize(1); // the ditetapkan Renja keeps its own
    }

    @Test
    void theDemoKabupatensDocumentHasNoAktivitasTable() {
        // the demo Renja 2029 of Kalaena is opened by RenjaDokumenTest; here any Renja of a kabupaten without Aktivitas
        KabupatenAktivitasUji k = KabupatenAktivitasUji.siapkan(organisasi, akun, users, false);
        var data = new ArrayList<>(RENSTRA.stream().filter(b -> !b.aktivitas()).toList());
        var akar = KabupatenAktivitasUji.json(json, k.kecamatan().nama());
        var nomenklatur = (tools.jackson.databind.node.ArrayNode) akar.get("nomenklatur");
        for (int i = nomenklatur.size() - 1; i >= 0; i--) {
            if (nomenklatur.get(i).get("kode").asString().split("\\.").length == 7) {
                nomenklatur.remove(i);
            }
        }
        assertThat(nomenklatur).hasSize(data.size());
        impor.imporJson(k.kecamatan().id(), akar);
        Masuk.sebagai(users, k.sekcam());
        long renjaId = layanan.pembukaan().buka(k.kecamatan().id(), 2025, RenjaUji.batasDari(LocalDate.now())).id();
        assertThat(aktivitasRenja.dipakai(renjaId)).isFalse();
        assertThat(baris(renjaId, SUB).pagu()).isEqualTo(18_000_000L);
        Map<String, TabelDibaca> tabel = TabelDibaca.dariDocx(dokumen.docx(renjaId).isi());
        assertThat(tabel).containsKey("Tabel 3.1").doesNotContainKey("Tabel 3.2");
        Masuk.sebagai(users, k.kasiPem());
        BarisRenja sub = baris(renjaId, SUB);
        assertThatThrownBy(() -> aktivitasRenja.simpan(new UbahAktivitas(null, sub.id(), 0, "X", null, null, null, 1L, null)))
                .isInstanceOf(AturanDilanggarException.class).hasMessage("Kabupaten ini tidak memakai tingkat Aktivitas.");
    }

    private BarisRenja baris(long renjaId, String kode) {
        return layanan.baca().baris(renjaId).stream().filter(b -> b.kode().equals(kode)).findFirst().orElseThrow();
    }

    private static BarisRenstra baris(RenstraLengkap r, String kode) {
        return r.semuaBaris().stream().filter(b -> b.kode().equals(kode)).findFirst().orElseThrow();
    }

    private static UbahAktivitas ubah(AktivitasRenja a, long pagu, String lokasi) {
        return new UbahAktivitas(a.id(), a.renjaBarisId(), a.version(), a.nama(), a.volume(), a.satuan(), a.prioritas(), pagu,
                lokasi);
    }

    private static UbahBarisRenja ubahBaris(BarisRenja b, Long pagu) {
        return new UbahBarisRenja(b.id(), b.version(), b.indikator(), b.target(), b.lokasi(), pagu, "APBD", b.catatan(),
                b.targetMaju(), b.paguMaju());
    }
}
