package id.sipeka.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing without letting anyone lock an official out. Wrong passwords are counted per
 * account <em>and client address</em>: after {@code sipeka.login.batas-gagal} of them that pair waits
 * {@code sipeka.login.jeda-awal}, and every further failure doubles the wait up to {@code sipeka.login.jeda-maks}.
 * An address that fails across many accounts (password spraying) waits the same way as a whole once it reaches
 * {@code sipeka.login.batas-gagal-alamat}. The official, from their own address, is never held back by someone
 * else's guesses; the admin can release an account at once.
 * <p>
 * Held in memory: a restart forgets it, which only costs a guesser time. Nothing is written to the database per
 * attempt, so parallel failures cannot collide (they used to end in HTTP 500 on the account row's version).
 */
@Component
public class PembatasMasuk {

    /** Entries are dropped once idle this long after their wait ended. */
    private static final Duration LUPAKAN = Duration.ofHours(1);
    private static final int BATAS_CATATAN = 100_000;

    private final Clock clock;
    private final int batasGagal;
    private final int batasGagalAlamat;
    private final Duration jedaAwal;
    private final Duration jedaMaks;
    private final Map<String, Catatan> perAkunAlamat = new ConcurrentHashMap<>();
    private final Map<String, Catatan> perAlamat = new ConcurrentHashMap<>();

    PembatasMasuk(Clock clock, @Value("${sipeka.login.batas-gagal:5}") int batasGagal,
            @Value("${sipeka.login.batas-gagal-alamat:30}") int batasGagalAlamat,
            @Value("${sipeka.login.jeda-awal:1m}") Duration jedaAwal,
            @Value("${sipeka.login.jeda-maks:15m}") Duration jedaMaks) {
        this.clock = clock;
        this.batasGagal = batasGagal;
        this.batasGagalAlamat = batasGagalAlamat;
        this.jedaAwal = jedaAwal;
        this.jedaMaks = jedaMaks;
    }

    /** This account may not try from this address now (its password is not even checked). */
    public boolean tertahan(String username, String alamat) {
        Instant kini = clock.instant();
        return tertahan(perAkunAlamat.get(kunci(username, alamat)), kini) || tertahan(perAlamat.get(alamat(alamat)), kini);
    }

    /** The account is held back from some address now (shown to the admin as "terkunci"). */
    public boolean adaYangTertahan(String username) {
        Instant kini = clock.instant();
        String awalan = akun(username) + "|";
        return perAkunAlamat.entrySet().stream().anyMatch(e -> e.getKey().startsWith(awalan) && tertahan(e.getValue(), kini));
    }

    public void gagal(String username, String alamat) {
        Instant kini = clock.instant();
        bersihkanBilaPenuh(kini);
        perAkunAlamat.compute(kunci(username, alamat), (k, c) -> catat(c, batasGagal, kini));
        perAlamat.compute(alamat(alamat), (k, c) -> catat(c, batasGagalAlamat, kini));
    }

    public void berhasil(String username, String alamat) {
        perAkunAlamat.remove(kunci(username, alamat));
    }

    /** The admin releases the account from every address at once. */
    public void buka(String username) {
        String awalan = akun(username) + "|";
        perAkunAlamat.keySet().removeIf(k -> k.startsWith(awalan));
    }

    private Catatan catat(Catatan lama, int batas, Instant kini) {
        int gagal = (lama == null ? 0 : lama.gagal) + 1;
        if (gagal < batas) {
            return new Catatan(gagal, null, kini);
        }
        // the batas-th failure waits jedaAwal, each one after it twice as long as the one before, up to jedaMaks
        int lipat = Math.min(gagal - batas, 20);
        Duration jeda = jedaAwal.multipliedBy(1L << lipat);
        return new Catatan(gagal, kini.plus(jeda.compareTo(jedaMaks) > 0 ? jedaMaks : jeda), kini);
    }

    private static boolean tertahan(Catatan c, Instant kini) {
        return c != null && c.sampai != null && kini.isBefore(c.sampai);
    }

    private void bersihkanBilaPenuh(Instant kini) {
        if (perAkunAlamat.size() + perAlamat.size() < BATAS_CATATAN) {
            return;
        }
        Instant batas = kini.minus(LUPAKAN);
        perAkunAlamat.values().removeIf(c -> c.terakhir.isBefore(batas) && !tertahan(c, kini));
        perAlamat.values().removeIf(c -> c.terakhir.isBefore(batas) && !tertahan(c, kini));
    }

    private static String kunci(String username, String alamat) {
        return akun(username) + "|" + alamat(alamat);
    }

    private static String akun(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }

    private static String alamat(String alamat) {
        return alamat == null ? "?" : alamat;
    }

    private record Catatan(int gagal, Instant sampai, Instant terakhir) {
    }
}
