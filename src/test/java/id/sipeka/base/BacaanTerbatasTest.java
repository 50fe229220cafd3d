package id.sipeka.base;

import static id.sipeka.base.IsiBuatan.MB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** The bounded read every upload goes through: a file past its limit is refused while it is read, never read whole. */
class BacaanTerbatasTest {

    private static final long BATAS = 10 * MB;

    @Test
    void aTwoHundredMegabyteUploadIsRefusedHavingReadNoMoreThanTheLimitAndOneByte() {
        IsiBuatan isi = IsiBuatan.pdf(200 * MB); // generated while read, never held

        assertThatThrownBy(() -> BacaanTerbatas.bacaSemua(isi, BATAS, "laporan-besar.pdf"))
                .isInstanceOf(BerkasTerlaluBesarException.class)
                .hasMessage("Berkas \"laporan-besar.pdf\" ditolak karena lebih besar dari 10 MB.");
        // one byte past the limit is all it takes to know; a reader that filled its buffer first would be within
        // a buffer of it, one that read the whole stream (as before) would be at 200 MB
        assertThat(isi.dibaca()).isEqualTo(BATAS + 1);
    }

    @Test
    void aFileOfExactlyTheLimitIsAcceptedWhole() throws Exception {
        byte[] isi = BacaanTerbatas.bacaSemua(IsiBuatan.pdf(BATAS), BATAS, "pas.pdf");

        assertThat(isi).hasSize((int) BATAS).startsWith("%PDF-1.7".getBytes());
    }

    @Test
    void readByteByByteOrSkippedTheLimitHoldsAllTheSame() throws Exception {
        IsiBuatan sumber = IsiBuatan.pdf(3 * MB);
        InputStream isi = new BacaanTerbatas(sumber, MB, "pindaian.pdf");
        assertThat(isi.skip(MB - 1)).isEqualTo(MB - 1);
        assertThat(isi.read()).isEqualTo('x');

        assertThatThrownBy(isi::read).isInstanceOf(BerkasTerlaluBesarException.class);
        assertThat(sumber.dibaca()).isEqualTo(MB + 1);
    }

    @Test
    void theLimitIsNamedInMegabytesTheWayIndonesiansWriteThem() {
        assertThat(new BerkasTerlaluBesarException("a.xlsx", 5 * MB + MB / 2).getMessage())
                .isEqualTo("Berkas \"a.xlsx\" ditolak karena lebih besar dari 5,5 MB.");
        assertThat(BatasUnggah.megabyte(1024 * MB)).isEqualByComparingTo("1024");
    }
}
