package id.sipeka.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class NipTest {

    @Test
    void readsTheSpacedFormAndItsParts() {
        Nip nip = Nip.of("19720508 199703 2 006");
        assertThat(nip.nilai()).isEqualTo("197205081997032006");
        assertThat(nip.tanggalLahir()).isEqualTo(LocalDate.of(1972, 5, 8));
        assertThat(nip.pengangkatan()).isEqualTo(YearMonth.of(1997, 3));
        assertThat(nip.perempuan()).isTrue();
        assertThat(nip.tertulis()).isEqualTo("19720508 199703 2 006");
    }

    @Test
    void refusesAnythingButEighteenDigits() {
        assertThat(Nip.periksa("19720508199703200")).containsExactly("NIP harus 18 angka");
        assertThat(Nip.periksa("1972050819970320061")).containsExactly("NIP harus 18 angka");
        assertThat(Nip.periksa("19720508A997032006")).containsExactly("NIP harus 18 angka");
        assertThat(Nip.periksa(null)).containsExactly("NIP harus 18 angka");
    }

    @Test
    void refusesADateOfBirthThatDoesNotExist() {
        assertThat(Nip.periksa("197202301997032006"))
                .anyMatch(s -> s.contains("tanggal lahir"));
    }

    @Test
    void refusesAnAppointmentMonthThatDoesNotExist() {
        assertThat(Nip.periksa("197205081997132006")).anyMatch(s -> s.contains("pengangkatan"));
    }

    @Test
    void refusesAnAppointmentBeforeBirth() {
        assertThat(Nip.periksa("197205081970032006")).anyMatch(s -> s.contains("sesudah tanggal lahir"));
    }

    @Test
    void refusesASexDigitOtherThanOneOrTwo() {
        assertThat(Nip.periksa("197205081997033006")).containsExactly("angka ke-15 NIP (jenis kelamin) harus 1 atau 2");
        assertThatThrownBy(() -> Nip.of("197205081997033006")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void acceptsTheCamatOfTheSeedDocuments() {
        assertThat(Nip.periksa("19770329 200801 1 008")).isEmpty();
    }
}
