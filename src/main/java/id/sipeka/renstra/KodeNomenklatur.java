package id.sipeka.renstra;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Official nomenclature codes (GUIDE §1): program {@code 7.01.PP}, kegiatan {@code 7.01.PP.2.KK}, sub kegiatan
 * {@code 7.01.PP.2.KK.SSSS} (older documents: two-digit {@code SS}); where the kabupaten plans them, aktivitas
 * {@code 7.01.PP.2.KK.SSSS.A} (the sub kegiatan's code and 1 to 3 digits). Codes are stored as given, never generated:
 * they are not contiguous.
 */
public final class KodeNomenklatur {

    private static final String URUSAN = "\\d\\.\\d{2}";
    private static final Pattern PROGRAM = Pattern.compile(URUSAN + "\\.\\d{2}");
    private static final Pattern KEGIATAN = Pattern.compile(URUSAN + "\\.\\d{2}\\.\\d\\.\\d{2}");
    private static final Pattern SUB_KEGIATAN = Pattern.compile(URUSAN + "\\.\\d{2}\\.\\d\\.\\d{2}\\.(\\d{4}|\\d{2})");
    private static final Pattern AKTIVITAS = Pattern.compile(SUB_KEGIATAN.pattern() + "\\.\\d{1,3}");

    private KodeNomenklatur() {
    }

    /** The level a well-formed code belongs to; empty when the code is malformed. */
    public static Optional<Tingkat> tingkat(String kode) {
        if (kode == null) {
            return Optional.empty();
        }
        if (PROGRAM.matcher(kode).matches()) {
            return Optional.of(Tingkat.PROGRAM);
        }
        if (KEGIATAN.matcher(kode).matches()) {
            return Optional.of(Tingkat.KEGIATAN);
        }
        if (SUB_KEGIATAN.matcher(kode).matches()) {
            return Optional.of(Tingkat.SUB_KEGIATAN);
        }
        if (AKTIVITAS.matcher(kode).matches()) {
            return Optional.of(Tingkat.AKTIVITAS);
        }
        return Optional.empty();
    }

    /** The code of the parent: a kegiatan's program, a sub kegiatan's kegiatan, an aktivitas' sub kegiatan; empty for a program. */
    public static Optional<String> induk(String kode) {
        return tingkat(kode).flatMap(t -> switch (t) {
            case PROGRAM -> Optional.empty();
            case KEGIATAN -> Optional.of(kode.substring(0, kode.length() - 5));
            case SUB_KEGIATAN, AKTIVITAS -> Optional.of(kode.substring(0, kode.lastIndexOf('.')));
            default -> Optional.empty();
        });
    }

    /** Tujuan {@code T1}, sasaran {@code T1.S2}. */
    public static Optional<Tingkat> tingkatTujuanSasaran(String kode) {
        if (kode == null) {
            return Optional.empty();
        }
        if (kode.matches("T\\d{1,2}")) {
            return Optional.of(Tingkat.TUJUAN);
        }
        if (kode.matches("T\\d{1,2}\\.S\\d{1,2}")) {
            return Optional.of(Tingkat.SASARAN);
        }
        return Optional.empty();
    }
}
