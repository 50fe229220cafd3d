package id.sipeka.base;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads numbers as Indonesians write them: dot for thousands, comma for decimals ({@code 2.485.296.504},
 * {@code 70,01}). Also accepts a plain machine number ({@code 70.01}) when it cannot be a thousands grouping.
 * An empty cell, "-" or "–" means "no value".
 */
public final class AngkaIndonesia {

    private static final Pattern INDONESIA = Pattern.compile("-?\\d{1,3}(\\.\\d{3})*(,\\d+)?|-?\\d+(,\\d+)?");
    private static final Pattern MESIN = Pattern.compile("-?\\d+(\\.\\d+)?");

    private AngkaIndonesia() {
    }

    /**
     * @return empty for "no value"
     * @throws NumberFormatException with an Indonesian message when the text is not a number
     */
    public static Optional<BigDecimal> parse(String teks) {
        if (teks == null) {
            return Optional.empty();
        }
        String bersih = teks.strip().replace("Rp", "").replace("%", "").replace(" ", "").replace("\u00a0", "");
        if (bersih.isEmpty() || bersih.equals("-") || bersih.equals("–")) {
            return Optional.empty();
        }
        if (INDONESIA.matcher(bersih).matches()) {
            return Optional.of(new BigDecimal(bersih.replace(".", "").replace(',', '.')));
        }
        if (MESIN.matcher(bersih).matches()) {
            return Optional.of(new BigDecimal(bersih));
        }
        throw new NumberFormatException("\"" + teks.strip() + "\" bukan angka");
    }
}
