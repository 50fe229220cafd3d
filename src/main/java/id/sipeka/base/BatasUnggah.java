package id.sipeka.base;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.stream.LongStream;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * How much SIPEKA reads of any request ({@code sipeka.unggah.*}): the largest file of each upload, the largest body
 * of every other request, and how many files one address may compare per minute on the public verification page.
 * The limits are enforced while a request is read ({@link BacaanTerbatas}, {@code base.ui.UnggahanTerbatas}), never
 * after the whole of it is in memory.
 *
 * @param bukti evidence files of the quarterly reports (the same setting as {@code sipeka.evaluasi.batas-bukti-byte})
 * @param imporRenstra the Renstra XLSX import
 * @param beritaAcara the scan of the hand-signed berita acara of the forum
 * @param verifikasi a PDF compared on the public page {@code /verifikasi/{kode}} (anonymous)
 * @param verifikasiPerMenit comparisons one client address may make on the public page within a minute
 * @param permintaan the body of any request that is not an upload (Vaadin's UI messages, the REST API, forms)
 */
@ConfigurationProperties("sipeka.unggah")
public record BatasUnggah(DataSize bukti, DataSize imporRenstra, DataSize beritaAcara, DataSize verifikasi,
        Integer verifikasiPerMenit, DataSize permintaan) {

    private static final long MB = 1024 * 1024;

    public BatasUnggah {
        bukti = bukti == null ? DataSize.ofMegabytes(10) : bukti;
        imporRenstra = imporRenstra == null ? DataSize.ofMegabytes(5) : imporRenstra;
        beritaAcara = beritaAcara == null ? DataSize.ofMegabytes(10) : beritaAcara;
        verifikasi = verifikasi == null ? DataSize.ofMegabytes(50) : verifikasi;
        verifikasiPerMenit = verifikasiPerMenit == null ? 5 : verifikasiPerMenit;
        permintaan = permintaan == null ? DataSize.ofMegabytes(2) : permintaan;
    }

    /** The largest file any upload accepts: what an upload request may carry at most. */
    public long terbesar() {
        return LongStream.of(bukti.toBytes(), imporRenstra.toBytes(), beritaAcara.toBytes(), verifikasi.toBytes())
                .max().orElseThrow();
    }

    /** A limit as users read it: 10485760 → 10, 5767168 → 5,5 (formatted by the message). */
    public static BigDecimal megabyte(long batasByte) {
        return BigDecimal.valueOf(batasByte).divide(BigDecimal.valueOf(MB), 1, RoundingMode.HALF_UP).stripTrailingZeros();
    }
}
