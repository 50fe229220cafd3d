package id.sipeka.renstra;

import id.sipeka.base.AturanDilanggarException;
import id.sipeka.base.Pesan;
import id.sipeka.organisasi.OrganisasiData.KecamatanData;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.renstra.RenstraData.RenstraLengkap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * REST access to a kecamatan's Renstra (HTTP Basic, same accounts and the same service checks as the screens).
 * {@code POST /api/kecamatan/{kode}/renstra/impor} takes the JSON import format described in the README.
 */
@RestController
@RequestMapping("/api/kecamatan/{kode}/renstra")
class RenstraApi {

    private final RenstraService renstraService;
    private final OrganisasiService organisasi;

    RenstraApi(RenstraService renstraService, OrganisasiService organisasi) {
        this.renstraService = renstraService;
        this.organisasi = organisasi;
    }

    @GetMapping
    ResponseEntity<RenstraLengkap> terbaru(@PathVariable String kode) {
        return renstraService.terbaru(kecamatan(kode).id()).map(ResponseEntity::ok)
                .orElse(ResponseEntity.notFound().build());
    }

    @PostMapping("/impor")
    HasilImpor impor(@PathVariable String kode, @RequestBody JsonNode isi) {
        return renstraService.imporJson(kecamatan(kode).id(), isi);
    }

    private KecamatanData kecamatan(String kode) {
        return organisasi.kecamatanDenganKode(kode).orElseThrow(() -> new KecamatanTidakAda(kode));
    }

    @ExceptionHandler(ImporDitolakException.class)
    ResponseEntity<Map<String, Object>> ditolak(ImporDitolakException e) {
        return ResponseEntity.unprocessableContent().body(Map.of("pesan", e.getMessage(), "masalah", e.masalah()));
    }

    @ExceptionHandler(KecamatanTidakAda.class)
    ResponseEntity<Map<String, Object>> tidakAda(KecamatanTidakAda e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("pesan", e.getMessage(), "masalah", List.of()));
    }

    @ExceptionHandler(AturanDilanggarException.class)
    ResponseEntity<Map<String, Object>> aturan(AturanDilanggarException e) {
        return ResponseEntity.badRequest().body(Map.of("pesan", e.getMessage(), "masalah", List.of()));
    }

    static final class KecamatanTidakAda extends RuntimeException {
        KecamatanTidakAda(String kode) {
            super(Pesan.get("organisasi.kecamatanKodeTidakAda", kode));
        }
    }
}
