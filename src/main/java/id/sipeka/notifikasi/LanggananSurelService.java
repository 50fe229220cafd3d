package id.sipeka.notifikasi;

import id.sipeka.base.AturanDilanggarException;
import id.sipeka.base.Pesan;
import id.sipeka.security.Akses;
import id.sipeka.security.PenggunaSipeka;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each user's own choice of how notifications reach them by e-mail. */
@Service
public class LanggananSurelService {

    static final int PANJANG_EMAIL = 254;
    /** A plain address check: something@domain.tld, no spaces; the SMTP server has the last word. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final LanggananSurelRepository repository;
    private final Akses akses;
    private final SurelAktif mail;

    LanggananSurelService(LanggananSurelRepository repository, Akses akses, SurelAktif mail) {
        this.repository = repository;
        this.akses = akses;
        this.mail = mail;
    }

    /** Whether this installation sends e-mail at all (an SMTP server is configured). */
    public boolean surelAktif() {
        akses.pengguna();
        return mail.aktif();
    }

    @Transactional(readOnly = true)
    public Optional<Langganan> milikSaya() {
        PenggunaSipeka saya = akses.pengguna();
        return repository.findById(saya.getUsername()).map(l -> new Langganan(l.email, l.cara, l.version));
    }

    /** Saves the signed-in user's address and choice (only users of a kecamatan receive notifications). */
    @Transactional
    public Langganan simpan(Langganan data) {
        PenggunaSipeka saya = akses.pengguna();
        if (saya.kecamatanId() == null) {
            throw new AturanDilanggarException(Pesan.get("surel.tanpaKecamatan"));
        }
        CaraSurel cara = data.cara() == null ? CaraSurel.TIDAK : data.cara();
        String email = data.email() == null ? "" : data.email().strip();
        if (cara != CaraSurel.TIDAK || !email.isEmpty()) {
            if (email.length() > PANJANG_EMAIL || !EMAIL.matcher(email).matches()) {
                throw new AturanDilanggarException(Pesan.get("surel.alamatTidakSah", email));
            }
        }
        LanggananSurel l = repository.findById(saya.getUsername()).orElseGet(() -> new LanggananSurel(saya.getUsername()));
        l.kecamatanId = saya.kecamatanId();
        l.email = email;
        l.cara = cara;
        l = repository.saveAndFlush(l);
        return new Langganan(l.email, l.cara, l.version);
    }

    public record Langganan(String email, CaraSurel cara, long version) {
    }
}
