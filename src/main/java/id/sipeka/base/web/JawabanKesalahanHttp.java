package id.sipeka.base.web;

import id.sipeka.base.BasisDataTidakTersedia;
import id.sipeka.base.KodeKesalahan;
import id.sipeka.base.Pesan;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * Spring's {@code /error} for everything outside the Vaadin screens (the REST API, the operations endpoints, a
 * stale or refused download link, a filter's refusal), in place of the Whitelabel page. The API and actuator get
 * {@code {"pesan", "id"}}, a browser an Indonesian page; neither ever carries the exception, its message or a trace.
 * A server error is logged at ERROR with its stack trace under the code the answer shows; a refusal is logged at INFO
 * under its code.
 */
@Controller
class JawabanKesalahanHttp implements ErrorController {

    private final ErrorAttributes errorAttributes;

    JawabanKesalahanHttp(ErrorAttributes errorAttributes) {
        this.errorAttributes = errorAttributes;
    }

    @RequestMapping("${server.error.path:/error}")
    ResponseEntity<?> jawab(HttpServletRequest request) {
        int status = status(request);
        String alamat = alamat(request);
        String tempat = request.getMethod() + " " + alamat;
        String kode = status >= 500
                ? KodeKesalahan.catat(errorAttributes.getError(new ServletWebRequest(request)), tempat)
                : KodeKesalahan.catatPenolakan(status, tempat);
        if (alamat.startsWith("/api/") || alamat.startsWith("/actuator/")) {
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("pesan", pesan(status, kode), "id", kode));
        }
        return ResponseEntity.status(status).contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(HalamanKesalahanHtml.untuk(status, kode, request.getContextPath() + "/"));
    }

    /** One sentence per kind of answer, the same whichever record or address was asked for. */
    static String pesan(int status, String kode) {
        return switch (status) {
            case 401 -> Pesan.get("akses.belumMasuk");
            case 403 -> Pesan.get("umum.aksesDitolak");
            case 404 -> Pesan.get("umum.tidakDitemukan");
            case 503 -> BasisDataTidakTersedia.pesan();
            default -> status >= 500 ? Pesan.get("umum.kesalahanDenganKode", kode) : Pesan.get("kesalahan.permintaan.teks");
        };
    }

    /** A request for {@code /error} itself has no status: it is answered as an address that does not exist. */
    private static int status(HttpServletRequest request) {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        return status instanceof Integer s && s >= 400 && s <= 599 ? s : 404;
    }

    private static String alamat(HttpServletRequest request) {
        Object asal = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String alamat = asal instanceof String s ? s : request.getRequestURI();
        return alamat.substring(Math.min(request.getContextPath().length(), alamat.length()));
    }
}
