package id.sipeka.security;

import id.sipeka.base.DataTidakDitemukanException;
import id.sipeka.base.Pesan;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.flowable.common.engine.impl.context.Context;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is signed in and what they may do. Every service asks here before reading or changing data, so the rules
 * hold whatever screen or endpoint called it (hiding a button is never the only guard).
 */
@Component
public class Akses {

    private final Clock clock;

    public Akses(Clock clock) {
        this.clock = clock;
    }

    public Optional<PenggunaSipeka> penggunaOpsional() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof PenggunaSipeka pengguna) {
            return Optional.of(pengguna);
        }
        return Optional.empty();
    }

    public PenggunaSipeka pengguna() {
        return penggunaOpsional().orElseThrow(() -> new AccessDeniedException(Pesan.get("akses.belumMasuk")));
    }

    public LocalDate hariIni() {
        return LocalDate.now(clock);
    }

    public boolean admin() {
        return penggunaOpsional().map(p -> p.peran() == Peran.ADMIN).orElse(false);
    }

    public void wajibAdmin() {
        if (!admin()) {
            throw new AccessDeniedException(Pesan.get("akses.hanyaAdmin"));
        }
    }

    /**
     * Work that only the system does: process callbacks, timers, start-up and after-commit work. True for code run
     * as {@link SistemAuthentication}, and for code the Flowable engine runs inside one of its commands: a timer job,
     * or a service task reached through a user's own step, where the engine (not the user's screen) is the caller
     * and the user's step was guarded when it asked the engine. A screen calling the method directly is refused,
     * whoever is signed in.
     */
    public boolean sistem() {
        return SistemAuthentication.adalah(SecurityContextHolder.getContext().getAuthentication())
                || Context.getCommandContext() != null;
    }

    public void wajibSistem() {
        if (!sistem()) {
            throw new AccessDeniedException(Pesan.get("akses.hanyaSistem"));
        }
    }

    /** A kabupaten-wide setting: the admin, or anyone of the kabupaten (its viewer, or a user of one of its kecamatan). */
    public void wajibBacaKabupaten(long kabupatenId) {
        PenggunaSipeka p = pengguna();
        if (p.peran() != Peran.ADMIN && !Objects.equals(p.kabupatenId(), kabupatenId)) {
            throw new DataTidakDitemukanException();
        }
    }

    /**
     * Watches every kecamatan of a kabupaten at once (the kabupaten's dashboard): the admin, or the kabupaten's own
     * viewer. A user of one of its kecamatan is refused: the dashboard ranks the other kecamatan too.
     */
    public boolean bolehPantauKabupaten(long kabupatenId) {
        PenggunaSipeka p = pengguna();
        return p.peran() == Peran.ADMIN
                || p.peran() == Peran.VIEWER_KABUPATEN && Objects.equals(p.kabupatenId(), kabupatenId);
    }

    public void wajibPantauKabupaten(long kabupatenId) {
        if (!bolehPantauKabupaten(kabupatenId)) {
            throw new AccessDeniedException(Pesan.get("akses.hanyaPemantauKabupaten"));
        }
    }

    /** Acts into a kecamatan (e.g. notifies its people as part of a step): the admin or a user of that very kecamatan. */
    public void wajibDiKecamatan(long kecamatanId) {
        PenggunaSipeka p = pengguna();
        if (p.peran() != Peran.ADMIN && !Objects.equals(p.kecamatanId(), kecamatanId)) {
            throw new AccessDeniedException(Pesan.get("akses.kecamatanLain"));
        }
    }

    /** Admin; a viewer of the kecamatan's kabupaten; anyone of the kecamatan itself. */
    public boolean bolehBaca(long kecamatanId, long kabupatenId) {
        PenggunaSipeka p = pengguna();
        return switch (p.peran()) {
            case ADMIN -> true;
            case VIEWER_KABUPATEN -> Objects.equals(p.kabupatenId(), kabupatenId);
            default -> Objects.equals(p.kecamatanId(), kecamatanId);
        };
    }

    /**
     * Refuses reading a kecamatan's data exactly as if it did not exist: the same exception and words as an unknown
     * id, so a user of one kecamatan cannot find out which records another has.
     */
    public void wajibBaca(long kecamatanId, long kabupatenId) {
        if (!bolehBaca(kecamatanId, kabupatenId)) {
            throw new DataTidakDitemukanException();
        }
    }

    /**
     * Inspects a kecamatan: its whole archive with the audit log (the yearly archive for inspectors). The admin, a
     * viewer of its kabupaten (the inspectorate reads through that account), and its camat and sekcam (also
     * Plt./Plh. today). Unit heads and staf read documents but not the audit log, as on the audit screen.
     */
    public boolean bolehPeriksa(long kecamatanId, long kabupatenId) {
        PenggunaSipeka p = pengguna();
        return switch (p.peran()) {
            case ADMIN -> true;
            case VIEWER_KABUPATEN -> Objects.equals(p.kabupatenId(), kabupatenId);
            default -> Objects.equals(p.kecamatanId(), kecamatanId)
                    && (p.punyaPeran(Peran.CAMAT, hariIni()) || p.punyaPeran(Peran.SEKCAM, hariIni()));
        };
    }

    public void wajibPeriksa(long kecamatanId, long kabupatenId) {
        if (!bolehPeriksa(kecamatanId, kabupatenId)) {
            throw new AccessDeniedException(Pesan.get("akses.hanyaPemeriksa"));
        }
    }

    /** Manages kecamatan-wide planning data (Renstra, import): admin, or the sekcam (also Plt./Plh.) of it. */
    public boolean bolehKelola(long kecamatanId) {
        PenggunaSipeka p = pengguna();
        if (p.peran() == Peran.ADMIN) {
            return true;
        }
        return Objects.equals(p.kecamatanId(), kecamatanId) && p.punyaPeran(Peran.SEKCAM, hariIni());
    }

    public void wajibKelola(long kecamatanId) {
        if (!bolehKelola(kecamatanId)) {
            throw new AccessDeniedException(Pesan.get("akses.hanyaSekcam"));
        }
    }

    /** Holds the role (by account or by Plt./Plh. valid today) in this very kecamatan. */
    public boolean punyaPeranDi(Peran peran, long kecamatanId) {
        PenggunaSipeka p = pengguna();
        return Objects.equals(p.kecamatanId(), kecamatanId) && p.punyaPeran(peran, hariIni());
    }

    public void wajibPeranDi(Peran peran, long kecamatanId) {
        if (!punyaPeranDi(peran, kecamatanId)) {
            throw new AccessDeniedException(Pesan.get("akses.hanyaPeran", Pesan.get("peran." + peran.name())));
        }
    }

    /** Works in the unit (head or staf; also Plt./Plh. head today) in this very kecamatan. */
    public boolean anggotaUnitDi(long kecamatanId, long unitId) {
        PenggunaSipeka p = pengguna();
        return Objects.equals(p.kecamatanId(), kecamatanId) && p.anggotaUnit(unitId, hariIni());
    }

    /** Heads the unit (also as Plt./Plh. today) in this very kecamatan. */
    public boolean kepalaUnitDi(long kecamatanId, long unitId) {
        PenggunaSipeka p = pengguna();
        return Objects.equals(p.kecamatanId(), kecamatanId) && p.kepalaUnit(unitId, hariIni());
    }

    /** Changes a row owned by a unit: whoever manages the kecamatan, or the head or a staf of that very unit. */
    public boolean bolehUbahUnit(long kecamatanId, long unitId) {
        if (bolehKelola(kecamatanId)) {
            return true;
        }
        PenggunaSipeka p = pengguna();
        return Objects.equals(p.kecamatanId(), kecamatanId) && p.anggotaUnit(unitId, hariIni());
    }

    public void wajibUbahUnit(long kecamatanId, long unitId) {
        if (!bolehUbahUnit(kecamatanId, unitId)) {
            throw new AccessDeniedException(Pesan.get("akses.unitLain"));
        }
    }
}
