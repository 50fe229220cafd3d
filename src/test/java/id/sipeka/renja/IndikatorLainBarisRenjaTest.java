package id.sipeka.renja;

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
import id.sipeka.renja.RenjaData.IndikatorLainRenja;
import id.sipeka.renja.RenjaData.Perbedaan;
import id.sipeka.renja.RenjaData.UbahBarisRenja;
import id.sipeka.renja.RenjaData.UbahIndikatorLain;
import id.sipeka.renstra.ImporRenstraService;
import id.sipeka.renstra.RenstraData.BarisRenstra;
import id.sipeka.renstra.RenstraService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.ObjectMapper;

/**
 * Issue 13: a Renja row carries its own copy of its sub kegiatan's further indicators (KabupatenKeduaTest's Renstra:
 * sub kegiatan 0001 has a 2nd indicator "Jumlah desa yang mengikuti musrenbang", 2 Desa in 2025 and 2026, and two
 * Aktivitas). Its unit edits them with the row; T-C.33 prints the Renja's values; version comparison names them.
 */
@SpringBootTest
class IndikatorLainBarisRenjaTest {

    static final String SUB = "7.01.01.2.01.0001";
    static final String INDIKATOR_2 = "Jumlah desa yang mengikuti musrenbang";

    @Autowired
    OrganisasiService organisasi;
    @Autowired
    AkunService akun;
    @Autowired
    UserDetailsService users;
    @Autowired
    ObjectMapper json;
    @Autowired
    ImporRenstraService impor;
    @Autowired
    RenstraService renstra;
    @Autowired
    LayananRenja renja;
    @Autowired
    RenjaDokumenService dokumen;
    @Autowired
    RenjaVersiBeku versiBeku;
    @Autowired
    AktivitasRenjaService aktivitas;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @AfterEach
    void keluar() {
        Masuk.keluar();
    }

    /** The kabupaten with Aktivitas, its Renstra 2024–2026 and the Renja 2025 opened by the sekcam. */
    static long bukaRenja(KabupatenAktivitasUji k, UserDetailsService users, ObjectMapper json, ImporRenstraService impor,
            LayananRenja renja) {
        Masuk.sebagai(users, "admin");
        impor.imporJson(k.kecamatan().id(), json.readTree(KabupatenKeduaTest.berkas(k.kecamatan().nama())));
        Masuk.sebagai(users, k.sekcam());
        return renja.pembukaan().buka(k.kecamatan().id(), 2025, RenjaUji.batasDari(LocalDate.now())).id();
    }

    @Test
    void theUnitEditsItsFurtherIndicatorTargetsAndTheRenjaTablePrintsThemNotTheRenstras() {
        KabupatenAktivitasUji k = KabupatenAktivitasUji.siapkan(organisasi, akun, users, true);
        long renjaId = bukaRenja(k, users, json, impor, renja);
        Masuk.sebagai(users, k.kasiPem());
        BarisRenja b = satu(renjaId, k);
        assertThat(b.indikatorLain()).singleElement().satisfies(i -> {
            assertThat(i.urutan()).isEqualTo(2);
            assertThat(i.indikator()).isEqualTo(INDIKATOR_2);
            assertThat(i.satuan()).isEqualTo("Desa");
            assertThat(i.target()).isEqualByComparingTo("2");
            assertThat(i.targetMaju()).isEqualByComparingTo("2");
        });

        // only the further indicator changes: the row's version still moves on
        BarisRenja disimpan = renja.pengisian().simpanBaris(ubah(b,
                new UbahIndikatorLain(2, "Jumlah desa peserta musrenbang", new BigDecimal("3"), new BigDecimal("4"))));

        assertThat(disimpan.version()).isGreaterThan(b.version());
        IndikatorLainRenja i = disimpan.indikatorLain().getFirst();
        assertThat(i.indikator()).isEqualTo("Jumlah desa peserta musrenbang");
        assertThat(i.target()).isEqualByComparingTo("3");
        assertThat(i.targetMaju()).isEqualByComparingTo("4");
        sama(satu(renjaId, k).indikatorLain().getFirst(), "Jumlah desa peserta musrenbang", "3", "4");
        // a stale editor is refused
        assertThatThrownBy(() -> renja.pengisian().simpanBaris(ubah(b,
                new UbahIndikatorLain(2, INDIKATOR_2, new BigDecimal("9"), null))))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        // the first indicator's checks, in Indonesian, naming the indicator; nothing changes
        assertThatThrownBy(() -> renja.pengisian().simpanBaris(ubah(disimpan,
                new UbahIndikatorLain(2, INDIKATOR_2, new BigDecimal("-1"), null))))
                .isInstanceOf(AturanDilanggarException.class).hasMessageContaining("Target indikator ke-2");
        assertThatThrownBy(() -> renja.pengisian().simpanBaris(ubah(disimpan,
                new UbahIndikatorLain(2, INDIKATOR_2, new BigDecimal("1.123456"), null))))
                .isInstanceOf(AturanDilanggarException.class).hasMessageContaining("Target indikator ke-2");
        assertThatThrownBy(() -> renja.pengisian().simpanBaris(ubah(disimpan,
                new UbahIndikatorLain(3, "Indikator yang tidak ada", BigDecimal.ONE, null))))
                .isInstanceOf(AturanDilanggarException.class).hasMessageContaining("indikator ke-3");
        assertThatThrownBy(() -> renja.pengisian().simpanBaris(ubah(disimpan,
                new UbahIndikatorLain(2, " ", BigDecimal.ONE, null))))
                .isInstanceOf(AturanDilanggarException.class).hasMessageContaining("Indikator ke-2 wajib diisi");
        // the head of another unit may not touch the row
        Masuk.sebagai(users, k.kasiPmd());
        assertThatThrownBy(() -> renja.pengisian().simpanBaris(ubah(disimpan,
                new UbahIndikatorLain(2, INDIKATOR_2, BigDecimal.TEN, null))))
                .isInstanceOf(AccessDeniedException.class);
        Masuk.sebagai(users, k.kasiPem());
        sama(satu(renjaId, k).indikatorLain().getFirst(), "Jumlah desa peserta musrenbang", "3", "4");

        Masuk.sebagai(users, k.sekcam());
        List<String> tc33 = TabelDibaca.dariDocx(dokumen.docx(renjaId).isi()).get("Tabel 3.1").baris().stream()
                .filter(r -> r.getFirst().equals(SUB)).findFirst().orElseThrow();
        assertThat(tc33.get(3)).isEqualTo("1) Jumlah dokumen Renja; 2) Jumlah desa peserta musrenbang");
        assertThat(tc33.get(4)).isEqualTo("1) 1 Dokumen; 2) 3 Desa");
        assertThat(tc33.get(8)).as("prakiraan maju").isEqualTo("1) 1 Dokumen; 2) 4 Desa");
        // the Renstra keeps its own
        BarisRenstra r = renstra.lengkap(renstra.daftar(k.kecamatan().id()).getFirst().id()).semuaBaris().stream()
                .filter(x -> x.kode().equals(SUB)).findFirst().orElseThrow();
        assertThat(r.indikatorLain().getFirst().target().get(2025)).isEqualByComparingTo("2");
    }

    @Test
    void comparingWithAFrozenVersionNamesAChangedFurtherIndicatorTargetAndEachAktivitasChangedAddedOrRemoved() {
        KabupatenAktivitasUji k = KabupatenAktivitasUji.siapkan(organisasi, akun, users, true);
        long renjaId = bukaRenja(k, users, json, impor, renja);
        Masuk.sebagai(users, k.kasiPem());
        versiBeku.bekukan(renjaId, Tahap.PENYUSUNAN, renja.baca().baris(renjaId));
        BarisRenja b = satu(renjaId, k);
        List<AktivitasRenja> akt = aktivitas.aktivitas(b.id());
        AktivitasRenja satu = akt.get(0);
        AktivitasRenja dua = akt.get(1);

        b = renja.pengisian().simpanBaris(ubah(b, new UbahIndikatorLain(2, INDIKATOR_2, new BigDecimal("5"), BigDecimal.ONE)));
        aktivitas.simpan(new UbahAktivitas(dua.id(), b.id(), dua.version(), dua.nama(), dua.volume(), dua.satuan(),
                dua.prioritas(), 5_000_000L, dua.lokasi()));
        aktivitas.hapus(satu.id(), satu.version());
        aktivitas.simpan(new UbahAktivitas(null, b.id(), 0, "Sosialisasi hasil musrenbang", BigDecimal.ONE, "Kali", null,
                1_000_000L, null));

        List<Perbedaan> beda = renja.baca().perbedaanSejak(renjaId, 1);

        assertThat(beda).contains(
                new Perbedaan(SUB, "Target indikator ke-2", "2", "5"),
                new Perbedaan(SUB, "Target N+1 indikator ke-2", "2", "1"),
                new Perbedaan(SUB, "Aktivitas " + SUB + ".2 pagu", FormatIndonesia.rupiah(3_100_000L),
                        FormatIndonesia.rupiah(5_000_000L)),
                new Perbedaan(SUB, "Aktivitas " + SUB + ".1", "Rapat koordinasi penyusunan", null),
                new Perbedaan(SUB, "Aktivitas " + SUB + ".3", null, "Sosialisasi hasil musrenbang"),
                new Perbedaan(SUB, "Pagu indikatif", FormatIndonesia.rupiah(4_250_000L + 3_100_000L),
                        FormatIndonesia.rupiah(5_000_000L + 1_000_000L)));
        assertThat(beda).noneMatch(p -> p.kolom().equals("Indikator ke-2"));
    }

    @Test
    void theMigrationGivesTheRowsOfARenjaOpenedEarlierTheSameCopiesAsOpeningGives() throws Exception {
        KabupatenAktivitasUji k = KabupatenAktivitasUji.siapkan(organisasi, akun, users, true);
        long renjaId = bukaRenja(k, users, json, impor, renja);
        List<List<IndikatorLainRenja>> dibuka = renja.baca().baris(renjaId).stream().map(BarisRenja::indikatorLain).toList();
        assertThat(dibuka).anySatisfy(l -> assertThat(l).isNotEmpty());
        jdbc.update("DELETE FROM renja_baris_indikator WHERE renja_baris_id IN (SELECT id FROM renja_baris WHERE renja_id = ?)",
                renjaId);
        assertThat(renja.baca().baris(renjaId)).allSatisfy(b -> assertThat(b.indikatorLain()).isEmpty());
        // V84's INSERT, for this Renja only (every other Renja of the test database has its copies)
        String migrasi = new String(getClass().getResourceAsStream("/db/migration/V84__create_renja_baris_indikator.sql")
                .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        String isi = migrasi.substring(migrasi.indexOf("INSERT INTO renja_baris_indikator"), migrasi.lastIndexOf(';'));

        jdbc.update(isi + " WHERE b.renja_id = ?", renjaId);

        assertThat(renja.baca().baris(renjaId).stream().map(BarisRenja::indikatorLain).toList()).isEqualTo(dibuka);
    }

    private static void sama(IndikatorLainRenja i, String indikator, String target, String targetMaju) {
        assertThat(i.indikator()).isEqualTo(indikator);
        assertThat(i.target()).isEqualByComparingTo(target);
        assertThat(i.targetMaju()).isEqualByComparingTo(targetMaju);
    }

    private BarisRenja satu(long renjaId, KabupatenAktivitasUji k) {
        return renja.baca().barisUnit(renjaId, k.pem()).stream().filter(x -> x.kode().equals(SUB)).findFirst()
                .orElseThrow();
    }

    /** The row as it is, with the further indicators edited. */
    static UbahBarisRenja ubah(BarisRenja b, UbahIndikatorLain... lain) {
        return new UbahBarisRenja(b.id(), b.version(), b.indikator(), b.target(), b.lokasi(), b.pagu(), b.sumberDana(),
                b.catatan(), b.targetMaju(), b.paguMaju(), List.of(lain));
    }
}
