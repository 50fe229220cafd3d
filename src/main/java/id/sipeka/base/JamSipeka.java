package id.sipeka.base;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The one clock of SIPEKA, in the deployment's configured zone (`sipeka.zona-waktu`). Screens, documents,
 * deadlines, acting periods and Flowable's engine clock ({@link JamFlowable}) all read it, so "today" and "now" are
 * the same everywhere. It runs on the system clock; process tests may fix it through the engine clock
 * ({@code engine.getClock().setCurrentTime(…)}) and SIPEKA then sees that same moment too.
 */
public final class JamSipeka extends Clock {

    private final ZoneId zona;
    /** A fixed moment, or null for the system clock. Shared by every zone view of this clock. */
    private final AtomicReference<Instant> tetap;

    public JamSipeka(ZoneId zona) {
        this(zona, new AtomicReference<>());
    }

    private JamSipeka(ZoneId zona, AtomicReference<Instant> tetap) {
        this.zona = Objects.requireNonNull(zona);
        this.tetap = tetap;
    }

    @Override
    public ZoneId getZone() {
        return zona;
    }

    @Override
    public Clock withZone(ZoneId lain) {
        return lain.equals(zona) ? this : new JamSipeka(lain, tetap);
    }

    @Override
    public Instant instant() {
        Instant t = tetap.get();
        return t != null ? t : Instant.now();
    }

    public LocalDate hariIni() {
        return LocalDate.now(this);
    }

    /** Fixes the clock at a moment (engine-clock tests); {@link #lepas()} returns to the system clock. */
    void tetapkan(Instant saat) {
        tetap.set(Objects.requireNonNull(saat));
    }

    void lepas() {
        tetap.set(null);
    }

    boolean tetap() {
        return tetap.get() != null;
    }
}
