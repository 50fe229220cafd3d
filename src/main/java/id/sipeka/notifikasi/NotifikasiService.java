package id.sipeka.notifikasi;

import id.sipeka.base.DataTidakDitemukanException;
import id.sipeka.base.LangkahSelesai;
import id.sipeka.security.Akses;
import id.sipeka.security.PenggunaSipeka;
import id.sipeka.security.Peran;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** In-app notifications: stored when a process sends one, listed for the users they are addressed to. */
@Service
public class NotifikasiService implements Pemberitahu {

    private final NotifikasiRepository repository;
    private final Akses akses;
    private final Clock clock;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher kabar;
    private final SurelAktif surel;
    private final SaluranPesan whatsApp;

    NotifikasiService(NotifikasiRepository repository, Akses akses, Clock clock, JdbcTemplate jdbc,
            ApplicationEventPublisher kabar, SurelAktif surel, SaluranPesan whatsApp) {
        this.whatsApp = whatsApp;
        this.repository = repository;
        this.akses = akses;
        this.clock = clock;
        this.jdbc = jdbc;
        this.kabar = kabar;
        this.surel = surel;
    }

    @Override
    @Transactional
    public void kirim(Pemberitahuan p) {
        // sent by a step of someone of the kecamatan, or by the engine (timers, service tasks) or the system
        if (!akses.sistem()) {
            akses.wajibDiKecamatan(p.kecamatanId());
        }
        Notifikasi n = new Notifikasi();
        n.kecamatanId = p.kecamatanId();
        n.peran = p.peran();
        n.unitKerjaId = p.unitKerjaId();
        n.jenis = p.jenis();
        n.judul = p.judul();
        n.pesan = p.pesan();
        n.tautan = p.tautan();
        n.subjek = p.subjek();
        n.dibuatPada = clock.instant();
        repository.save(n);
        // e-mail and WhatsApp to its readers once this commits (PengirimSurel); nothing queued when neither is configured
        if (surel.aktif() || whatsApp.aktif()) {
            kabar.publishEvent(new NotifikasiDikirim(n.id, n.kecamatanId));
        }
    }

    @Override
    @Transactional
    public void langkahSelesai(LangkahSelesai langkah, List<Pemberitahuan> berikutnya) {
        if (!akses.sistem()) {
            akses.wajibDiKecamatan(langkah.kecamatanId());
        }
        repository.selesaikan(langkah.kecamatanId(), langkah.subjek(), clock.instant());
        berikutnya.forEach(this::kirim);
    }

    /**
     * The signed-in user's open notifications, newest first: by role (also Plt./Plh. today) and unit; those whose
     * document has moved on since are done and not listed.
     */
    @Transactional(readOnly = true)
    public List<NotifikasiData> untukSaya() {
        PenggunaSipeka saya = akses.pengguna();
        List<Notifikasi> milikSaya = milik(saya);
        Set<Long> dibaca = dibaca(saya, milikSaya);
        return milikSaya.stream()
                .map(n -> new NotifikasiData(n.id, n.jenis, n.judul, n.pesan, n.tautan, n.dibuatPada, dibaca.contains(n.id)))
                .toList();
    }

    /** How many of the signed-in user's open notifications they have not opened yet: the number on the bell. */
    @Transactional(readOnly = true)
    public long belumDibaca() {
        PenggunaSipeka saya = akses.pengguna();
        List<Notifikasi> milikSaya = milik(saya);
        return milikSaya.size() - dibaca(saya, milikSaya).size();
    }

    /** The signed-in user opened it (read for them, not for the others holding the same role). */
    @Transactional
    public void tandaiDibaca(long id) {
        PenggunaSipeka saya = akses.pengguna();
        Notifikasi n = repository.findById(id).filter(x -> saya.kecamatanId() != null
                && x.kecamatanId.equals(saya.kecamatanId()) && untuk(saya, x)).orElseThrow(DataTidakDitemukanException::new);
        catatDibaca(saya, List.of(n));
    }

    @Transactional
    public void tandaiSemuaDibaca() {
        PenggunaSipeka saya = akses.pengguna();
        catatDibaca(saya, milik(saya));
    }

    /** The open notifications addressed to this user, newest first. */
    List<Notifikasi> milik(PenggunaSipeka saya) {
        if (saya.kecamatanId() == null) {
            return List.of();
        }
        return repository.findByKecamatanIdAndSelesaiPadaIsNullOrderByDibuatPadaDesc(saya.kecamatanId()).stream()
                .filter(n -> untuk(saya, n)).toList();
    }

    /** Which of these the user has opened. */
    Set<Long> dibaca(PenggunaSipeka saya, List<Notifikasi> daftar) {
        if (daftar.isEmpty()) {
            return Set.of();
        }
        String tanda = String.join(",", Collections.nCopies(daftar.size(), "?"));
        List<Object> argumen = new ArrayList<>();
        argumen.add(saya.getUsername());
        daftar.forEach(n -> argumen.add(n.id));
        return new HashSet<>(jdbc.queryForList("SELECT notifikasi_id FROM notifikasi_dibaca WHERE username = ?"
                + " AND notifikasi_id IN (" + tanda + ")", Long.class, argumen.toArray()));
    }

    private void catatDibaca(PenggunaSipeka saya, List<Notifikasi> daftar) {
        Set<Long> sudah = dibaca(saya, daftar);
        Timestamp sekarang = Timestamp.from(clock.instant());
        for (Notifikasi n : daftar) {
            if (sudah.contains(n.id)) {
                continue;
            }
            try {
                jdbc.update("INSERT INTO notifikasi_dibaca (notifikasi_id, username, dibaca_pada) VALUES (?, ?, ?)",
                        n.id, saya.getUsername(), sekarang);
            } catch (DuplicateKeyException bersamaan) {
                // opened in two tabs at once: read is read
            }
        }
    }

    /** Everything sent in a kecamatan to a role: for whoever manages it (its sekcam, also Plt./Plh.; the admin, the system). */
    @Transactional(readOnly = true)
    public List<NotifikasiData> semua(long kecamatanId, Peran peran) {
        akses.wajibKelola(kecamatanId);
        return repository.findByKecamatanIdOrderByDibuatPadaDesc(kecamatanId).stream().filter(n -> n.peran == peran)
                .map(n -> new NotifikasiData(n.id, n.jenis, n.judul, n.pesan, n.tautan, n.dibuatPada, false)).toList();
    }

    /** Is the notification addressed to this user today (by role, also Plt./Plh., and unit)? */
    boolean untuk(PenggunaSipeka saya, Notifikasi n) {
        var hariIni = akses.hariIni();
        return switch (n.peran) {
            case KEPALA_UNIT -> n.unitKerjaId != null && saya.kepalaUnit(n.unitKerjaId, hariIni);
            case STAF -> n.unitKerjaId != null && saya.anggotaUnit(n.unitKerjaId, hariIni);
            default -> saya.punyaPeran(n.peran, hariIni) && (n.unitKerjaId == null || Objects.equals(n.unitKerjaId, saya.unitKerjaId()));
        };
    }

    public record NotifikasiData(long id, String jenis, String judul, String pesan, String tautan, Instant dibuatPada,
            boolean dibaca) {
    }
}

interface NotifikasiRepository extends JpaRepository<Notifikasi, Long> {
    List<Notifikasi> findByKecamatanIdOrderByDibuatPadaDesc(Long kecamatanId);

    List<Notifikasi> findByKecamatanIdAndSelesaiPadaIsNullOrderByDibuatPadaDesc(Long kecamatanId);

    @Modifying
    @Query("UPDATE Notifikasi n SET n.selesaiPada = :waktu"
            + " WHERE n.kecamatanId = :kecamatanId AND n.subjek = :subjek AND n.selesaiPada IS NULL")
    int selesaikan(@Param("kecamatanId") long kecamatanId,
            @Param("subjek") String subjek,
            @Param("waktu") Instant waktu);
}
