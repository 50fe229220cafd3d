package id.sipeka.dokumen;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How a signed document's nomor naskah is written ({@code sipeka.dokumen.nomor.*}). The register behind it is
 * {@link RegisterNomor}.
 *
 * @param pola the pattern, e.g. {@code {klasifikasi}/{urut:3}/{kode}/{tahun}} → "000.7.2.4/012/KEC/2026".
 *             Placeholders: {@code {klasifikasi}} the kode klasifikasi arsip of the document's kind, {@code {urut}} or
 *             {@code {urut:n}} the number in the register (zero-padded to n digits), {@code {kode}} the unit code
 *             below, {@code {kecamatan}} the kecamatan's own code as registered in SIPEKA, {@code {tahun}} the year
 *             of signing, {@code {bulan}} its month in Roman numerals
 * @param kodeUnit the unit code for {@code {kode}}, e.g. "KEC" or "KEC-KLN"
 * @param klasifikasi kode klasifikasi arsip per kind of document: the key is the document's kind (its {@code jenis})
 *                    in lower case with dashes for spaces, and matches that kind and every kind it begins, e.g.
 *                    {@code laporan-evaluasi} matches "Laporan Evaluasi TW II"; the longest match wins. Keys set
 *                    here override the defaults below one by one
 * @param klasifikasiLain the code for a kind no key matches
 */
@ConfigurationProperties("sipeka.dokumen.nomor")
public record NomorProperties(String pola, String kodeUnit, Map<String, String> klasifikasi, String klasifikasiLain) {

    /**
     * Defaults from the kode klasifikasi arsip of Permendagri 83/2022 (pedoman klasifikasi arsip di lingkungan
     * Kemendagri dan pemerintah daerah), group 000.7 Perencanaan Pembangunan: the Renja is the kecamatan's annual
     * plan (000.7.2.4 Rencana Pembangunan Tahunan); the berita acara of the Forum Perangkat Daerah records the
     * coordination of the plan with stakeholders (000.7.3 Koordinasi dan Sinkronisasi Perencanaan Pembangunan); the
     * quarterly reports, their recap and the year's evaluation are 000.7.5 Pemantauan, Evaluasi, Penilaian, dan
     * Pelaporan Perencanaan Pembangunan. A kabupaten whose own pola klasifikasi differs sets its codes here.
     */
    static final Map<String, String> BAWAAN = Map.of(
            "renja", "000.7.2.4",
            "berita-acara-forum-perangkat-daerah", "000.7.3",
            "laporan-evaluasi", "000.7.5",
            "rekap-evaluasi", "000.7.5",
            "evaluasi-hasil-renja", "000.7.5");

    static final String POLA_BAWAAN = "{klasifikasi}/{urut:3}/{kode}/{tahun}";
    private static final Pattern TEMPAT = Pattern.compile("\\{([a-z]+)(?::(\\d))?}");
    private static final String[] ROMAWI = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"};

    public NomorProperties {
        pola = pola == null || pola.isBlank() ? POLA_BAWAAN : pola.strip();
        kodeUnit = kodeUnit == null || kodeUnit.isBlank() ? "KEC" : kodeUnit.strip();
        Map<String, String> semua = new LinkedHashMap<>(BAWAAN);
        if (klasifikasi != null) {
            klasifikasi.forEach((k, v) -> semua.put(kunci(k), v.strip()));
        }
        klasifikasi = Map.copyOf(semua);
        klasifikasiLain = klasifikasiLain == null || klasifikasiLain.isBlank() ? "000.7" : klasifikasiLain.strip();
        // A wrong pattern stops the start, not the first signing.
        boolean adaUrut = false;
        Matcher m = TEMPAT.matcher(pola);
        while (m.find()) {
            switch (m.group(1)) {
                case "urut" -> adaUrut = true;
                case "klasifikasi", "kode", "kecamatan", "tahun", "bulan" -> {
                    if (m.group(2) != null) {
                        throw new IllegalArgumentException("sipeka.dokumen.nomor.pola: {" + m.group(1) + "} tidak memakai panjang");
                    }
                }
                default -> throw new IllegalArgumentException("sipeka.dokumen.nomor.pola: {" + m.group(1) + "} tidak dikenal");
            }
        }
        if (!adaUrut) {
            throw new IllegalArgumentException("sipeka.dokumen.nomor.pola harus memuat {urut} atau {urut:n}");
        }
    }

    /** The defaults (tests that build the module's parts by hand). */
    static NomorProperties bawaan() {
        return new NomorProperties(null, null, null, null);
    }

    /** The kode klasifikasi arsip of a kind of document: the longest key it begins with, else {@link #klasifikasiLain}. */
    String klasifikasiUntuk(String jenis) {
        String k = kunci(jenis);
        Optional<String> cocok = klasifikasi.keySet().stream()
                .filter(awal -> k.equals(awal) || k.startsWith(awal + "-"))
                .max(Comparator.comparingInt(String::length));
        return cocok.map(klasifikasi::get).orElse(klasifikasiLain);
    }

    /** The number as printed. */
    String tulis(String klasifikasi, int urut, String kodeKecamatan, int tahun, int bulan) {
        Matcher m = TEMPAT.matcher(pola);
        StringBuilder s = new StringBuilder();
        while (m.find()) {
            String nilai = switch (m.group(1)) {
                case "urut" -> m.group(2) == null ? String.valueOf(urut)
                        : String.format(Locale.ROOT, "%0" + m.group(2) + "d", urut);
                case "klasifikasi" -> klasifikasi;
                case "kode" -> kodeUnit;
                case "kecamatan" -> kodeKecamatan == null ? "" : kodeKecamatan;
                case "tahun" -> String.valueOf(tahun);
                case "bulan" -> ROMAWI[bulan - 1];
                default -> throw new IllegalStateException(m.group());
            };
            m.appendReplacement(s, Matcher.quoteReplacement(nilai));
        }
        m.appendTail(s);
        return s.toString();
    }

    private static String kunci(String jenis) {
        return jenis.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.]+", "-").replaceAll("^-|-$", "");
    }
}
