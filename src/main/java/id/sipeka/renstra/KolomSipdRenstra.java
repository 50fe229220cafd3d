package id.sipeka.renstra;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The columns of the Renstra sheet in SIPD's layout (matrix T-C.27 of Permendagri 86/2017 as SIPD-RI carries it):
 * one row per program, kegiatan and sub kegiatan, the level read from the code, each followed by its further
 * indicators and (a sub kegiatan) its Aktivitas, as in the template. Each column maps to a key of
 * {@link KolomRenstra}, so a SIPD file is checked by the same {@link ValidasiImpor} as the template; the columns
 * with {@code kunci == null} are written for the reader of the file only (derived from the code or the unit) and
 * ignored on import.
 */
final class KolomSipdRenstra {

    static final String LEMBAR = "Renstra SIPD";
    /** Heading of the first column: how the reader finds the header row below the title lines. */
    static final String KODE_URUSAN = "Kode Urusan";

    record Kolom(String kunci, String label) {
    }

    static final List<Kolom> DEPAN = List.of(
            new Kolom(null, KODE_URUSAN),
            new Kolom(null, "Kode Bidang Urusan"),
            new Kolom("kode", "Kode Program/Kegiatan/Sub Kegiatan"),
            new Kolom("nama", "Program/Kegiatan/Sub Kegiatan"),
            new Kolom("hasil", "Sasaran Program (Outcome)/Kegiatan dan Sub Kegiatan (Output)"),
            new Kolom("indikator", "Indikator Kinerja"),
            new Kolom("satuan", "Satuan"),
            new Kolom("polaritas", "Polaritas"),
            new Kolom("jenis", "Jenis Indikator"),
            new Kolom("baseline", "Data Capaian pada Tahun Awal Perencanaan"));

    /**
     * After the years: the unit, then what a sub kegiatan and its Aktivitas carry besides indicators (issue 13). Added
     * at the end so that a file written before them keeps every column where it was, and still reads.
     */
    static final List<Kolom> BELAKANG = List.of(
            new Kolom("unit", "Kode Unit Kerja"),
            new Kolom(null, "Unit Kerja Perangkat Daerah Penanggung Jawab"),
            new Kolom("lokasi", "Lokasi"),
            new Kolom("sumberDana", "Sumber Dana"),
            new Kolom("volume", "Volume Aktivitas"),
            new Kolom("prioritas", "Prioritas Aktivitas"));

    private static final Pattern TARGET = Pattern.compile("target kinerja tahun (\\d{4})");
    private static final Pattern PAGU = Pattern.compile("pagu indikatif tahun (\\d{4})( \\(rp\\))?");

    private KolomSipdRenstra() {
    }

    static List<Kolom> kolom(int tahunAwal, int tahunAkhir) {
        List<Kolom> semua = new ArrayList<>(DEPAN);
        for (int t = tahunAwal; t <= tahunAkhir; t++) {
            semua.add(new Kolom(KolomRenstra.target(t), "Target Kinerja Tahun " + t));
            semua.add(new Kolom(KolomRenstra.pagu(t), "Pagu Indikatif Tahun " + t + " (Rp)"));
        }
        semua.addAll(BELAKANG);
        return semua;
    }

    /**
     * What a header cell is: a key of {@link KolomRenstra}, {@code Optional.of("")} for a column written for the reader
     * only, or empty when it is not a column of this layout.
     */
    static Optional<String> kunciDariLabel(String label) {
        String normal = label.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        for (Kolom k : DEPAN) {
            if (k.label().toLowerCase(Locale.ROOT).equals(normal)) {
                return Optional.of(k.kunci() == null ? "" : k.kunci());
            }
        }
        for (Kolom k : BELAKANG) {
            if (k.label().toLowerCase(Locale.ROOT).equals(normal)) {
                return Optional.of(k.kunci() == null ? "" : k.kunci());
            }
        }
        Matcher m = TARGET.matcher(normal);
        if (m.matches()) {
            return Optional.of(KolomRenstra.target(Integer.parseInt(m.group(1))));
        }
        m = PAGU.matcher(normal);
        if (m.matches()) {
            return Optional.of(KolomRenstra.pagu(Integer.parseInt(m.group(1))));
        }
        return Optional.empty();
    }

    /** "7" of any nomenclature code. */
    static String urusan(String kode) {
        return kode.substring(0, kode.indexOf('.'));
    }

    /** "7.01" of any nomenclature code. */
    static String bidang(String kode) {
        return kode.length() >= 4 ? kode.substring(0, 4) : kode;
    }
}
