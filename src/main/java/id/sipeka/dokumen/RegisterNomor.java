package id.sipeka.dokumen;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The register of nomor naskah: per kecamatan and calendar year of signing, numbers 1, 2, 3, … without gaps, each
 * written in the configured pattern ({@link NomorProperties}). The number is taken inside the signing step: the
 * counter row is incremented there (the UPDATE holds its row lock until the step ends), so two signings of one
 * kecamatan never get the same number, and a step that rolls back rolls its increment back with it — the next
 * signing gets that number again. Signings of one kecamatan and year therefore run one after another from the moment
 * the number is taken; other kecamatan and years are not held up. Access is checked by {@link DokumenService}.
 */
@Component
class RegisterNomor {

    /** A number taken for a document being signed. */
    record Nomor(int tahun, int urut, String klasifikasi, String nomor) {
    }

    private final JdbcTemplate jdbc;
    private final NomorNaskahRepository repository;
    private final NomorProperties pola;
    private final TransactionTemplate tersendiri;
    private final Clock clock;

    RegisterNomor(JdbcTemplate jdbc, NomorNaskahRepository repository, NomorProperties pola,
            PlatformTransactionManager transaksi, Clock clock) {
        this.jdbc = jdbc;
        this.repository = repository;
        this.pola = pola;
        this.tersendiri = new TransactionTemplate(transaksi);
        this.tersendiri.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /**
     * Takes the next number of the kecamatan's register for the year of {@code waktu}. Must run in the signing step's
     * transaction: the number belongs to it.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    Nomor ambil(long kecamatanId, String kodeKecamatan, String jenis, Instant waktu) {
        ZonedDateTime saat = waktu.atZone(clock.getZone());
        int tahun = saat.getYear();
        if (naikkan(kecamatanId, tahun) == 0) {
            buatPenghitung(kecamatanId, tahun);
            if (naikkan(kecamatanId, tahun) != 1) {
                throw new IllegalStateException("penghitung nomor naskah tidak ada: " + kecamatanId + "/" + tahun);
            }
        }
        // our own row, locked by the UPDATE above: the value we just wrote
        int urut = jdbc.queryForObject("SELECT urut FROM nomor_naskah_urut WHERE kecamatan_id = ? AND tahun = ?",
                Integer.class, kecamatanId, tahun);
        String klasifikasi = pola.klasifikasiUntuk(jenis);
        return new Nomor(tahun, urut, klasifikasi, pola.tulis(klasifikasi, urut, kodeKecamatan, tahun, saat.getMonthValue()));
    }

    /** Writes the number into the register beside its signed document (archived earlier in the same step). */
    @Transactional(propagation = Propagation.MANDATORY)
    void catat(long kecamatanId, Nomor nomor, String hal, String jenis, String arsipKode, Instant waktu) {
        repository.save(new NomorNaskah(kecamatanId, nomor, potong(hal, 500), jenis, arsipKode, waktu));
    }

    private int naikkan(long kecamatanId, int tahun) {
        return jdbc.update("UPDATE nomor_naskah_urut SET urut = urut + 1 WHERE kecamatan_id = ? AND tahun = ?",
                kecamatanId, tahun);
    }

    /**
     * The first number of a kecamatan's year: the counter row is created in a transaction of its own and committed at
     * once, so that concurrent first signings all find it (one creates it, the others see it or their insert finds it
     * there) and the signing steps never hold an insert lock on each other. Its value 0 is no number, so a signing rolled back after
     * this leaves no gap.
     */
    private void buatPenghitung(long kecamatanId, int tahun) {
        tersendiri.executeWithoutResult(s -> {
            // a plain read first: a row another signing created and committed is seen without waiting for the lock
            // that signing now holds on it
            Integer ada = jdbc.queryForObject("SELECT COUNT(*) FROM nomor_naskah_urut WHERE kecamatan_id = ? AND tahun = ?",
                    Integer.class, kecamatanId, tahun);
            if (ada != null && ada > 0) {
                return;
            }
            try {
                jdbc.update("INSERT INTO nomor_naskah_urut (kecamatan_id, tahun, urut) VALUES (?, ?, 0)", kecamatanId, tahun);
            } catch (DataIntegrityViolationException sudahAda) {
                // another signing created it a moment ago, which is all we needed (were the kecamatan unknown, the
                // UPDATE after this finds no row and the signing stops there)
                s.setRollbackOnly();
            }
        });
    }

    private static String potong(String teks, int panjang) {
        return teks.length() <= panjang ? teks : teks.substring(0, panjang);
    }
}
