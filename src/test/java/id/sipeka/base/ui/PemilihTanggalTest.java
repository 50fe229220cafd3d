package id.sipeka.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.datepicker.DatePicker.DatePickerI18n;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Date fields speak Indonesian, and no screen makes Vaadin's English one. */
class PemilihTanggalTest {

    @Test
    void theDateFieldSpeaksIndonesian() {
        DatePickerI18n i18n = new PemilihTanggal("Tanggal").getI18n();
        assertThat(i18n.getMonthNames()).startsWith("Januari", "Februari", "Maret").endsWith("Desember");
        assertThat(i18n.getWeekdays()).startsWith("Minggu", "Senin");
        assertThat(i18n.getToday()).isEqualTo("Hari ini");
        assertThat(i18n.getCancel()).isEqualTo("Batal");
        assertThat(i18n.getFirstDayOfWeek()).isEqualTo(1);
        assertThat(i18n.getDateFormats()).containsExactly("dd/MM/yyyy");
    }

    @Test
    void everyScreenMakesItsDateFieldsThroughPemilihTanggal() throws IOException {
        List<Path> english;
        try (Stream<Path> sumber = Files.walk(Path.of("src/main/java"))) {
            english = sumber.filter(p -> p.toString().endsWith(".java")).filter(p -> {
                try {
                    return Files.readString(p).contains("new DatePicker(");
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
        }
        assertThat(english).as("screens making Vaadin's English date field").isEmpty();
    }
}
