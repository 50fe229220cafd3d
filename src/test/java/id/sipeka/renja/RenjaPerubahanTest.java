package id.sipeka.renja;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import id.sipeka.Masuk;
import id.sipeka.base.AturanDilanggarException;
import id.sipeka.base.StatusPersetujuan;
import id.sipeka.dokumen.ArsipDokumen;
import id.sipeka.dokumen.DokumenService;
import id.sipeka.renja.RenjaData.BagianRenja;
import id.sipeka.renja.RenjaData.BarisRenja;
import id.sipeka.renja.RenjaData.NarasiRenja;
import id.sipeka.renja.RenjaData.Perbedaan;
import id.sipeka.renja.RenjaData.RenjaRingkas;
import id.sipeka.renja.RenjaData.UbahBarisRenja;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A Renja Perubahan on MariaDB: only the units the sekcam names fill their section again; every other section is
 * carried over approved as it was, and its unit can change nothing — unless the forum sends it revision work. The
 * perubahan compares itself with the ditetapkan Renja it revises.
 */
@SpringBootTest
class RenjaPerubahanTest {

    private static final String DIBAWA = "Bagian unit ini tidak diubah dalam Renja Perubahan";

    @Autowired
    PenyiapPerubahan penyiap;
    @Autowired
    LayananRenja renja;
    @Autowired
    UserDetailsService users;
    @Autowired
    DokumenService dokumen;

    @AfterEach
    void keluar() {
        Masuk.keluar();
    }

    @Test
    void onlyTheNamedUnitsFillAPerubahanAndTheOthersKeepTheirApprovalAndCannotEdit() {
        PenyiapPerubahan.Kecamatan k = penyiap.renjaDitetapkan(3);
        long diubah = k.unit().get(1);
        long tetap = k.unit().get(0);
        Masuk.sebagai(users, k.sekcam());
        Map<Long, BagianRenja> sebelum = renja.baca().bagian(k.renjaId()).stream()
                .collect(Collectors.toMap(BagianRenja::unitKerjaId, Function.identity()));

        assertThatThrownBy(() -> penyiap.bukaPerubahan(k, Set.of())).isInstanceOf(AturanDilanggarException.class)
                .hasMessage("Pilih paling sedikit satu unit yang barisnya berubah dalam Renja Perubahan.");
        assertThatThrownBy(() -> penyiap.bukaPerubahan(k, Set.of(diubah, -1L))).isInstanceOf(AturanDilanggarException.class)
                .hasMessage("Unit yang dipilih tidak memiliki bagian dalam Renja yang ditetapkan.");
        long id = penyiap.bukaPerubahan(k, Set.of(diubah));

        Masuk.sebagai(users, k.sekcam());
        assertThat(renja.baca().langkahSaatIni(id)).containsExactly("Isi bagian (Unit 1)");
        assertThat(renja.baca().bagian(id)).extracting(BagianRenja::unitNama, BagianRenja::status, BagianRenja::dibawa)
                .containsExactly(tuple("Unit 0", StatusPersetujuan.DISETUJUI, true),
                        tuple("Unit 1", StatusPersetujuan.DIISI, false),
                        tuple("Unit 2", StatusPersetujuan.DISETUJUI, true));
        // the approval recorded in the ditetapkan Renja comes along: who submitted it and when, who approved it
        assertThat(renja.baca().bagian(id)).filteredOn(BagianRenja::dibawa)
                .allMatch(b -> b.diajukanPada().equals(sebelum.get(b.unitKerjaId()).diajukanPada()));
        assertThat(renja.baca().timeline(id)).filteredOn(p -> p.aksi().equals("BAWA_BAGIAN"))
                .extracting(RenjaData.Peristiwa::unitNama).containsExactly("Unit 0", "Unit 2");
        assertThat(renja.baca().timeline(id)).filteredOn(p -> p.aksi().equals("BAWA_BAGIAN"))
                .allMatch(p -> p.keterangan().contains("disetujui oleh " + k.sekcam()));

        // the unit not named can neither save a row or a narrative part nor submit, whatever its screen offers
        Masuk.sebagai(users, k.kepala().get(0));
        assertThat(renja.baca().tindakanBagian(id, tetap)).isEmpty();
        BarisRenja baris = renja.baca().barisUnit(id, tetap).getFirst();
        assertThatThrownBy(() -> renja.pengisian().simpanBaris(new UbahBarisRenja(baris.id(), baris.version(),
                baris.indikator(), BigDecimal.ONE, baris.lokasi(), 5L, baris.sumberDana(), null, null, null)))
                .isInstanceOf(AturanDilanggarException.class).hasMessageStartingWith(DIBAWA);
        NarasiRenja narasi = renja.baca().narasi(id).stream().filter(n -> Long.valueOf(tetap).equals(n.unitKerjaId()))
                .findFirst().orElseThrow();
        assertThatThrownBy(() -> renja.pengisian().simpanNarasi(narasi.id(), narasi.version(), "Diubah"))
                .isInstanceOf(AturanDilanggarException.class).hasMessageStartingWith(DIBAWA);
        assertThatThrownBy(() -> renja.pengisian().ajukanBagian(id, tetap))
                .isInstanceOf(AturanDilanggarException.class).hasMessageStartingWith(DIBAWA);
        assertThat(renja.baca().barisUnit(id, tetap).getFirst().version()).isEqualTo(baris.version());

        // the named unit alone brings the perubahan to its forum
        penyiap.ubahDanSetujui(k, id, 1, new BigDecimal("3"), 750_000L);
        Masuk.sebagai(users, k.sekcam());
        assertThat(renja.baca().ringkas(id).tahap()).isEqualTo(Tahap.FORUM);
    }

    @Test
    void theForumMaySendRevisionWorkToACarriedUnitWhichThenTakesPartInThePerubahan() {
        PenyiapPerubahan.Kecamatan k = penyiap.renjaDitetapkan(2);
        long id = penyiap.bukaPerubahan(k, Set.of(k.unit().get(1)));
        penyiap.ubahDanSetujui(k, id, 1, new BigDecimal("3"), 750_000L);
        Masuk.sebagai(users, k.sekcam());
        renja.forumRenja().simpanForum(id, new RenjaData.Forum(LocalDate.now(), "Aula", "Kepala desa", java.util.List.of()));
        assertThat(renja.forumRenja().selesaikanForum(id, Set.of(k.unit().getFirst()))).containsExactly(k.unit().getFirst());

        assertThat(renja.baca().bagian(id)).filteredOn(b -> b.unitKerjaId() == k.unit().getFirst())
                .extracting(BagianRenja::status, BagianRenja::dibawa).containsExactly(tuple(StatusPersetujuan.DIISI, false));
        Masuk.sebagai(users, k.kepala().getFirst());
        assertThat(renja.baca().tindakanBagian(id, k.unit().getFirst()))
                .containsExactlyInAnyOrder(TindakanRenja.ISI_BAGIAN, TindakanRenja.AJUKAN_BAGIAN);
        renja.isiDanAjukan(id, k.unit().getFirst());
        Masuk.sebagai(users, k.sekcam());
        renja.telaah().setujuiBagian(id, k.unit().getFirst());
        assertThat(renja.baca().ringkas(id).tahap()).isEqualTo(Tahap.RANCANGAN_AKHIR);
    }

    @Test
    void theVersionsOfAYearFormOneLineAndEachPerubahanIsNumbered() {
        PenyiapPerubahan.Kecamatan k = penyiap.renjaDitetapkan(2);
        long ke1 = penyiap.bukaPerubahan(k, Set.of(k.unit().get(1)));

        // while it is being prepared no second perubahan is opened beside it
        assertThatThrownBy(() -> penyiap.bukaPerubahan(k, Set.of(k.unit().get(0)))).isInstanceOf(AturanDilanggarException.class)
                .hasMessage("Renja Perubahan 2026 (ke-1) sedang disusun. Tetapkan dulu perubahan itu sebelum membuka perubahan berikutnya.");
        Masuk.sebagai(users, k.sekcam());
        assertThat(renja.baca().tindakan(k.renjaId())).doesNotContain(TindakanRenja.BUKA_PERUBAHAN);

        penyiap.ubahDanSetujui(k, ke1, 1, new BigDecimal("3"), 750_000L);
        penyiap.tetapkan(k, ke1);
        // the Renja it revised is no longer in force: the next perubahan revises the first one
        Masuk.sebagai(users, k.sekcam());
        assertThat(renja.baca().tindakan(k.renjaId())).doesNotContain(TindakanRenja.BUKA_PERUBAHAN);
        assertThat(renja.baca().tindakan(ke1)).contains(TindakanRenja.BUKA_PERUBAHAN);
        assertThatThrownBy(() -> penyiap.bukaPerubahan(k, Set.of(k.unit().get(0)))).isInstanceOf(AturanDilanggarException.class)
                .hasMessage("Renja 2026 sudah diganti oleh Renja Perubahan 2026 (ke-1) yang ditetapkan kemudian. "
                        + "Buka Renja Perubahan dari Renja Perubahan 2026 (ke-1).");
        Masuk.sebagai(users, k.sekcam());
        long ke2 = renja.pembukaan().bukaPerubahan(ke1, Set.of(k.unit().get(0)), RenjaUji.batasDari(LocalDate.now())).id();

        assertThat(renja.baca().daftar(k.kecamatanId()))
                .extracting(RenjaRingkas::id, RenjaRingkas::judul, RenjaRingkas::versi,
                        RenjaRingkas::indukId)
                .containsExactly(tuple(ke2, "Renja Perubahan 2026 (ke-2)", 3, ke1),
                        tuple(ke1, "Renja Perubahan 2026 (ke-1)", 2, k.renjaId()),
                        tuple(k.renjaId(), "Renja 2026", 1, null));
        // the signed document of the first perubahan carries the same version
        String arsipKe1 = renja.baca().ringkas(ke1).penetapanArsipKode();
        assertThat(dokumen.arsip(k.kecamatanId())).filteredOn(a -> a.kode().equals(arsipKe1))
                .extracting(ArsipDokumen::versi).containsExactly(2);
    }

    @Test
    void aPerubahanComparesItselfWithTheDitetapkanRenjaItRevises() {
        PenyiapPerubahan.Kecamatan k = penyiap.renjaDitetapkan(2);
        long id = penyiap.bukaPerubahan(k, Set.of(k.unit().get(1)));
        penyiap.ubahDanSetujui(k, id, 1, new BigDecimal("3"), 750_000L);
        Masuk.sebagai(users, k.sekcam());
        String kode = renja.baca().barisUnit(id, k.unit().get(1)).getFirst().kode();

        // its first own version was frozen after the change: only the ditetapkan Renja shows what changed
        assertThat(renja.baca().versi(id)).extracting(RenjaData.Versi::tahap).containsExactly(Tahap.PENYUSUNAN);
        assertThat(renja.baca().perbedaanSejak(id, 1)).isEmpty();
        assertThat(renja.baca().perbedaanDariInduk(id)).extracting(Perbedaan::kode, Perbedaan::kolom, Perbedaan::lama, Perbedaan::baru)
                .containsExactly(tuple(kode, "Target", "4", "3"),
                        tuple(kode, "Pagu indikatif", "Rp 1.000.000", "Rp 750.000"),
                        tuple(kode, "Catatan penting", null, "Disesuaikan dalam perubahan"));
        assertThat(renja.baca().perbedaanDariInduk(k.renjaId())).as("a Renja that revises nothing").isEmpty();
    }
}
