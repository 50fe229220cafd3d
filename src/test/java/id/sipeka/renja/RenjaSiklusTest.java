package id.sipeka.renja;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sipeka.Masuk;
import id.sipeka.base.AturanDilanggarException;
import id.sipeka.base.StatusPersetujuan;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.renja.RenjaData.BarisRenja;
import id.sipeka.renja.RenjaData.Forum;
import id.sipeka.renja.RenjaData.UsulanRenja;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flowable.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The whole Renja cycle driven through the services on MariaDB: fill, return with a reason, fix, approve, forum with
 * an accepted usulan creating revision work for exactly one unit, rancangan akhir, a return by the camat, penetapan,
 * and a Renja Perubahan of the result.
 */
@SpringBootTest
class RenjaSiklusTest {

    @Autowired
    RenjaQueryService renja;
    @Autowired
    LayananRenja layanan;
    @Autowired
    ForumRenjaService forumRenja;
    @Autowired
    PembukaanRenjaService pembukaan;
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
    TaskService tasks;

    RenjaUji uji;

    @AfterEach
    void keluar() {
        Masuk.keluar();
    }

    @Test
    void theWholeCycleFromOpeningToPenetapanAndThenAPerubahan() {
        uji = new RenjaUji(layanan, organisasi, users);
        long id = uji.buka(2026);
        Masuk.sebagai(users, "sekcam");
        assertThat(renja.ringkas(id).tahap()).isEqualTo(Tahap.PENYUSUNAN);
        assertThat(renja.bagian(id)).hasSize(6);
        assertThat(renja.baris(id)).hasSize(44);
        assertThat(renja.langkahSaatIni(id)).hasSize(6).allMatch(l -> l.startsWith("Isi bagian"));
        long totalRenstra2026 = renja.baris(id).stream().mapToLong(b -> b.pagu() == null ? 0 : b.pagu()).sum();
        assertThat(totalRenstra2026).isEqualTo(3_474_475_490L);

        // every unit fills and submits; the sekcam returns Seksi Pemerintahan Umum with a reason on one row
        uji.semuaIsiDanAjukan(id);
        long pem = uji.unit("SEKSI-PEM");
        BarisRenja dikembalikan = uji.baris(id, "7.01.06.2.01.0001");
        Masuk.sebagai(users, "sekcam");
        telaah.kembalikanBagian(id, pem, Map.of(dikembalikan.id(), "Target 14 dokumen tidak sesuai jumlah desa (7)."), null);
        assertThat(uji.baris(id, "7.01.06.2.01.0001").dikembalikan()).isTrue();
        assertThat(renja.langkahSaatIni(id)).contains("Isi bagian (Seksi Pemerintahan Umum)");

        // the kasi fixes the row and submits again; the sekcam approves every section
        Masuk.sebagai(users, "kasi.pem");
        BarisRenja b = uji.baris(id, "7.01.06.2.01.0001");
        pengisian.simpanBaris(new RenjaData.UbahBarisRenja(b.id(), b.version(), b.indikator(), new java.math.BigDecimal("7"),
                b.lokasi(), b.pagu(), b.sumberDana(), "Disesuaikan dengan 7 desa", b.targetMaju(), b.paguMaju()));
        pengisian.ajukanBagian(id, pem);
        uji.sekcamSetujuiSemua(id);
        Masuk.sebagai(users, "sekcam");
        assertThat(renja.ringkas(id).tahap()).isEqualTo(Tahap.FORUM);
        assertThat(renja.versi(id)).extracting(RenjaData.Versi::tahap).containsExactly(Tahap.PENYUSUNAN);
        assertThat(renja.langkahSaatIni(id)).containsExactly("Forum perangkat daerah");

        // forum: one accepted usulan (Seksi Pemberdayaan), one rejected (Seksi Pelayanan Umum)
        forumRenja.simpanForum(id, new Forum(LocalDate.now(), "Aula Kantor Camat Kalaena", "Kepala desa se-Kecamatan Kalaena",
                List.of(new UsulanRenja(null, SumberUsulan.MUSRENBANG_DESA, "Mekarsari", "7.01.03.2.01.0001",
                                "Pelatihan lembaga kemasyarakatan", "2 lembaga", KeputusanUsulan.DITERIMA, "Sesuai prioritas"),
                        new UsulanRenja(null, SumberUsulan.POKIR_DPRD, null, "7.01.02.2.04.0001", "Tambah layanan keliling",
                                "12 kali", KeputusanUsulan.DITOLAK, "Bukan kewenangan kecamatan"))));
        List<Long> revisi = forumRenja.selesaikanForum(id, Set.of());
        long pmd = uji.unit("SEKSI-PMD");
        assertThat(revisi).containsExactly(pmd);
        Masuk.sebagai(users, "sekcam");
        assertThat(renja.langkahSaatIni(id)).containsExactly("Revisi bagian (Seksi Pemberdayaan Masyarakat dan Desa)");
        assertThat(renja.ringkas(id).tahap()).isEqualTo(Tahap.REVISI);

        // only that unit revises; the sekcam approves; then the rancangan akhir
        Masuk.sebagai(users, "kasi.pmd");
        BarisRenja usulan = uji.baris(id, "7.01.03.2.01.0001");
        uji.simpan(usulan, usulan.pagu() + 5_000_000L);
        pengisian.ajukanBagian(id, pmd);
        Masuk.sebagai(users, "sekcam");
        telaah.setujuiBagian(id, pmd);
        assertThat(renja.ringkas(id).tahap()).isEqualTo(Tahap.RANCANGAN_AKHIR);
        penetapan.setujuiRancanganAkhir(id);
        assertThat(renja.ringkas(id).tahap()).isEqualTo(Tahap.PENETAPAN);

        // the camat returns it (a reason is required), the sekcam approves again, the camat signs
        Masuk.sebagai(users, "camat");
        assertThatThrownBy(() -> penetapan.kembalikanKeSekcam(id, " ")).isInstanceOf(AturanDilanggarException.class)
                .hasMessage("Pengembalian wajib disertai alasan.");
        penetapan.kembalikanKeSekcam(id, "Lengkapi catatan penting pada sub kegiatan baru.");
        Masuk.sebagai(users, "sekcam");
        assertThat(renja.langkahSaatIni(id)).containsExactly("Setujui rancangan akhir");
        penetapan.setujuiRancanganAkhir(id);
        Masuk.sebagai(users, "camat");
        penetapan.tetapkan(id, "Kalaena Kiri", LocalDate.of(2025, 6, 30));

        RenjaData.RenjaRingkas ditetapkan = renja.ringkas(id);
        assertThat(ditetapkan.tahap()).isEqualTo(Tahap.DITETAPKAN);
        assertThat(ditetapkan.penetapanJabatan()).isEqualTo("Camat Kalaena");
        assertThat(renja.langkahSaatIni(id)).isEmpty();
        assertThat(renja.versi(id)).extracting(RenjaData.Versi::tahap)
                .containsExactly(Tahap.PENYUSUNAN, Tahap.FORUM, Tahap.RANCANGAN_AKHIR, Tahap.RANCANGAN_AKHIR, Tahap.DITETAPKAN);
        long jumlahBaris = renja.baris(id).stream().mapToLong(x -> x.pagu() == null ? 0 : x.pagu()).sum();
        long jumlahProgram = renja.jumlah(id).stream().filter(j -> j.kode().split("\\.").length == 3)
                .mapToLong(RenjaData.Jumlah::pagu).sum();
        assertThat(jumlahProgram).isEqualTo(jumlahBaris).isEqualTo(totalRenstra2026 + 5_000_000L);
        assertThat(renja.perbedaanSejak(id, 1)).extracting(RenjaData.Perbedaan::kode, RenjaData.Perbedaan::kolom)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("7.01.03.2.01.0001", "Pagu indikatif"));
        assertThat(renja.timeline(id)).extracting(RenjaData.Peristiwa::aksi)
                .contains("BUKA", "AJUKAN", "KEMBALIKAN_BAGIAN", "SETUJUI_BAGIAN", "SUSUN_RANCANGAN", "SELESAI_FORUM",
                        "KEMBALIKAN_KE_SEKCAM", "TETAPKAN");
        assertThat(renja.timeline(id)).anyMatch(p -> p.aksi().equals("KEMBALIKAN_BAGIAN")
                && p.keterangan().contains("jumlah desa (7)") && p.unitNama().equals("Seksi Pemerintahan Umum"));

        // Renja Perubahan: the sekcam names the one unit whose row changes; only it gets a task, the five other
        // sections are carried over approved as they were, and their units cannot change anything
        long trantib = uji.unit("SEKSI-TRANTIB");
        Map<Long, Instant> diajukanSebelum = new java.util.HashMap<>();
        Masuk.sebagai(users, "sekcam");
        renja.bagian(id).forEach(x -> diajukanSebelum.put(x.unitKerjaId(), x.diajukanPada()));
        long perubahan = pembukaan.bukaPerubahan(id, Set.of(trantib), RenjaUji.batasDari(LocalDate.now())).id();
        assertThat(renja.langkahSaatIni(perubahan)).containsExactly("Isi bagian (Seksi Ketentraman dan Ketertiban Umum)");
        assertThat(renja.bagian(perubahan)).hasSize(6).allSatisfy(x -> {
            assertThat(x.dibawa()).isEqualTo(x.unitKerjaId() != trantib);
            assertThat(x.status()).isEqualTo(x.unitKerjaId() == trantib ? StatusPersetujuan.DIISI : StatusPersetujuan.DISETUJUI);
            if (x.dibawa()) {
                assertThat(x.diajukanPada()).isEqualTo(diajukanSebelum.get(x.unitKerjaId()));
            }
        });
        assertThat(renja.timeline(perubahan)).filteredOn(p -> p.aksi().equals("BAWA_BAGIAN")).hasSize(5)
                .allMatch(p -> p.keterangan().startsWith("Tidak berubah; persetujuan dari Renja 2026 dibawa (disetujui oleh sekcam, "));
        Masuk.sebagai(users, "kasi.pem");
        BarisRenja tetap = uji.baris(perubahan, "7.01.06.2.01.0001");
        assertThat(renja.tindakanBagian(perubahan, pem)).isEmpty();
        assertThatThrownBy(() -> uji.simpan(tetap, tetap.pagu() + 1L)).isInstanceOf(AturanDilanggarException.class)
                .hasMessageStartingWith("Bagian unit ini tidak diubah dalam Renja Perubahan");
        assertThatThrownBy(() -> pengisian.ajukanBagian(perubahan, pem)).isInstanceOf(AturanDilanggarException.class)
                .hasMessageStartingWith("Bagian unit ini tidak diubah dalam Renja Perubahan");
        Masuk.sebagai(users, "kasi.trantib");
        BarisRenja ubah = uji.baris(perubahan, "7.01.04.2.01.0001");
        uji.simpan(ubah, ubah.pagu() - 2_700_000L);
        uji.isiDanAjukan(perubahan, "SEKSI-TRANTIB");
        Masuk.sebagai(users, "sekcam");
        telaah.setujuiBagian(perubahan, trantib);
        assertThat(renja.ringkas(perubahan).tahap()).isEqualTo(Tahap.FORUM);
        forumRenja.simpanForum(perubahan, new Forum(LocalDate.now(), "Aula", "Peserta", List.of()));
        assertThat(forumRenja.selesaikanForum(perubahan, Set.of())).isEmpty();
        penetapan.setujuiRancanganAkhir(perubahan);
        Masuk.sebagai(users, "camat");
        penetapan.tetapkan(perubahan, "Kalaena Kiri", LocalDate.of(2025, 9, 15));

        BarisRenja sesudah = uji.baris(perubahan, "7.01.04.2.01.0001");
        assertThat(sesudah.paguSebelum()).isEqualTo(ubah.pagu());
        assertThat(sesudah.pagu()).isEqualTo(ubah.pagu() - 2_700_000L);
        assertThat(sesudah.perubahanPagu()).isEqualTo(-2_700_000L);
        assertThat(renja.baris(perubahan).stream().filter(BarisRenja::berubah)).hasSize(1);
        assertThat(uji.baris(id, "7.01.04.2.01.0001").pagu()).isEqualTo(ubah.pagu());
        long jumlahPerubahan = renja.jumlah(perubahan).stream().filter(j -> j.kode().split("\\.").length == 3)
                .mapToLong(j -> j.pagu() - j.paguSebelum()).sum();
        assertThat(jumlahPerubahan).isEqualTo(-2_700_000L);
        // its own versions were all frozen after the change; beside the ditetapkan Renja it shows it
        assertThat(renja.perbedaanSejak(perubahan, 1)).isEmpty();
        assertThat(renja.perbedaanDariInduk(perubahan)).extracting(RenjaData.Perbedaan::kode, RenjaData.Perbedaan::kolom)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("7.01.04.2.01.0001", "Pagu indikatif"));
        assertThat(renja.perbedaanDariInduk(id)).isEmpty();
    }
}
