package id.sipeka.renja;

import id.sipeka.base.AturanDilanggarException;
import id.sipeka.base.Pesan;
import id.sipeka.kalender.HariKerja;
import id.sipeka.kalender.KalenderKerja;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The deadlines the sekcam sets when opening a Renja (each is the last day, inclusive). The process gets, for each,
 * a reminder time ({@value #HARI_PENGINGAT} working days before, 08:00) and a due time (the next day, 00:00), in the
 * kecamatan's time zone; the escalation timer on that due time counts working days itself (Flowable's business
 * calendar {@code hariKerja}), so a deadline before a long weekend or Lebaran escalates on the next working day.
 */
public record Batas(LocalDate isi, LocalDate telaah, LocalDate forum, LocalDate penetapan) {

    static final int HARI_PENGINGAT = 2;

    void periksa() {
        if (isi == null || telaah == null || forum == null || penetapan == null || telaah.isBefore(isi)
                || forum.isBefore(telaah) || penetapan.isBefore(forum)) {
            throw new AturanDilanggarException(Pesan.get("renja.batasUrut"));
        }
    }

    static Batas dari(Renja renja) {
        return new Batas(renja.batasIsi, renja.batasTelaah, renja.batasForum, renja.batasPenetapan);
    }

    /** Process variables: pengingatIsi/batasIsi, …, as ISO-8601 date-times for the BPMN timers and due dates. */
    Map<String, Object> variabelProses(ZoneId zona, HariKerja hariKerja) {
        Map<String, Object> v = new LinkedHashMap<>();
        tambah(v, "Isi", isi, zona, hariKerja);
        tambah(v, "Telaah", telaah, zona, hariKerja);
        tambah(v, "Forum", forum, zona, hariKerja);
        tambah(v, "Penetapan", penetapan, zona, hariKerja);
        return v;
    }

    /** When the escalation timer of a deadline fires: the start of the day after it. */
    static String waktuEskalasi(LocalDate batas, ZoneId zona) {
        return batas.plusDays(1).atStartOfDay(zona).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    static String waktuPengingat(LocalDate batas, ZoneId zona, HariKerja hariKerja) {
        return hariKerja.mundur(batas, HARI_PENGINGAT).atTime(KalenderKerja.JAM_PENGINGAT).atZone(zona)
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static void tambah(Map<String, Object> v, String nama, LocalDate batas, ZoneId zona, HariKerja hariKerja) {
        v.put("pengingat" + nama, waktuPengingat(batas, zona, hariKerja));
        v.put("batas" + nama, waktuEskalasi(batas, zona));
    }
}
