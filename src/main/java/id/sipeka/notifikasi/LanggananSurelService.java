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
    /** An Indonesian mobile number in international form: 62, then 8 and 8 to 11 more digits. */
    private static final Pattern NOMOR_WA = Pattern.compile("628\\d{8,11}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final LanggananSurelRepository repository;
    private final Akses akses;
    private final SurelAktif mail;
    private final SaluranPesan whatsApp;

    LanggananSurelService(LanggananSurelRepository repository, Akses akses, SurelAktif mail, SaluranPesan whatsApp) {
        this.whatsApp = whatsApp;
        this.repository = repository;
        this.akses = akses;
        this.mail = mail;
    }

    /** Whether this installation sends e-mail at all (an SMTP server is configured). */
    public boolean surelAktif() {
        akses.pengguna();
        return mail.aktif();
    }

    /** Whether this installation sends WhatsApp messages (a gateway is configured). */
    public boolean whatsAppAktif() {
        akses.pengguna();
        return whatsApp.aktif();
    }

    @Transactional(readOnly = true)
    public Optional<Langganan> milikSaya() {
        PenggunaSipeka saya = akses.pengguna();
        return repository.findById(saya.getUsername()).map(l -> new Langganan(l.email, l.cara, l.nomorWa, l.version));
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
        String nomorWa = nomorWa(data.nomorWa());
        LanggananSurel l = repository.findById(saya.getUsername()).orElseGet(() -> new LanggananSurel(saya.getUsername()));
        l.kecamatanId = saya.kecamatanId();
        l.email = email;
        l.cara = cara;
        l.nomorWa = nomorWa;
        l = repository.saveAndFlush(l);
        return new Langganan(l.email, l.cara, l.nomorWa, l.version);
    }

    /**
     * A WhatsApp number as typed ("0812-3456-7890", "+62 812 3456 7890") in the gateways' international form
     * (6281234567890); empty is none.
     */
    static String nomorWa(String diketik) {
        if (diketik == null || diketik.isBlank()) {
            return null;
        }
        String angka = diketik.replaceAll("[\\s().-]", "");
        if (angka.startsWith("+")) {
            angka = angka.substring(1);
        }
        if (angka.startsWith("0")) {
            angka = "62" + angka.substring(1);
        }
        if (!NOMOR_WA.matcher(angka).matches()) {
            throw new AturanDilanggarException(Pesan.get("surel.nomorWaTidakSah", diketik.strip()));
        }
        return angka;
    }

    /**
     * @param nomorWa WhatsApp number (62…), or null for none
     */
    public record Langganan(String email, CaraSurel cara, String nomorWa, long version) {

        /** E-mail only. */
        public Langganan(String email, CaraSurel cara, long version) {
            this(email, cara, null, version);
        }
    }
}
