package id.sipeka.base;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads an upload up to a limit and refuses it the moment it goes past: it never asks its source for more than one
 * byte beyond the limit, so a 1 GB request costs the limit plus one byte of reading, never the whole. The refusal is
 * a {@link BerkasTerlaluBesarException} naming the file and the limit in MB.
 */
public final class BacaanTerbatas extends FilterInputStream {

    private static final int PENYANGGA = 64 * 1024;

    private final long batas;
    private final String nama;
    private long dibaca;

    public BacaanTerbatas(InputStream sumber, long batas, String nama) {
        super(sumber);
        if (batas < 0) {
            throw new IllegalArgumentException("batas " + batas);
        }
        this.batas = batas;
        this.nama = nama;
    }

    /**
     * The whole upload as bytes, if it is no larger than {@code batas}; at most {@code batas} + 1 bytes are read. The
     * limit must fit an array.
     */
    public static byte[] bacaSemua(InputStream sumber, long batas, String nama) throws IOException {
        if (batas > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("batas " + batas + " tidak muat dalam memori");
        }
        InputStream masuk = new BacaanTerbatas(sumber, batas, nama);
        ByteArrayOutputStream keluar = new ByteArrayOutputStream((int) Math.min(batas, PENYANGGA));
        byte[] penyangga = new byte[PENYANGGA];
        for (int n; (n = masuk.read(penyangga)) >= 0; ) {
            keluar.write(penyangga, 0, n);
        }
        return keluar.toByteArray();
    }

    /** Bytes taken from the source so far. */
    public long dibaca() {
        return dibaca;
    }

    @Override
    public int read() throws IOException {
        int b = in.read();
        if (b >= 0) {
            hitung(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        // one byte past the limit is enough to know the file is too large
        int n = in.read(b, off, (int) Math.min(len, batas - dibaca + 1));
        if (n > 0) {
            hitung(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long dilewati = in.skip(Math.min(n, batas - dibaca + 1));
        if (dilewati > 0) {
            hitung(dilewati);
        }
        return dilewati;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    @Override
    public synchronized void mark(int readlimit) {
        // not supported: a reset would let bytes be counted twice or not at all
    }

    @Override
    public synchronized void reset() throws IOException {
        throw new IOException("mark/reset tidak didukung");
    }

    private void hitung(long n) {
        dibaca += n;
        if (dibaca > batas) {
            throw new BerkasTerlaluBesarException(nama, batas);
        }
    }
}
