package id.sipeka.renstra;

import id.sipeka.base.AturanDilanggarException;
import id.sipeka.base.DataTidakDitemukanException;
import id.sipeka.organisasi.OrganisasiData.KecamatanData;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.renstra.RenstraData.RenstraLengkap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * REST access to a kecamatan's Renstra (HTTP Basic, same accounts and the same service checks as the screens).
 * {@code POST /api/kecamatan/{kode}/renstra/impor} takes the JSON import format described in the README
 * ({@code /impor/pratinjau} shows what it would change first). A kecamatan
 * the user may not read, an unknown one and one without a Renstra are all 404 ({@code base.web} answers).
 */
@RestController
@RequestMapping("/api/kecamatan/{kode}/renstra")
class RenstraApi {

    private final RenstraService renstraService;
    private final ImporRenstraService imporService;
    private final OrganisasiService organisasi;

    RenstraApi(RenstraService renstraService, ImporRenstraService imporService, OrganisasiService organisasi) {
        this.renstraService = renstraService;
        this.imporService = imporService;
        this.organisasi = organisasi;
    }

    /** The version in force of the newest period (a Renstra Perubahan once there is one). */
    @GetMapping
    ResponseEntity<RenstraLengkap> terbaru(@PathVariable String kode) {
        return renstraService.terbaru(kecamatan(kode).id()).map(ResponseEntity::ok)
                .orElseThrow(DataTidakDitemukanException::new);
    }

    /** What the file would change (rows added, changed, removed; totals per year), nothing stored. */
    @PostMapping("/impor/pratinjau")
    PratinjauImpor pratinjau(@PathVariable String kode, @RequestBody JsonNode isi) {
        return imporService.pratinjauJson(kecamatan(kode).id(), isi);
    }

    /**
     * Stores the file. With {@code sidik} (from the preview) it is refused if the stored Renstra changed since the
     * preview; without, it is checked and stored in one step. When a Renja of the period has left its draft the file
     * becomes a Renstra Perubahan (the preview's {@code perubahanKe}) and {@code dasar}, its reason, is required.
     */
    @PostMapping("/impor")
    HasilImpor impor(@PathVariable String kode, @RequestBody JsonNode isi,
            @RequestParam(name = "sidik", required = false) String sidik,
            @RequestParam(name = "dasar", required = false) String dasar) {
        long id = kecamatan(kode).id();
        return sidik == null ? imporService.imporJson(id, isi, dasar) : imporService.terapkanJson(id, isi, sidik, dasar);
    }

    /** Another kecamatan's code is answered exactly like an unknown one: 404 with the same words. */
    private KecamatanData kecamatan(String kode) {
        return organisasi.kecamatanDenganKode(kode).orElseThrow(DataTidakDitemukanException::new);
    }

    @ExceptionHandler(ImporDitolakException.class)
    ResponseEntity<Map<String, Object>> ditolak(ImporDitolakException e) {
        return ResponseEntity.unprocessableContent().body(Map.of("pesan", e.getMessage(), "masalah", e.masalah()));
    }

    @ExceptionHandler(AturanDilanggarException.class)
    ResponseEntity<Map<String, Object>> aturan(AturanDilanggarException e) {
        return ResponseEntity.badRequest().body(Map.of("pesan", e.getMessage(), "masalah", List.of()));
    }
}
