package id.sipeka.evaluasi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sipeka.Masuk;
import id.sipeka.base.AturanDilanggarException;
import id.sipeka.evaluasi.EvaluasiData.BarisRekap;
import id.sipeka.evaluasi.KecamatanKalaenaUji.Kecamatan;
import id.sipeka.evaluasi.LkjipData.AngkaLkjip;
import id.sipeka.evaluasi.LkjipData.BarisKinerja;
import id.sipeka.evaluasi.RiwayatData.BarisRiwayat;
import id.sipeka.evaluasi.RiwayatData.IsianRiwayat;
import id.sipeka.evaluasi.RiwayatData.RiwayatTahun;
import id.sipeka.renstra.ImporDitolakException;
import id.sipeka.renstra.Tingkat;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A kecamatan of Kalaena's size moving its history into SIPEKA: the admin records the realisasi of 2025 (the Renstra's
 * first year, before SIPEKA was used) by hand and from the year's spreadsheet; the roll-up is computed from it and
 * checked against sums and ratios computed here from the Renstra's own rows read with SQL; the LKjIP of 2026 compares
 * with 2025 marked as history; a year evaluated through the workflow, a year outside the period, a kasi, bad values
 * and a stale version are refused without storing anything.
 */
@SpringBootTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RiwayatRealisasiTest {

    private static final int RIWAYAT = 2025;

    @Autowired
    KecamatanKalaenaUji kalaena;
    @Autowired
    RiwayatRealisasiService riwayat;
    @Autowired
    LkjipService lkjip;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    static Kecamatan k;

    @BeforeEach
    void siapkan() {
        if (k == null) {
            Masuk.sebagai(users, "admin");
            k = kalaena.buat(jdbc.queryForObject("SELECT MIN(id) FROM kabupaten", Long.class));
            Masuk.keluar();
        }
    }

    @AfterEach
    void keluar() {
        Masuk.keluar();
    }

    @Test
    @Order(1)
    void theAdminRecordsAYearBeforeSipekaAndItsRollUpIsComputed() {
        Masuk.sebagai(users, "admin");
        RiwayatTahun kosong = riwayat.baca(k.kecamatanId(), RIWAYAT);
        assertThat(kosong.bolehDiubah()).isTrue();
        assertThat(kosong.rekap()).isNull();
        // every sub kegiatan of the Renstra with its 2025 target and pagu, as read straight from the tables
        Map<String, Long> pagu = paguRenstra();
        assertThat(kosong.baris()).extracting(BarisRiwayat::kode).containsExactlyInAnyOrderElementsOf(pagu.keySet());
        kosong.baris().forEach(b -> assertThat(b.pagu()).as(b.kode()).isEqualTo(pagu.get(b.kode())));

        // realisasi of every row: 90 % of the target, 85 % of the pagu (rounded down to the rupiah)
        List<IsianRiwayat> isian = new ArrayList<>();
        for (BarisRiwayat b : kosong.baris()) {
            BigDecimal realisasi = b.target() == null ? null : b.target().multiply(new BigDecimal("0.9")).setScale(2, RoundingMode.HALF_UP);
            isian.add(new IsianRiwayat(b.kode(), realisasi, b.pagu() == null ? null : b.pagu() * 85 / 100));
        }
        RiwayatTahun r = riwayat.simpan(k.kecamatanId(), RIWAYAT, kosong.version(), isian);
        assertThat(r.dicatatOleh()).isEqualTo("admin");
        assertThat(r.rekap()).isNotNull();

        // JUMLAH: the money adds up to the rows' sums; each sub kegiatan's capaian is realisasi / target (NAIK rows)
        long jumlahPagu = pagu.values().stream().filter(java.util.Objects::nonNull).mapToLong(Long::longValue).sum();
        long jumlahRealisasi = isian.stream().filter(i -> i.realisasiRp() != null).mapToLong(IsianRiwayat::realisasiRp).sum();
        assertThat(r.rekap().jumlah().anggaran()).isEqualTo(jumlahPagu);
        assertThat(r.rekap().jumlah().realisasiRpKumulatif()).isEqualTo(jumlahRealisasi);
        assertThat(r.rekap().jumlah().capaianKeuangan().setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo(
                BigDecimal.valueOf(jumlahRealisasi).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(jumlahPagu), 2,
                        RoundingMode.HALF_UP));
        Map<String, String> polaritas = jdbc.queryForList("""
                SELECT n.kode, n.polaritas FROM nomenklatur n JOIN renstra r ON r.id = n.renstra_id
                 WHERE r.kecamatan_id = ? AND n.tingkat = 'SUB_KEGIATAN'""", k.kecamatanId()).stream()
                .collect(Collectors.toMap(m -> (String) m.get("kode"), m -> (String) m.get("polaritas")));
        for (BarisRekap b : r.rekap().baris()) {
            if (b.tingkat() == Tingkat.SUB_KEGIATAN && b.target() != null && b.target().signum() > 0
                    && "NAIK".equals(polaritas.get(b.kode()))) {
                assertThat(b.capaianKinerja().setScale(2, RoundingMode.HALF_UP)).as(b.kode()).isEqualByComparingTo(
                        b.realisasiKumulatif().multiply(BigDecimal.valueOf(100)).divide(b.target(), 2, RoundingMode.HALF_UP));
            }
        }
        // a kegiatan's money is the sum of its sub kegiatan
        BarisRekap kegiatan = r.rekap().baris().stream().filter(b -> b.tingkat() == Tingkat.KEGIATAN).findFirst().orElseThrow();
        long anak = r.rekap().baris().stream().filter(b -> b.tingkat() == Tingkat.SUB_KEGIATAN && b.kode().startsWith(kegiatan.kode() + "."))
                .mapToLong(BarisRekap::realisasiRpKumulatif).sum();
        assertThat(kegiatan.realisasiRpKumulatif()).isEqualTo(anak);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE aksi = 'RIWAYAT' AND kecamatan_id = ?", Integer.class,
                k.kecamatanId())).isEqualTo(1);
    }

    @Test
    @Order(2)
    void theYearsSpreadsheetRoundTripsAndABadCellIsNamed() throws IOException {
        Masuk.sebagai(users, "admin");
        RiwayatTahun r = riwayat.baca(k.kecamatanId(), RIWAYAT);
        BarisRiwayat pertama = r.baris().getFirst();
        byte[] berkas = ubah(riwayat.xlsx(k.kecamatanId(), RIWAYAT), pertama.kode(), "7", 1_234_567d);
        RiwayatTahun baru = riwayat.imporXlsx(k.kecamatanId(), RIWAYAT, r.version(), berkas);
        BarisRiwayat lagi = baru.baris().stream().filter(b -> b.kode().equals(pertama.kode())).findFirst().orElseThrow();
        assertThat(lagi.realisasi()).isEqualByComparingTo("7");
        assertThat(lagi.realisasiRp()).isEqualTo(1_234_567L);
        // the other rows came back unchanged from the file
        for (BarisRiwayat b : baru.baris()) {
            if (!b.kode().equals(pertama.kode())) {
                BarisRiwayat sebelum = r.baris().stream().filter(x -> x.kode().equals(b.kode())).findFirst().orElseThrow();
                assertThat(b.realisasiRp()).as(b.kode()).isEqualTo(sebelum.realisasiRp());
            }
        }

        byte[] rusak = ubah(riwayat.xlsx(k.kecamatanId(), RIWAYAT), pertama.kode(), "tujuh", null);
        assertThatThrownBy(() -> riwayat.imporXlsx(k.kecamatanId(), RIWAYAT, baru.version(), rusak))
                .isInstanceOf(ImporDitolakException.class)
                .satisfies(e -> assertThat(((ImporDitolakException) e).masalah()).singleElement()
                        .satisfies(m -> assertThat(m.toString()).isEqualTo("Riwayat 2025, baris 2, kolom H: \"tujuh\" bukan angka")));
        assertThat(riwayat.baca(k.kecamatanId(), RIWAYAT).version()).as("nothing stored").isEqualTo(baru.version());
    }

    @Test
    @Order(3)
    void badValuesAStaleVersionAndOtherRolesAreRefused() {
        Masuk.sebagai(users, "admin");
        RiwayatTahun r = riwayat.baca(k.kecamatanId(), RIWAYAT);
        String kode = r.baris().getFirst().kode();
        assertThatThrownBy(() -> riwayat.simpan(k.kecamatanId(), RIWAYAT, r.version(),
                List.of(new IsianRiwayat(kode, new BigDecimal("-1"), null)))).isInstanceOf(AturanDilanggarException.class)
                .hasMessageContaining("negatif");
        assertThatThrownBy(() -> riwayat.simpan(k.kecamatanId(), RIWAYAT, r.version(),
                List.of(new IsianRiwayat("7.99.99.2.99.9999", BigDecimal.ONE, null)))).hasMessageContaining("tidak ada dalam Renstra");
        assertThatThrownBy(() -> riwayat.simpan(k.kecamatanId(), RIWAYAT, r.version() - 1, List.of()))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThatThrownBy(() -> riwayat.simpan(k.kecamatanId(), 2024, 0, List.of())).hasMessageContaining("periode Renstra");
        assertThat(riwayat.baca(k.kecamatanId(), RIWAYAT).version()).isEqualTo(r.version());

        Masuk.sebagai(users, k.sekcam());
        assertThat(riwayat.baca(k.kecamatanId(), RIWAYAT).bolehDiubah()).isFalse();
        assertThatThrownBy(() -> riwayat.simpan(k.kecamatanId(), RIWAYAT, r.version(), List.of()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @Order(4)
    void theLkjipOfTheNextYearComparesWithTheHistoryMarkedAsSuch() {
        Masuk.sebagai(users, "admin");
        RiwayatTahun lalu = riwayat.baca(k.kecamatanId(), RIWAYAT);
        kalaena.tahun(k, 2026); // Renja 2026 ditetapkan, no quarter evaluated yet
        Masuk.sebagai(users, k.sekcam());
        AngkaLkjip a = lkjip.angka(k.kecamatanId(), 2026);
        assertThat(a.tahunLalu()).containsExactly(RIWAYAT);
        assertThat(a.tahunRiwayat()).containsExactly(RIWAYAT);
        for (BarisKinerja b : a.kinerja()) {
            BarisRiwayat x = lalu.baris().stream().filter(l -> l.kode().equals(b.kode())).findFirst().orElseThrow();
            assertThat(b.lalu().get(RIWAYAT).realisasi()).as(b.kode()).isEqualTo(x.realisasi());
        }

        // a year evaluated through the quarterly workflow is not history
        long evaluasi = kalaena.mulai(k, 2026, 1);
        assertThat(evaluasi).isPositive();
        Masuk.sebagai(users, "admin");
        assertThat(riwayat.baca(k.kecamatanId(), 2026).bolehDiubah()).isFalse();
        assertThatThrownBy(() -> riwayat.simpan(k.kecamatanId(), 2026, 0, List.of())).hasMessageContaining("alur triwulan");
    }

    private Map<String, Long> paguRenstra() {
        Map<String, Long> hasil = new java.util.HashMap<>();
        jdbc.queryForList("""
                SELECT n.kode, p.pagu FROM nomenklatur n JOIN renstra r ON r.id = n.renstra_id
                  LEFT JOIN nomenklatur_tahun p ON p.nomenklatur_id = n.id AND p.tahun = ?
                 WHERE r.kecamatan_id = ? AND n.tingkat = 'SUB_KEGIATAN'""", RIWAYAT, k.kecamatanId())
                .forEach(m -> hasil.put((String) m.get("kode"), m.get("pagu") == null ? null : ((Number) m.get("pagu")).longValue()));
        return hasil;
    }

    /** The spreadsheet with one row's realisasi kinerja set as text and its money as a number (or left). */
    private static byte[] ubah(byte[] xlsx, String kode, String realisasi, Double rp) throws IOException {
        try (Workbook buku = WorkbookFactory.create(new ByteArrayInputStream(xlsx)); ByteArrayOutputStream keluar = new ByteArrayOutputStream()) {
            Sheet s = buku.getSheet("Riwayat " + RIWAYAT);
            for (int i = 1; i <= s.getLastRowNum(); i++) {
                if (s.getRow(i).getCell(0).getStringCellValue().equals(kode)) {
                    s.getRow(i).createCell(7).setCellValue(realisasi);
                    if (rp != null) {
                        s.getRow(i).createCell(8).setCellValue(rp);
                    }
                }
            }
            buku.write(keluar);
            return keluar.toByteArray();
        }
    }
}
