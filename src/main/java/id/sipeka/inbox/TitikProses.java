package id.sipeka.inbox;

import id.sipeka.inbox.VersiProsesService.HasilPemindahan;
import id.sipeka.inbox.VersiProsesService.VersiProses;
import java.util.List;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/proses} for the admin (HTTP Basic, ADMIN like every actuator endpoint but health): GET lists the
 * processes' versions and the instances running on each; POST {@code {"kunci":"renja","dariVersi":1}} moves the
 * running instances of that version to the newest ({@link VersiProsesService#pindahkanKeTerbaru}).
 */
@Component
@Endpoint(id = "proses")
class TitikProses {

    private final VersiProsesService versi;

    TitikProses(VersiProsesService versi) {
        this.versi = versi;
    }

    @ReadOperation
    List<VersiProses> versi() {
        return versi.versi();
    }

    @WriteOperation
    HasilPemindahan pindahkan(String kunci, int dariVersi) {
        return versi.pindahkanKeTerbaru(kunci, dariVersi);
    }
}
