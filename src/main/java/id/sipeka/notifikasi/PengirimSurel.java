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
 * summary of what is still open and unread to those who chose HARIAN. Every e-mail is first written to the outbox
 * under a unique key, then sent; a failure is tried again later, and an e-mail already written is never written
 * twice — also when two app nodes work at once. Off (nothing written, nothing sent) without an SMTP server.
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

    PengirimSurel(SurelAktif mail, NotifikasiService notifikasi, NotifikasiRepository notifikasiRepo,
            LanggananSurelRepository langgananRepo, SurelKeluarRepository keluarRepo, UserDetailsService users,
            PlatformTransactionManager transaksi, Clock clock, SurelProperties properties, AlamatAplikasi alamat) {
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
        if (!aktif()) {
            return;
        }
        Notifikasi n = notifikasiRepo.findById(e.notifikasiId()).orElse(null);
        if (n == null || n.selesaiPada != null) {
            return;
        }
        for (LanggananSurel l : langgananRepo.findByKecamatanIdAndCara(e.kecamatanId(), CaraSurel.SEGERA)) {
            pengguna(l.username).filter(p -> notifikasi.untuk(p, n))
                    .ifPresent(p -> tulisLaluKirim("n:" + n.id + ":" + l.username, l, templat().satu(n)));
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
                    tulisLaluKirim("harian:" + hariIni + ":" + l.username, l, templat().ringkasan(hariIni, terbuka));
                }
            });
        }
    }

    /** E-mails not sent yet (the server was down, the app stopped between writing and sending) are tried again. */
    @Scheduled(fixedDelayString = "${sipeka.surel.ulang:5m}", initialDelayString = "${sipeka.surel.ulang:5m}")
    void kirimUlang() {
        if (!aktif()) {
            return;
        }
        var batas = clock.instant().minus(properties.tungguUlang());
        keluarRepo.findTop100ByStatusInAndPercobaanLessThanAndDibuatPadaBeforeOrderById(
                List.of(SurelKeluar.MENUNGGU, SurelKeluar.GAGAL), properties.percobaanMaks(), batas).forEach(this::kirim);
    }

    private void tulisLaluKirim(String kunci, LanggananSurel l, Surel surel) {
        SurelKeluar baru;
        try {
            baru = tx.execute(s -> keluarRepo.saveAndFlush(new SurelKeluar(kunci, l.username, l.email, surel, clock.instant())));
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
