package id.sipeka.base.web;

import id.sipeka.base.BatasUnggah;
import id.sipeka.base.Pesan;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * No request body larger than SIPEKA ever needs is read: a request that declares a larger body is answered 413
 * before anything is read (Tomcat then discards at most {@code server.tomcat.max-swallow-size} and closes the
 * connection), and one without a declared length (chunked) fails as soon as its reader passes the limit. Uploads
 * (Vaadin's {@code /VAADIN/dynamic/resource/…}) may carry the largest upload limit, and one that declares more is
 * left to its handler ({@code base.ui.UnggahanTerbatas}), which refuses it unread with a message on the screen;
 * every other request — Vaadin's UI messages, which Vaadin reads whole into a string, the REST API's JSON, forms —
 * may carry far less.
 * <p>
 * Tomcat parses form posts and multipart bodies itself, below this wrapper: those are bounded by
 * {@code server.tomcat.max-http-form-post-size} and the servlets' multipart limits.
 */
final class BatasPermintaan extends OncePerRequestFilter {

    static final String JALUR_UNGGAHAN = "/VAADIN/dynamic/resource/";

    private final long batasBiasa;
    private final long batasUnggahan;

    BatasPermintaan(long batasBiasa, long batasUnggahan) {
        this.batasBiasa = batasBiasa;
        this.batasUnggahan = batasUnggahan;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean unggahan = request.getRequestURI().contains(JALUR_UNGGAHAN);
        long batas = unggahan ? batasUnggahan : batasBiasa;
        long panjang = request.getContentLengthLong();
        // an upload declaring too much is left to its handler: it refuses it unread as well, and says so on the screen
        if (panjang > batas && !unggahan) {
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            response.setHeader("Connection", "close");
            String pesan = Pesan.get("unggah.permintaanTerlaluBesar", BatasUnggah.megabyte(batas));
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                // the REST API answers every refusal as {"pesan": …}
                response.setContentType("application/json;charset=UTF-8");
                response.getWriter().write("{\"pesan\":\"" + pesan.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
            } else {
                response.setContentType("text/plain;charset=UTF-8");
                response.getWriter().write(pesan);
            }
            return;
        }
        // with a declared length Tomcat never hands over more than that; without one (chunked), count. A GET's body is
        // never read, and its request stays unwrapped (a WebSocket upgrade wants the container's own request).
        boolean hitung = panjang < 0 && !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod());
        chain.doFilter(hitung ? new Terbatas(request, batas) : request, response);
    }

    /** The request with a body that ends in an {@link IOException} past the limit. */
    private static final class Terbatas extends HttpServletRequestWrapper {

        private final long batas;
        private ServletInputStream isi;

        Terbatas(HttpServletRequest request, long batas) {
            super(request);
            this.batas = batas;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (isi == null) {
                isi = new Masukan(super.getInputStream(), batas);
            }
            return isi;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String kode = getCharacterEncoding();
            Charset charset = kode == null ? StandardCharsets.UTF_8 : Charset.forName(kode);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }

    private static final class Masukan extends ServletInputStream {

        private final ServletInputStream sumber;
        private final long batas;
        private long dibaca;

        Masukan(ServletInputStream sumber, long batas) {
            this.sumber = sumber;
            this.batas = batas;
        }

        @Override
        public int read() throws IOException {
            int b = sumber.read();
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
            int n = sumber.read(b, off, (int) Math.min(len, batas - dibaca + 1));
            if (n > 0) {
                hitung(n);
            }
            return n;
        }

        private void hitung(int n) throws IOException {
            dibaca += n;
            if (dibaca > batas) {
                throw new BadanTerlaluBesar(batas);
            }
        }

        @Override
        public boolean isFinished() {
            return sumber.isFinished();
        }

        @Override
        public boolean isReady() {
            return sumber.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            sumber.setReadListener(listener);
        }

        @Override
        public void close() throws IOException {
            sumber.close();
        }
    }

    /** A body without a declared length passed the limit while it was read (JawabanBadanTerlaluBesar answers 413). */
    static final class BadanTerlaluBesar extends IOException {

        final long batas;

        BadanTerlaluBesar(long batas) {
            super("Isi permintaan melebihi " + batas + " byte");
            this.batas = batas;
        }
    }
}
