package id.sipeka.dokumen;

import id.sipeka.audit.AuditService;
import id.sipeka.organisasi.OrganisasiData.KecamatanData;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.security.Akses;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agenda of naskah dinas of a kecamatan — the register of nomor naskah that every signed document takes
 * ({@link RegisterNomor}) — and its export for SRIKANDI ({@link EksporSrikandi}). The agenda is read by whoever may
 * read the kecamatan's archive; the export, the whole year at once, by those who may take the yearly archive.
 */
@Service
public class NaskahService {

    private final Akses akses;
    private final AuditService audit;
    private final OrganisasiService organisasi;
    private final NomorNaskahRepository register;
    private final EksporSrikandi ekspor;
    private final Clock clock;

    NaskahService(Akses akses, AuditService audit, OrganisasiService organisasi, NomorNaskahRepository register,
            EksporSrikandi ekspor, Clock clock) {
        this.akses = akses;
        this.audit = audit;
        this.organisasi = organisasi;
        this.register = register;
        this.ekspor = ekspor;
        this.clock = clock;
    }

    /** The years of the kecamatan's register, newest first, always with the current year (numbers go there next). */
    @Transactional(readOnly = true)
    public List<Integer> tahunAgenda(long kecamatanId) {
        wajibBaca(kecamatanId);
        TreeSet<Integer> tahun = new TreeSet<>(Comparator.reverseOrder());
        tahun.addAll(register.tahun(kecamatanId));
        tahun.add(LocalDate.now(clock).getYear());
        return List.copyOf(tahun);
    }

    /**
     * Rows of the year's agenda in the order the numbers were given, as a lazy grid asks for them.
     *
     * @param dari how many rows to skip
     * @param batas how many rows at most (no more than 500 at once)
     */
    @Transactional(readOnly = true)
    public List<AgendaNaskah> agenda(long kecamatanId, int tahun, int dari, int batas) {
        wajibBaca(kecamatanId);
        if (batas < 1) {
            return List.of();
        }
        return register.agenda(kecamatanId, tahun, new DariBatas(Math.max(dari, 0), Math.min(batas, 500)));
    }

    @Transactional(readOnly = true)
    public long jumlahAgenda(long kecamatanId, int tahun) {
        wajibBaca(kecamatanId);
        return register.jumlah(kecamatanId, tahun);
    }

    /** Whether the signed-in user may take the SRIKANDI export: as the yearly archive, see {@link Akses#bolehPeriksa}. */
    @Transactional(readOnly = true)
    public boolean bolehEksporSrikandi(long kecamatanId) {
        KecamatanData kecamatan = organisasi.kecamatan(kecamatanId);
        return akses.bolehPeriksa(kecamatan.id(), kecamatan.kabupatenId());
    }

    /**
     * Writes a year of the kecamatan's register as one ZIP for SRIKANDI: every signed PDF with its metadata (see
     * {@link EksporSrikandi}). Each file is checked against its recorded hash while it is written; the export is
     * audited.
     */
    @Transactional
    public void tulisEksporSrikandi(long kecamatanId, int tahun, OutputStream keluar) {
        KecamatanData kecamatan = organisasi.kecamatan(kecamatanId);
        akses.wajibBaca(kecamatan.id(), kecamatan.kabupatenId());
        akses.wajibPeriksa(kecamatan.id(), kecamatan.kabupatenId());
        int jumlah = ekspor.tulis(kecamatan, tahun, register.agenda(kecamatanId, tahun), keluar);
        audit.catat(kecamatanId, "EKSPOR_SRIKANDI", "AgendaNaskah", tahun, null, jumlah + " naskah");
    }

    private void wajibBaca(long kecamatanId) {
        KecamatanData kecamatan = organisasi.kecamatan(kecamatanId);
        akses.wajibBaca(kecamatan.id(), kecamatan.kabupatenId());
    }
}
