package id.sipeka.renja;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sipeka.Masuk;
import id.sipeka.base.AturanDilanggarException;
import id.sipeka.dokumen.PeriksaDokumen;
import id.sipeka.organisasi.OrganisasiData.PegawaiData;
import id.sipeka.organisasi.OrganisasiData.PenugasanData;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.organisasi.PosisiPlt;
import id.sipeka.renja.RenjaData.BarisRenja;
import id.sipeka.renja.RenjaData.Forum;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The rules of the Renja cycle, each enforced in the service and each tested here. */
@SpringBootTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RenjaAturanTest {

    @Autowired
    RenjaQueryService renja;
    @Autowired
    LayananRenja layanan;
    @Autowired
    ForumRenjaService forumRenja;
    @Autowired
    PenetapanRenjaService penetapan;
    @Autowired
    PengisianBagianService pengisian;
    @Autowired
    TelaahSekcamService telaah;
    @Autowired
    OrganisasiService organisasi;
    @Autowired
    UserDetailsService users;
    @Autowired
    RenjaDokumenService dokumenRenja;

    RenjaUji uji;
    static Long renja2028;

    @BeforeEach
    void siapkan() {
        uji = new RenjaUji(layanan, organisasi, users);
        if (renja2028 == null) {
            renja2028 = uji.buka(2028);
        }
        Masuk.sebagai(users, "sekcam"); // every test starts as a reader of Kalaena; each signs in as it needs
    }

    @AfterEach
    void keluar() {
        Masuk.keluar();
    }

    @Test
    @Order(0)
    void theSekcamRecordsTheRancanganAwalRkpdReviewButAKasiMayNot() {
        BarisRenja b = uji.baris(renja2028, "7.01.04.2.02.0001");
        Masuk.sebagai(users, "kasi.trantib");
        var baris = renja.reviewRkpd(renja2028).stream().filter(r -> r.barisId() == b.id()).findFirst().orElseThrow();
        var ubah = new RenjaData.UbahReviewRkpd(b.id(), baris.version(), "Kecamatan Kalaena", "Jumlah laporan koordinasi",
                new java.math.BigDecimal("4"), 15_000_000L, "Pagu RKPD lebih tinggi dari kebutuhan");
        assertThatThrownBy(() -> telaah.simpanReviewRkpd(ubah)).isInstanceOf(AccessDeniedException.class);

        Masuk.sebagai(users, "sekcam");
        var hasil = telaah.simpanReviewRkpd(ubah);
        assertThat(hasil.rkpdPagu()).isEqualTo(15_000_000L);
        assertThat(hasil.kebutuhanDana()).isEqualTo(b.pagu());
        assertThat(hasil.catatan()).isEqualTo("Pagu RKPD lebih tinggi dari kebutuhan");
    }

    @Test
    @Order(1)
    void onlyTheOwningUnitEditsItsRows() {
        BarisRenja milikPem = uji.baris(renja2028, "7.01.05.2.01.0008");
        Masuk.sebagai(users, "kasi.pmd");
        assertThatThrownBy(() -> uji.simpan(milikPem, 1L)).isInstanceOf(AccessDeniedException.class);
        Masuk.sebagai(users, "staf.pem");
        assertThat(uji.simpan(milikPem, 40_000_000L).pagu()).isEqualTo(40_000_000L);
    }

    @Test
    @Order(2)
    void theSekcamCannotChangeAUnitsNumbersOnlyReturnThem() {
        Masuk.sebagai(users, "sekcam");
        BarisRenja b = uji.baris(renja2028, "7.01.02.2.04.0001");
        assertThatThrownBy(() -> uji.simpan(b, 1L)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @Order(3)
    void aStafSavesDraftsButOnlyTheUnitHeadSubmits() {
        Masuk.sebagai(users, "staf.pem");
        assertThatThrownBy(() -> pengisian.ajukanBagian(renja2028, uji.unit("SEKSI-PEM")))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("Hanya kepala unit");
    }

    @Test
    @Order(4)
    void twoPeopleSavingTheSameRowTheSecondIsRefusedAndNothingIsLost() {
        Masuk.sebagai(users, "kasi.pu");
        BarisRenja dibacaBerdua = uji.baris(renja2028, "7.01.02.2.04.0002");
        uji.simpan(dibacaBerdua, 11_000_000L);
        assertThatThrownBy(() -> uji.simpan(dibacaBerdua, 12_000_000L)).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(uji.baris(renja2028, "7.01.02.2.04.0002").pagu()).isEqualTo(11_000_000L);
    }

    @Test
    @Order(5)
    void aUnitEditsOnlyWhileItsTaskIsOpen() {
        uji.isiDanAjukan(renja2028, "SEKSI-PU");
        Masuk.sebagai(users, "kasi.pu");
        BarisRenja b = uji.baris(renja2028, "7.01.02.2.04.0003");
        assertThatThrownBy(() -> uji.simpan(b, 1L)).isInstanceOf(AturanDilanggarException.class)
                .hasMessageContaining("tidak ada tugas terbuka");
    }

    @Test
    @Order(6)
    void aReturnNeedsAReason() {
        Masuk.sebagai(users, "sekcam");
        long pu = uji.unit("SEKSI-PU");
        Masuk.sebagai(users, "sekcam");
        assertThatThrownBy(() -> telaah.kembalikanBagian(renja2028, pu, Map.of(), "  "))
                .isInstanceOf(AturanDilanggarException.class).hasMessage("Pengembalian wajib disertai alasan.");
        assertThat(renja.langkahSaatIni(renja2028)).contains("Telaah sekcam (Seksi Pelayanan Umum)");
    }

    @Test
    @Order(7)
    void onlyTheCamatOrAnActingCamatWithinTheActingPeriodSignsAndThenNothingChanges() {
        long id = sampaiPenetapan(renja2028);
        LocalDate hariIni = LocalDate.now(ZoneId.of("Asia/Makassar"));
        Masuk.sebagai(users, "admin");
        long kalaena = uji.kalaena();
        PegawaiData kasiPu = organisasi.pegawai(kalaena).stream().filter(p -> p.nama().startsWith("Wahyuni")).findFirst().orElseThrow();
        PegawaiData kasubagUk = organisasi.pegawai(kalaena).stream().filter(p -> p.nama().startsWith("Muhammad Arif")).findFirst().orElseThrow();
        organisasi.simpanPenugasan(new PenugasanData(null, kalaena, kasubagUk.id(), "Plh.", PosisiPlt.CAMAT, null,
                hariIni.minusDays(10), hariIni.minusDays(2), "SK lama", 0));
        organisasi.simpanPenugasan(new PenugasanData(null, kalaena, kasiPu.id(), "Plt.", PosisiPlt.CAMAT, null,
                hariIni.minusDays(1), hariIni.plusDays(5), "SK Plt. Camat", 0));

        Masuk.sebagai(users, "sekcam");
        assertThatThrownBy(() -> penetapan.tetapkan(id, "Kalaena Kiri", hariIni)).isInstanceOf(AccessDeniedException.class);
        Masuk.sebagai(users, "kasubag.uk");
        assertThatThrownBy(() -> penetapan.tetapkan(id, "Kalaena Kiri", hariIni)).isInstanceOf(AccessDeniedException.class);
        Masuk.sebagai(users, "kasi.pu");
        penetapan.tetapkan(id, "Kalaena Kiri", hariIni);
        assertThat(renja.ringkas(id).penetapanJabatan()).isEqualTo("Plt. Camat Kalaena");
        assertThat(renja.ringkas(id).penetapanNama()).isEqualTo("Wahyuni, S.Kom.");
        // the signed PDF carries the acting signer's own name, pangkat and NIP under "Plt. CAMAT KALAENA,"
        byte[] pdf = dokumenRenja.pdf(id).isi();
        assertThat(PeriksaDokumen.tandaTanganSah(pdf)).isTrue();
        assertThat(PeriksaDokumen.teks(pdf)).contains("Plt. CAMAT KALAENA,", "Wahyuni, S.Kom.",
                "Pangkat/Gol. : Penata Muda Tingkat I, III/b", "NIP : 19900506 201503 2 001");

        Masuk.sebagai(users, "kasi.pem");
        BarisRenja b = uji.baris(id, "7.01.05.2.01.0008");
        assertThatThrownBy(() -> uji.simpan(b, 1L)).isInstanceOf(AturanDilanggarException.class)
                .hasMessageContaining("sudah ditetapkan");
        var narasi = renja.narasi(id).stream().filter(n -> n.unitKerjaId() != null).findFirst().orElseThrow();
        Masuk.sebagai(users, "sekcam");
        var umum = renja.narasi(id).stream().filter(n -> n.unitKerjaId() == null).findFirst().orElseThrow();
        assertThatThrownBy(() -> pengisian.simpanNarasi(umum.id(), umum.version(), "teks baru"))
                .isInstanceOf(AturanDilanggarException.class).hasMessageContaining("sudah ditetapkan");
        assertThat(narasi.isi()).isNull();
        var review = renja.reviewRkpd(id).getFirst();
        assertThatThrownBy(() -> telaah.simpanReviewRkpd(new RenjaData.UbahReviewRkpd(review.barisId(), review.version(),
                null, null, null, 1L, "terlambat"))).isInstanceOf(AturanDilanggarException.class);
    }

    /** Everyone submits, the sekcam approves, a forum without revisions, the rancangan akhir: the camat is next. */
    private long sampaiPenetapan(long id) {
        for (String kode : List.of("SEKSI-PEM", "SEKSI-PMD", "SEKSI-TRANTIB", "SUBBAG-PK", "SUBBAG-UK")) {
            uji.isiDanAjukan(id, kode);
        }
        uji.sekcamSetujuiSemua(id);
        Masuk.sebagai(users, "sekcam");
        forumRenja.simpanForum(id, new Forum(LocalDate.now(), "Aula", "Peserta", List.of()));
        forumRenja.selesaikanForum(id, Set.of());
        penetapan.setujuiRancanganAkhir(id);
        return id;
    }
}
