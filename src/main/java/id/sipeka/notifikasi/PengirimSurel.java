package id.sipeka.notifikasi;

import id.sipeka.base.AlamatAplikasi;
import id.sipeka.base.Penyamar;
import id.sipeka.security.PenggunaSipeka;
import jakarta.mail.MessagingException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends notifications by e-mail after their step committed: at once to readers who chose SEGERA, and each morning a
 * summary of what is still open and unread to those who chose HARIAN; and, when a WhatsApp gateway is configured,
 * each notification as a WhatsApp message to readers who gave their number. Every message is first written to the
 * outbox under a unique key, then sent; a failure is tried again later, and a message already written is never
 * written twice — also when two app nodes work at once. A channel that is not configured writes and sends nothing.
 */
@Component
class PengirimSurel {

    private static final Logger log = LoggerFactory.getLogger(PengirimSurel.class);

    private final SurelAktif mail;
    private final NotifikasiService notifikasi;
    private final NotifikasiRepository notifikasiRepo;
    private final LanggananSurelRepository langgananRepo;
    private final SurelKeluarRepository keluarRepo;
    private final UserDetailsService users;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final SurelProperties properties;
    private final AlamatAplikasi alamat;
    private final SaluranPesan whatsApp;

    PengirimSurel(SaluranPesan whatsApp, SurelAktif mail, NotifikasiService notifikasi, NotifikasiRepository notifikasiRepo,
            LanggananSurelRepository langgananRepo, SurelKeluarRepository keluarRepo, UserDetailsService users,
            PlatformTransactionManager transaksi, Clock clock, SurelProperties properties, AlamatAplikasi alamat) {
        this.whatsApp = whatsApp;
        this.mail = mail;
        this.notifikasi = notifikasi;
        this.notifikasiRepo = notifikasiRepo;
        this.langgananRepo = langgananRepo;
        this.keluarRepo = keluarRepo;
        this.users = users;
        this.tx = new TransactionTemplate(transaksi);
        this.clock = clock;
        this.properties = properties;
        this.alamat = alamat;
    }

    boolean aktif() {
        return mail.aktif();
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void notifikasiDikirim(NotifikasiDikirim e) {
        if (!aktif() && !whatsApp.aktif()) {
            return;
        }
        Notifikasi n = notifikasiRepo.findById(e.notifikasiId()).orElse(null);
        if (n == null || n.selesaiPada != null) {
            return;
        }
        if (aktif()) {
            for (LanggananSurel l : langgananRepo.findByKecamatanIdAndCara(e.kecamatanId(), CaraSurel.SEGERA)) {
                pengguna(l.username).filter(p -> notifikasi.untuk(p, n)).ifPresent(p -> tulisLaluKirim(
                        new SurelKeluar("n:" + n.id + ":" + l.username, l.username, l.email, templat().satu(n), clock.instant())));
            }
        }
        if (whatsApp.aktif()) {
            for (LanggananSurel l : langgananRepo.findByKecamatanIdAndNomorWaIsNotNull(e.kecamatanId())) {
                pengguna(l.username).filter(p -> notifikasi.untuk(p, n)).ifPresent(p -> tulisLaluKirim(SurelKeluar.whatsApp(
                        "wa:" + n.id + ":" + l.username, l.username, l.nomorWa, templat().whatsApp(n), clock.instant())));
            }
        }
    }

    /** Each morning: to every HARIAN reader, what is still open and unread (tasks, reminders, escalations). */
    @Scheduled(cron = "${sipeka.surel.jadwal-ringkasan:0 0 7 * * *}", zone = "${sipeka.zona-waktu}")
    void ringkasanHarian() {
        if (!aktif()) {
            return;
        }
        LocalDate hariIni = LocalDate.now(clock);
        for (LanggananSurel l : langgananRepo.findByCara(CaraSurel.HARIAN)) {
            pengguna(l.username).ifPresent(p -> {
                List<Notifikasi> terbuka = tx.execute(s -> {
                    List<Notifikasi> milik = notifikasi.milik(p);
                    var dibaca = notifikasi.dibaca(p, milik);
                    return milik.stream().filter(n -> !dibaca.contains(n.id)).toList();
                });
                if (terbuka != null && !terbuka.isEmpty()) {
                    tulisLaluKirim(new SurelKeluar("harian:" + hariIni + ":" + l.username, l.username, l.email,
                            templat().ringkasan(hariIni, terbuka), clock.instant()));
                }
            });
        }
    }

    /** Messages not sent yet (the server was down, the app stopped between writing and sending) are tried again. */
    @Scheduled(fixedDelayString = "${sipeka.surel.ulang:5m}", initialDelayString = "${sipeka.surel.ulang:5m}")
    void kirimUlang() {
        if (!aktif() && !whatsApp.aktif()) {
            return;
        }
        var batas = clock.instant().minus(properties.tungguUlang());
        keluarRepo.findTop100ByStatusInAndPercobaanLessThanAndDibuatPadaBeforeOrderById(
                List.of(SurelKeluar.MENUNGGU, SurelKeluar.GAGAL), properties.percobaanMaks(), batas).stream()
                .filter(s -> SurelKeluar.WA.equals(s.saluran) ? whatsApp.aktif() : aktif()).forEach(this::kirim);
    }

    private void tulisLaluKirim(SurelKeluar pesan) {
        SurelKeluar baru;
        try {
            baru = tx.execute(s -> keluarRepo.saveAndFlush(pesan));
        } catch (DataIntegrityViolationException sudahAda) {
            return; // written before (a republished event, the other node's morning run): it is sent from there
        }
        kirim(baru);
    }

    /**
     * Claims the e-mail by counting the attempt (only one node's update succeeds), sends it, and records the outcome.
     */
    void kirim(SurelKeluar s) {
        int percobaan = s.percobaan;
        Integer diklaim = tx.execute(t -> keluarRepo.klaim(s.id, percobaan));
        if (diklaim == null || diklaim == 0) {
            return;
        }
        if (SurelKeluar.WA.equals(s.saluran)) {
            kirimWhatsApp(s, percobaan);
            return;
        }
        try {
            JavaMailSender pengirim = mail.pengirim();
            var pesan = pengirim.createMimeMessage();
            MimeMessageHelper h = new MimeMessageHelper(pesan, true, "UTF-8");
            h.setFrom(properties.pengirim());
            h.setTo(s.alamat);
            h.setSubject(s.judul);
            h.setText(s.teks, s.html);
            pengirim.send(pesan);
            tx.executeWithoutResult(t -> keluarRepo.terkirim(s.id, clock.instant()));
        } catch (MailException | MessagingException gagal) {
            String sebab = Penyamar.samarkan(String.valueOf(gagal.getMessage()));
            log.warn("Surel {} ke {} belum terkirim (percobaan {}): {}", s.kunci, s.username, percobaan + 1, sebab);
            tx.executeWithoutResult(t -> keluarRepo.gagal(s.id, sebab.length() > 1000 ? sebab.substring(0, 1000) : sebab));
        }
    }

    private void kirimWhatsApp(SurelKeluar s, int percobaan) {
        try {
            whatsApp.kirim(s.alamat, s.teks);
            tx.executeWithoutResult(t -> keluarRepo.terkirim(s.id, clock.instant()));
        } catch (SaluranPesan.PesanTidakTerkirim gagal) {
            log.warn("WhatsApp {} ke {} belum terkirim (percobaan {}): {}", s.kunci, s.username, percobaan + 1, gagal.getMessage());
            String sebab = gagal.getMessage();
            tx.executeWithoutResult(t -> keluarRepo.gagal(s.id, sebab.length() > 1000 ? sebab.substring(0, 1000) : sebab));
        }
    }

    private TemplatSurel templat() {
        return new TemplatSurel(alamat.alamat(), clock.getZone());
    }

    private Optional<PenggunaSipeka> pengguna(String username) {
        try {
            return Optional.of((PenggunaSipeka) users.loadUserByUsername(username)).filter(PenggunaSipeka::isEnabled);
        } catch (UsernameNotFoundException hilang) {
            return Optional.empty();
        }
    }
}
