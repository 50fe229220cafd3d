package id.sipeka.gangguan;

import id.sipeka.Masuk;
import id.sipeka.base.BasisDataTidakTersedia;
import id.sipeka.base.StatusPersetujuan;
import id.sipeka.renja.Batas;
import id.sipeka.renja.JenisRenja;
import id.sipeka.renja.KecamatanUji;
import id.sipeka.renja.LayananRenja;
import id.sipeka.renja.RenjaData.BagianRenja;
import id.sipeka.renja.RenjaData.BarisRenja;
import id.sipeka.renja.RenjaData.Forum;
import id.sipeka.renja.RenjaData.RenjaRingkas;
import id.sipeka.renja.RenjaData.UbahBarisRenja;
import id.sipeka.renja.Tahap;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Fault suite only: one user driving a kecamatan's Renja of one year through its whole cycle as the people of that
 * kecamatan would (open, each unit fills and submits, the sekcam approves, forum recorded and closed — the berita
 * acara signed —, rancangan akhir, the camat signs the penetapan). Each action first reads where the Renja stands,
 * as a screen does, and does the next thing; an action that fails is recorded and, after a pause, the user looks
 * again and goes on — so a step that failed half-way would show as a state the next action cannot continue from.
 */
final class SiklusRenja {

    /** A failed action: when (System.nanoTime), whether it was recognised as "database unavailable", and what. */
    record Kegagalan(long waktu, boolean basisDataTidakTersedia, String jenis, String pesan) {
    }

    private final LayananRenja renja;
    private final UserDetailsService users;
    private final Clock clock;
    private final Map<String, SecurityContext> sesi = new ConcurrentHashMap<>();
    final ConcurrentLinkedQueue<Kegagalan> kegagalan = new ConcurrentLinkedQueue<>();
    /** System.nanoTime of every action that succeeded. */
    final ConcurrentLinkedQueue<Long> berhasil = new ConcurrentLinkedQueue<>();
    final AtomicLong aksi = new AtomicLong();

    SiklusRenja(LayananRenja renja, UserDetailsService users, Clock clock) {
        this.renja = renja;
        this.users = users;
        this.clock = clock;
    }

    /** Signs every user of the kecamatan in once (before any fault): later actions switch to the kept session. */
    void masuk(KecamatanUji k) {
        for (String u : List.of(k.sekcam(), k.camat())) {
            sesi(u);
        }
        k.kepala().forEach(this::sesi);
        Masuk.keluar();
    }

    private void sesi(String username) {
        sesi.computeIfAbsent(username, u -> {
            Masuk.sebagai(users, u);
            return SecurityContextHolder.getContext();
        });
    }

    private void sebagai(String username) {
        SecurityContext konteks = SecurityContextHolder.createEmptyContext();
        konteks.setAuthentication(sesi.get(username).getAuthentication());
        SecurityContextHolder.setContext(konteks);
    }

    /**
     * Runs the cycle to ditetapkan; returns the Renja's id. A failed action is retried after {@code jedaMs} until
     * {@code batasNanos} (System.nanoTime) passes, then this gives up with the last failure.
     */
    long jalankan(KecamatanUji k, int tahun, long jedaMs, long batasNanos) {
        try {
            while (true) {
                try {
                    Optional<Long> selesai = langkah(k, tahun);
                    berhasil.add(System.nanoTime());
                    if (selesai.isPresent()) {
                        return selesai.get();
                    }
                } catch (RuntimeException e) {
                    kegagalan.add(new Kegagalan(System.nanoTime(), BasisDataTidakTersedia.penyebab(e), e.getClass().getSimpleName(),
                            rantai(e)));
                    if (System.nanoTime() > batasNanos) {
                        throw e;
                    }
                    tidur(jedaMs);
                }
            }
        } finally {
            Masuk.keluar();
        }
    }

    /** One action; the Renja's id once it is ditetapkan (nothing left to do). */
    private Optional<Long> langkah(KecamatanUji k, int tahun) {
        aksi.incrementAndGet();
        sebagai(k.sekcam());
        LocalDate h = LocalDate.now(clock);
        Optional<RenjaRingkas> ada = renja.baca().daftar(k.kecamatanId()).stream()
                .filter(r -> r.tahun() == tahun && r.jenis() == JenisRenja.MURNI).findFirst();
        if (ada.isEmpty()) {
            renja.pembukaan().buka(k.kecamatanId(), tahun, new Batas(h.plusDays(5), h.plusDays(6), h.plusDays(7), h.plusDays(8)));
            return Optional.empty();
        }
        long id = ada.get().id();
        Tahap tahap = ada.get().tahap();
        switch (tahap) {
            case PENYUSUNAN -> {
                for (BagianRenja b : renja.baca().bagian(id)) {
                    if (b.status() == StatusPersetujuan.DIISI || b.status() == StatusPersetujuan.DIKEMBALIKAN) {
                        sebagai(k.kepala().get(k.unit().indexOf(b.unitKerjaId())));
                        for (BarisRenja r : renja.baca().barisUnit(id, b.unitKerjaId())) {
                            renja.pengisian().simpanBaris(new UbahBarisRenja(r.id(), r.version(), r.indikator(),
                                    r.target() == null ? BigDecimal.ONE : r.target(), r.lokasi(),
                                    r.pagu() == null ? 1_000_000L : r.pagu(), "APBD", null, r.targetMaju(), r.paguMaju()));
                        }
                        renja.pengisian().ajukanBagian(id, b.unitKerjaId());
                        return Optional.empty();
                    }
                    if (b.status() == StatusPersetujuan.DIAJUKAN) {
                        renja.telaah().setujuiBagian(id, b.unitKerjaId());
                        return Optional.empty();
                    }
                }
                throw new IllegalStateException("Renja " + id + " menyusun tanpa bagian yang menunggu");
            }
            case FORUM -> {
                Forum f = renja.baca().forum(id);
                if (f == null || f.tempat() == null || f.tempat().isBlank()) {
                    renja.forumRenja().simpanForum(id, new Forum(h, "Aula Kantor Camat", "Kepala desa", List.of()));
                } else {
                    renja.forumRenja().selesaikanForum(id, Set.of());
                }
                return Optional.empty();
            }
            case RANCANGAN_AKHIR -> {
                renja.penetapan().setujuiRancanganAkhir(id);
                return Optional.empty();
            }
            case PENETAPAN -> {
                sebagai(k.camat());
                renja.penetapan().tetapkan(id, "Kantor Camat", h);
                return Optional.empty();
            }
            case DITETAPKAN -> {
                return Optional.of(id);
            }
            default -> throw new IllegalStateException("Renja " + id + " pada tahap " + tahap);
        }
    }

    /** The exception's message and its causes (class, SQLState), to tell what SIPEKA did not recognise. */
    private static String rantai(Throwable e) {
        StringBuilder s = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable c = e.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
            s.append(" ← ").append(c.getClass().getSimpleName());
            if (c instanceof java.sql.SQLException q) {
                s.append("[").append(q.getSQLState()).append("]");
            }
            s.append(": ").append(c.getMessage());
        }
        return s.toString();
    }

    static void tidur(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
