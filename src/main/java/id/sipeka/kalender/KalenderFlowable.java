package id.sipeka.kalender;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flowable.common.engine.api.FlowableIllegalArgumentException;
import org.flowable.common.engine.impl.calendar.BusinessCalendar;

/**
 * Flowable's business calendar {@value #NAMA}: BPMN timers and due dates that name it
 * ({@code flowable:businessCalendarName="hariKerja"}) count working days. A duration {@code P<n>D} is the n-th
 * working day from now at the same time of day; a date or date-time that falls on a weekend, a holiday or a cuti
 * bersama day moves to the start of the next working day — so an escalation never fires on Idul Fitri.
 */
class KalenderFlowable implements BusinessCalendar {

    static final String NAMA = "hariKerja";
    private static final Pattern HARI = Pattern.compile("P(\\d{1,4})D");

    private final KalenderKerja kalender;
    private final Clock clock;

    KalenderFlowable(KalenderKerja kalender, Clock clock) {
        this.kalender = kalender;
        this.clock = clock;
    }

    @Override
    public Date resolveDuedate(String waktu) {
        return Date.from(hitung(waktu).toInstant());
    }

    @Override
    public Date resolveDuedate(String waktu, int maxIterations) {
        return resolveDuedate(waktu);
    }

    @Override
    public Boolean validateDuedate(String waktu, int maxIterations, Date endDate, Date newTimer) {
        return true;
    }

    @Override
    public Date resolveEndDate(String waktu) {
        return resolveDuedate(waktu);
    }

    ZonedDateTime hitung(String waktu) {
        String teks = waktu == null ? "" : waktu.strip();
        Matcher durasi = HARI.matcher(teks);
        if (durasi.matches()) {
            ZonedDateTime sekarang = ZonedDateTime.now(clock);
            int n = Integer.parseInt(durasi.group(1));
            LocalDate hari = n == 0 ? kalender.palingAwal(sekarang.toLocalDate()) : kalender.tambah(sekarang.toLocalDate(), n);
            return sekarang.with(hari);
        }
        ZonedDateTime saat = baca(teks);
        return kalender.hariKerja(saat.toLocalDate()) ? saat
                : kalender.palingAwal(saat.toLocalDate()).atStartOfDay(saat.getZone());
    }

    private ZonedDateTime baca(String teks) {
        try {
            return ZonedDateTime.parse(teks, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException bukanWaktu) {
            try {
                return LocalDate.parse(teks).atStartOfDay(clock.getZone());
            } catch (DateTimeParseException bukanTanggal) {
                throw new FlowableIllegalArgumentException("Kalender hari kerja tidak mengenal waktu '" + teks
                        + "': pakai P<n>D, tanggal ISO atau tanggal-waktu ISO dengan zona");
            }
        }
    }
}
