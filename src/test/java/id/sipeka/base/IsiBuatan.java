package id.sipeka.base;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Tests only: a file of any size that exists only while it is read — {@code awal} followed by filler bytes,
 * generated as they are asked for and never held — and counts how much of it the reader took.
 */
public final class IsiBuatan extends InputStream {

    public static final long MB = 1024 * 1024;

    private final long ukuran;
    private final byte[] awal;
    private long dibaca;

    public IsiBuatan(long ukuran, String awal) {
        this.ukuran = ukuran;
        this.awal = awal.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A "PDF" of {@code ukuran} bytes. */
    public static IsiBuatan pdf(long ukuran) {
        return new IsiBuatan(ukuran, "%PDF-1.7\n");
    }

    public long dibaca() {
        return dibaca;
    }

    public long ukuran() {
        return ukuran;
    }

    @Override
    public int read() {
        if (dibaca >= ukuran) {
            return -1;
        }
        int b = dibaca < awal.length ? awal[(int) dibaca] & 0xFF : 'x';
        dibaca++;
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        if (len == 0) {
            return 0;
        }
        if (dibaca >= ukuran) {
            return -1;
        }
        int n = (int) Math.min(len, ukuran - dibaca);
        Arrays.fill(b, off, off + n, (byte) 'x');
        for (int i = 0; i < n && dibaca + i < awal.length; i++) {
            b[off + i] = awal[(int) dibaca + i];
        }
        dibaca += n;
        return n;
    }

    @Override
    public int available() {
        return (int) Math.min(Integer.MAX_VALUE, ukuran - dibaca);
    }
}
