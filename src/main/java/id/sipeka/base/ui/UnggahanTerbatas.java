package id.sipeka.base.ui;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.server.streams.UploadResult;
import id.sipeka.base.AturanDilanggarException;
import id.sipeka.base.BacaanTerbatas;
import id.sipeka.base.BatasUnggah;
import id.sipeka.base.BerkasTerlaluBesarException;
import id.sipeka.base.Pesan;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Every upload of SIPEKA goes through here, each with its own limit: the request's body is read while it is counted
 * and the upload is refused as soon as it passes the limit — at most the limit plus one byte is ever read, never the
 * whole request. A refusal answers 413 (too large; the browser's upload shows its "too large" text) or 429 (too
 * often), and the screen shows an Indonesian message naming the file and the limit in MB.
 * <p>
 * Why not {@code UploadHandler.inMemory}: it copies the whole request into memory before anyone can look at its size.
 * Vaadin's own limits ({@link #getRequestSizeMax()}, {@link #getFileSizeMax()}) apply to multipart requests only and
 * only after the servlet container has parsed them; vaadin-upload sends a file as a raw body by default, for which
 * Vaadin hands over the request's input stream with no limit at all. The limit in the browser ({@link #pasangPada})
 * is a courtesy to the user, never relied on.
 */
public final class UnggahanTerbatas implements UploadHandler {

    /** Reads an accepted upload in the request's thread (outside the session lock); returns what the screen does next. */
    @FunctionalInterface
    public interface Pembaca {
        Runnable baca(String nama, InputStream isi) throws IOException;
    }

    /** Receives an accepted upload's bytes in the UI (session locked: call a service, update the screen). */
    @FunctionalInterface
    public interface Penerima {
        void terima(String nama, byte[] isi);
    }

    /** Decides before anything is read whether an upload may go ahead; the message says why not. */
    @FunctionalInterface
    public interface Penjaga {
        Optional<String> tolak(UploadEvent unggahan);
    }

    private static final int TERLALU_BESAR = 413;
    private static final int TERLALU_SERING = 429;
    private static final int DITOLAK = 422;
    private static final int NAMA_MAKS = 80;

    private final long batas;
    private final Pembaca pembaca;
    private Penjaga penjaga = unggahan -> Optional.empty();
    private Consumer<String> saatDitolak = Notifikasi::gagal;

    private UnggahanTerbatas(long batas, Pembaca pembaca) {
        this.batas = batas;
        this.pembaca = pembaca;
    }

    /** The upload as bytes (at most {@code batas}) for {@code penerima}, e.g. a service that stores the file. */
    public static UnggahanTerbatas keMemori(long batas, Penerima penerima) {
        return new UnggahanTerbatas(batas, (nama, isi) -> {
            byte[] data = BacaanTerbatas.bacaSemua(isi, batas, nama);
            return () -> penerima.terima(nama, data);
        });
    }

    /** The upload as a stream that ends in a refusal past {@code batas}, e.g. to compute a hash without keeping it. */
    public static UnggahanTerbatas dibaca(long batas, Pembaca pembaca) {
        return new UnggahanTerbatas(batas, pembaca);
    }

    /** Checked first for every upload, e.g. a rate limit; a refusal reads nothing. */
    public UnggahanTerbatas dijaga(Penjaga penjaga) {
        this.penjaga = penjaga;
        return this;
    }

    /** How the screen shows a refusal; a notification unless set. */
    public UnggahanTerbatas saatDitolak(Consumer<String> tampilkan) {
        this.saatDitolak = tampilkan;
        return this;
    }

    public long batas() {
        return batas;
    }

    /** Makes this the upload's handler, with the same limit in the browser and the upload's texts in Indonesian. */
    public Upload pasangPada(Upload upload) {
        upload.setUploadHandler(this);
        upload.setMaxFileSize((int) Math.min(batas, Integer.MAX_VALUE));
        upload.setI18n(TeksUnggahan.indonesia(batas));
        upload.addFileRejectedListener(e -> saatDitolak.accept(
                Pesan.get("unggah.ditolakPeramban", namaTampil(e.getFileName()), BatasUnggah.megabyte(batas))));
        return upload;
    }

    @Override
    public void handleUploadRequest(UploadEvent unggahan) throws IOException {
        String nama = namaTampil(unggahan.getFileName());
        String namaBerkas = namaBerkas(unggahan.getFileName());
        Optional<String> alasan = penjaga.tolak(unggahan);
        if (alasan.isPresent()) {
            tolak(unggahan, TERLALU_SERING, alasan.get());
            return;
        }
        if (unggahan.getFileSize() > batas) {
            // the request says so itself: refuse without reading a byte
            tolak(unggahan, TERLALU_BESAR, new BerkasTerlaluBesarException(nama, batas).getMessage());
            return;
        }
        Runnable lalu;
        try (InputStream isi = new BacaanTerbatas(unggahan.getInputStream(), batas, nama)) {
            lalu = pembaca.baca(namaBerkas, isi);
        } catch (BerkasTerlaluBesarException e) {
            tolak(unggahan, TERLALU_BESAR, e.getMessage());
            return;
        } catch (AturanDilanggarException e) {
            tolak(unggahan, DITOLAK, e.getMessage());
            return;
        }
        unggahan.getUI().access(lalu::run);
    }

    /** A refusal already set its status (413, 429, 422); Vaadin's default would turn every refusal into 422. */
    @Override
    public void responseHandled(UploadResult hasil) {
        if (hasil.exception() == null && !hasil.rejectedFiles().isEmpty()) {
            return;
        }
        UploadHandler.super.responseHandled(hasil);
    }

    @Override
    public long getRequestSizeMax() {
        return batas + 64 * 1024; // room for multipart headers
    }

    @Override
    public long getFileSizeMax() {
        return batas;
    }

    @Override
    public long getFileCountMax() {
        return 1;
    }

    private void tolak(UploadEvent unggahan, int status, String pesan) {
        unggahan.reject(pesan);
        var respons = unggahan.getResponse();
        respons.setStatus(status);
        respons.setContentType("text/plain;charset=UTF-8");
        try {
            respons.getWriter().write(pesan);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        unggahan.getUI().access(() -> saatDitolak.accept(pesan));
    }

    /** The name the user gave the file without a path or control characters (Vaadin says "unknown" for none). */
    static String namaBerkas(String nama) {
        String bersih = nama == null || nama.equals("unknown") ? ""
                : nama.substring(Math.max(nama.lastIndexOf('/'), nama.lastIndexOf('\\')) + 1).replaceAll("\\p{Cntrl}", "").strip();
        return bersih.isEmpty() ? Pesan.get("unggah.tanpaNama") : bersih;
    }

    /** The name as a message shows it: {@link #namaBerkas}, not endless. */
    static String namaTampil(String nama) {
        String bersih = namaBerkas(nama);
        return bersih.length() > NAMA_MAKS ? bersih.substring(0, NAMA_MAKS) + "…" : bersih;
    }
}
