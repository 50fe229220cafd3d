package id.sipeka.base.web;

import id.sipeka.base.DataTidakDitemukanException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * An address under {@code /api/} or {@code /actuator/} that no endpoint serves is a 404 in JSON. Without this the
 * request would fall through to Vaadin, which answers every unknown address with its start page (200, HTML).
 * Every real endpoint's mapping is more specific and wins.
 */
@RestController
class AlamatApiTidakDikenal {

    @RequestMapping({"/api/**", "/actuator/**"})
    void tidakDikenal() {
        throw new DataTidakDitemukanException();
    }
}
