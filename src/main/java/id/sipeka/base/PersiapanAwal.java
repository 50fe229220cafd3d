package id.sipeka.base;

import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.stereotype.Component;

/**
 * Whether the application is still preparing its first data (the demo kecamatan on the first start of the embedded
 * database, about a minute). The login page says so and lets nobody in until it is done: an account that exists
 * before its kecamatan's Renja and evaluations would land on half a demo.
 */
@Component
public class PersiapanAwal {

    private final AtomicBoolean berjalan = new AtomicBoolean();

    public void mulai() {
        berjalan.set(true);
    }

    public void selesai() {
        berjalan.set(false);
    }

    public boolean berjalan() {
        return berjalan.get();
    }
}
