package id.sipeka.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Tests only: endpoints that break or refuse on purpose, so a test can see what an API client or a browser gets from
 * a real bug or a refusal outside the Vaadin screens (a refused download answers 403 the same way).
 */
@RestController
class GagalUjiHttp {

    static final String API_GAGAL = "/api/uji/gagal";
    static final String HTML_GAGAL = "/uji/html/gagal";
    static final String HTML_DITOLAK = "/uji/html/ditolak";
    static final String PESAN = "kesalahan HTTP yang dipaksa oleh pengujian";

    @GetMapping({API_GAGAL, HTML_GAGAL})
    String gagal() {
        throw new IllegalStateException(PESAN);
    }

    @GetMapping(HTML_DITOLAK)
    void ditolak(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }
}
