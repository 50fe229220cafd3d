package id.sipeka.base.web;

import id.sipeka.base.BatasUnggah;
import id.sipeka.base.Pesan;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A REST body sent without a declared length (chunked) that passed the limit while Spring read it: 413 with the
 * same message as a body that declared too much ({@link BatasPermintaan}), not "request unreadable".
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class JawabanBadanTerlaluBesar {

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, String>> tidakTerbaca(HttpMessageNotReadableException kesalahan)
            throws HttpMessageNotReadableException {
        for (Throwable c = kesalahan; c != null; c = c.getCause()) {
            if (c instanceof BatasPermintaan.BadanTerlaluBesar besar) {
                return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).header("Connection", "close")
                        .body(Map.of("pesan", Pesan.get("unggah.permintaanTerlaluBesar", BatasUnggah.megabyte(besar.batas))));
            }
        }
        throw kesalahan; // anything else unreadable: Spring's own answer (400)
    }
}
