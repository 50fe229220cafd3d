package id.sipeka.dokumen;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import javax.imageio.ImageIO;

/** The QR code printed beside a signature; it holds the address of the document's verification page. */
final class KodeQr {

    private static final int UKURAN = 300;

    private KodeQr() {
    }

    static byte[] png(String isi) {
        try {
            // Level M survives a stamp or a fold on a printed copy; a margin of 1 module is enough inside the block.
            BitMatrix matriks = new QRCodeWriter().encode(isi, BarcodeFormat.QR_CODE, UKURAN, UKURAN,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 1));
            // RGB rather than 1-bit: PDF/A checks colour spaces against the sRGB output intent.
            BufferedImage gambar = new BufferedImage(matriks.getWidth(), matriks.getHeight(), BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < matriks.getHeight(); y++) {
                for (int x = 0; x < matriks.getWidth(); x++) {
                    gambar.setRGB(x, y, matriks.get(x, y) ? 0x000000 : 0xFFFFFF);
                }
            }
            ByteArrayOutputStream keluar = new ByteArrayOutputStream();
            ImageIO.write(gambar, "png", keluar);
            return keluar.toByteArray();
        } catch (WriterException e) {
            throw new IllegalArgumentException("Kode QR tidak dapat dibuat untuk " + isi, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
