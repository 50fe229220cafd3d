package id.sipeka.kalender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sipeka.Masuk;
import id.sipeka.base.AturanDilanggarException;
import id.sipeka.kalender.HariLiburService.HariLiburData;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The holiday table as delivered (SKB 2025 and 2026, 2027 computed ahead) and as the admin keeps it; the working-day
 * calendar follows every committed change. Dates far in the future keep other tests' deadlines untouched.
 */
@SpringBootTest
class HariLiburServiceTest {

    @Autowired
    HariLiburService service;
    @Autowired
    KalenderKerja kalender;
    @Autowired
    UserDetailsService users;

    @AfterEach
    void keluar() {
        Masuk.keluar();
    }

    @Test
    void theDecreedHolidaysOf2026AreThereForEveryone() {
        Masuk.sebagai(users, "kasi.pem");
        var libur = service.daftar(2026);
        assertThat(libur).hasSize(25);
        assertThat(libur).filteredOn(h -> h.jenis() == JenisLibur.CUTI_BERSAMA).hasSize(8);
        assertThat(libur).noneMatch(HariLiburData::perkiraan);
        assertThat(service.daftar(2025)).hasSize(27);
        assertThat(kalender.hariKerja(LocalDate.of(2026, 3, 23))).isFalse();
        assertThat(kalender.mundur(LocalDate.of(2026, 3, 25), 2)).isEqualTo(LocalDate.of(2026, 3, 16));
    }

    @Test
    void datesOf2027NotYetDecreedAreMarkedAsEstimates() {
        Masuk.sebagai(users, "admin");
        var idulFitri = service.daftar(2027).stream().filter(h -> h.nama().startsWith("Idulfitri")).toList();
        assertThat(idulFitri).hasSize(2).allMatch(HariLiburData::perkiraan);
        assertThat(service.daftar(2027)).filteredOn(h -> h.nama().equals("Proklamasi Kemerdekaan"))
                .singleElement().matches(h -> !h.perkiraan());
    }

    @Test
    void theAdminAddsACutiBersamaAndDeadlinesCountItAtOnce() {
        LocalDate senin = LocalDate.of(2031, 8, 18);
        assertThat(kalender.hariKerja(senin)).isTrue();
        Masuk.sebagai(users, "admin");
        HariLiburData baru = service.simpan(new HariLiburData(null, senin, "Cuti bersama HUT RI", JenisLibur.CUTI_BERSAMA,
                "SKB 3 Menteri 2031", false, 0));
        assertThat(kalender.hariKerja(senin)).isFalse();
        assertThat(kalender.tambah(LocalDate.of(2031, 8, 15), 1)).isEqualTo(LocalDate.of(2031, 8, 19));

        service.hapus(baru.id(), baru.version());
        assertThat(kalender.hariKerja(senin)).isTrue();
    }

    @Test
    void aSecondEntryForTheSameDayIsRefusedNamingTheFirst() {
        Masuk.sebagai(users, "admin");
        assertThatThrownBy(() -> service.simpan(new HariLiburData(null, LocalDate.of(2026, 3, 23), "Libur lain",
                JenisLibur.LIBUR_NASIONAL, null, false, 0))).isInstanceOf(AturanDilanggarException.class)
                .hasMessage("Tanggal 23 Maret 2026 sudah tercatat sebagai hari libur: Cuti bersama Idulfitri.");
        assertThatThrownBy(() -> service.simpan(new HariLiburData(null, LocalDate.of(2031, 1, 2), " ",
                JenisLibur.LIBUR_NASIONAL, null, false, 0))).isInstanceOf(AturanDilanggarException.class)
                .hasMessage("Keterangan hari libur wajib diisi.");
        assertThat(kalender.hariKerja(LocalDate.of(2031, 1, 2))).isTrue();
    }

    @Test
    void anEditOnAStaleCopyIsRefused() {
        Masuk.sebagai(users, "admin");
        HariLiburData awal = service.simpan(new HariLiburData(null, LocalDate.of(2031, 5, 2), "Libur uji",
                JenisLibur.LIBUR_NASIONAL, null, false, 0));
        service.simpan(new HariLiburData(awal.id(), awal.tanggal(), "Libur uji (diubah)", awal.jenis(), null, false,
                awal.version()));
        assertThatThrownBy(() -> service.hapus(awal.id(), awal.version()))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(kalender.hariKerja(LocalDate.of(2031, 5, 2))).isFalse();
    }

    @Test
    void onlyTheAdminKeepsTheTable() {
        Masuk.sebagai(users, "camat");
        var data = new HariLiburData(null, LocalDate.of(2031, 3, 3), "Libur camat", JenisLibur.LIBUR_NASIONAL, null, false, 0);
        assertThatThrownBy(() -> service.simpan(data)).isInstanceOf(AccessDeniedException.class);
        var ada = service.daftar(2026).getFirst();
        assertThatThrownBy(() -> service.hapus(ada.id(), ada.version())).isInstanceOf(AccessDeniedException.class);
        Masuk.keluar();
        assertThatThrownBy(() -> service.daftar(2026)).isInstanceOf(RuntimeException.class)
                .isNotInstanceOf(AturanDilanggarException.class);
        assertThat(kalender.hariKerja(LocalDate.of(2031, 3, 3))).isTrue();
    }
}
