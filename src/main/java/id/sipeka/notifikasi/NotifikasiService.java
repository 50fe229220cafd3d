package id.sipeka.notifikasi;

import id.sipeka.base.LangkahSelesai;
import id.sipeka.security.Akses;
import id.sipeka.security.PenggunaSipeka;
import id.sipeka.security.Peran;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** In-app notifications: stored when a process sends one, listed for the users they are addressed to. */
@Service
public class NotifikasiService implements Pemberitahu {

    private final NotifikasiRepository repository;
    private final Akses akses;
    private final Clock clock;

    NotifikasiService(NotifikasiRepository repository, Akses akses, Clock clock) {
        this.repository = repository;
        this.akses = akses;
        this.clock = clock;
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
        if (saya.kecamatanId() == null) {
            return List.of();
        }
        return repository.findByKecamatanIdAndSelesaiPadaIsNullOrderByDibuatPadaDesc(saya.kecamatanId()).stream()
                .filter(n -> untuk(saya, n))
                .map(n -> new NotifikasiData(n.id, n.jenis, n.judul, n.pesan, n.tautan, n.dibuatPada))
                .toList();
    }

    /** Everything sent in a kecamatan to a role: for whoever manages it (its sekcam, also Plt./Plh.; the admin, the system). */
    @Transactional(readOnly = true)
    public List<NotifikasiData> semua(long kecamatanId, Peran peran) {
        akses.wajibKelola(kecamatanId);
        return repository.findByKecamatanIdOrderByDibuatPadaDesc(kecamatanId).stream().filter(n -> n.peran == peran)
                .map(n -> new NotifikasiData(n.id, n.jenis, n.judul, n.pesan, n.tautan, n.dibuatPada)).toList();
    }

    private boolean untuk(PenggunaSipeka saya, Notifikasi n) {
        var hariIni = akses.hariIni();
        return switch (n.peran) {
            case KEPALA_UNIT -> n.unitKerjaId != null && saya.kepalaUnit(n.unitKerjaId, hariIni);
            case STAF -> n.unitKerjaId != null && saya.anggotaUnit(n.unitKerjaId, hariIni);
            default -> saya.punyaPeran(n.peran, hariIni) && (n.unitKerjaId == null || Objects.equals(n.unitKerjaId, saya.unitKerjaId()));
        };
    }

    public record NotifikasiData(long id, String jenis, String judul, String pesan, String tautan, Instant dibuatPada) {
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
