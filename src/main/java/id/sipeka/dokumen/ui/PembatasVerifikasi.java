package id.sipeka.dokumen.ui;

import id.sipeka.base.BatasUnggah;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * How often one client address may compare a file on the public verification page: at most
 * {@code sipeka.unggah.verifikasi-per-menit} comparisons within any minute (a sliding window). The address is the
 * request's remote address; behind a reverse proxy Spring's {@code server.forward-headers-strategy} makes it the
 * client's rather than the proxy's.
 * <p>
 * Memory stays bounded: each address keeps at most the allowed number of times, and only the
 * {@value #ALAMAT_MAKS} most recently seen addresses are kept (an address pushed out starts afresh — each comparison
 * is bounded in size anyway, this only slows a single client down).
 */
@Component
class PembatasVerifikasi {

    static final Duration JENDELA = Duration.ofMinutes(1);
    static final int ALAMAT_MAKS = 10_000;

    private final int perJendela;
    private final Clock clock;
    private final Map<String, ArrayDeque<Instant>> riwayat = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ArrayDeque<Instant>> tertua) {
            return size() > ALAMAT_MAKS;
        }
    };

    @Autowired
    PembatasVerifikasi(BatasUnggah batas, Clock clock) {
        this(batas.verifikasiPerMenit(), clock);
    }

    PembatasVerifikasi(int perJendela, Clock clock) {
        this.perJendela = perJendela;
        this.clock = clock;
    }

    /** Whether {@code alamat} may compare a file now; if so, this comparison is counted. */
    synchronized boolean izinkan(String alamat) {
        Instant kini = clock.instant();
        ArrayDeque<Instant> waktu = riwayat.computeIfAbsent(alamat, a -> new ArrayDeque<>());
        Instant awalJendela = kini.minus(JENDELA);
        while (!waktu.isEmpty() && !waktu.peekFirst().isAfter(awalJendela)) {
            waktu.pollFirst();
        }
        if (waktu.size() >= perJendela) {
            return false;
        }
        waktu.addLast(kini);
        return true;
    }

    synchronized int jumlahAlamat() {
        return riwayat.size();
    }
}
