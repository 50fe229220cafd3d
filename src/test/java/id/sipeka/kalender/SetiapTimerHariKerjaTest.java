package id.sipeka.kalender;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every deadline timer in every process counts working days: a {@code timeDate} or {@code timeDuration} timer names
 * the business calendar "hariKerja" (only the daily start timer, a {@code timeCycle}, runs every day).
 */
class SetiapTimerHariKerjaTest {

    private static final Pattern TIMER = Pattern.compile("<timerEventDefinition([^>]*)>\\s*<(time\\w+)>");

    @Test
    void everyDeadlineTimerNamesTheWorkingDayCalendar() throws IOException {
        List<String> tanpa = new ArrayList<>();
        int diperiksa = 0;
        try (Stream<Path> berkas = Files.list(Path.of("processes"))) {
            for (Path p : berkas.filter(f -> f.toString().endsWith(".bpmn20.xml")).toList()) {
                Matcher m = TIMER.matcher(Files.readString(p));
                while (m.find()) {
                    if (m.group(2).equals("timeCycle")) {
                        continue;
                    }
                    diperiksa++;
                    if (!m.group(1).contains("flowable:businessCalendarName=\"" + KalenderFlowable.NAMA + "\"")) {
                        tanpa.add(p.getFileName() + ": " + m.group());
                    }
                }
            }
        }
        assertThat(diperiksa).as("deadline timers found").isGreaterThanOrEqualTo(16);
        assertThat(tanpa).as("timers counting calendar days").isEmpty();
    }
}
