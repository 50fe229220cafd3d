package id.sipeka.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import id.sipeka.base.FormatIndonesia;
import id.sipeka.base.Pesan;
import id.sipeka.base.ui.PemilihTanggal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;

/**
 * Every date field of SIPEKA: Vaadin's DatePicker speaks English by default ("Today", "Cancel", "January"); this one
 * has Indonesian month and day names, "Hari ini" / "Batal", the week starting on Monday and dates typed and shown as
 * 17/08/2026 (day first, as Indonesian forms write them).
 */
public class PemilihTanggal extends DatePicker {

    public PemilihTanggal() {
        setI18n(indonesia());
    }

    public PemilihTanggal(String label) {
        this();
        setLabel(label);
    }

    public PemilihTanggal(String label, LocalDate nilai) {
        this(label);
        setValue(nilai);
    }

    static DatePickerI18n indonesia() {
        List<String> bulan = Arrays.stream(Month.values()).map(m -> m.getDisplayName(TextStyle.FULL, FormatIndonesia.LOCALE))
                .toList();
        // DatePicker lists weekdays from Sunday
        List<DayOfWeek> hari = List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
        return new DatePickerI18n()
                .setMonthNames(bulan)
                .setWeekdays(hari.stream().map(h -> h.getDisplayName(TextStyle.FULL, FormatIndonesia.LOCALE)).toList())
                .setWeekdaysShort(hari.stream().map(h -> h.getDisplayName(TextStyle.SHORT, FormatIndonesia.LOCALE)).toList())
                .setFirstDayOfWeek(1)
                .setToday(Pesan.get("pemilihTanggal.hariIni"))
                .setCancel(Pesan.get("pemilihTanggal.batal"))
                .setDateFormat("dd/MM/yyyy");
    }
}
