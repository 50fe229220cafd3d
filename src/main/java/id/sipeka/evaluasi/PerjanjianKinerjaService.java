package id.sipeka.evaluasi;

import id.sipeka.audit.AuditService;
import id.sipeka.base.AturanDilanggarException;
import id.sipeka.base.DataTidakDitemukanException;
import id.sipeka.base.Pesan;
import id.sipeka.base.Rupiah;
import id.sipeka.evaluasi.EvaluasiData.BarisPk;
import id.sipeka.evaluasi.EvaluasiData.IndikatorTarget;
import id.sipeka.evaluasi.EvaluasiData.PerjanjianKinerjaData;
import id.sipeka.organisasi.OrganisasiData.PegawaiData;
import id.sipeka.organisasi.OrganisasiData.UnitData;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.renja.RenjaData.RenjaRingkas;
import id.sipeka.security.Akses;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Perjanjian kinerja: the unit head's indicators and annual targets, derived from the ditetapkan Renja and confirmed
 * by the head (name and jabatan kept as confirmed).
 */
@Service
public class PerjanjianKinerjaService {

    private final PerjanjianKinerjaRepository pkRepo;
    private final SumberRenja sumber;
    private final OrganisasiService organisasi;
    private final Akses akses;
    private final AuditService audit;
    private final Clock clock;

    PerjanjianKinerjaService(PerjanjianKinerjaRepository pkRepo, SumberRenja sumber, OrganisasiService organisasi,
            Akses akses, AuditService audit, Clock clock) {
        this.pkRepo = pkRepo;
        this.sumber = sumber;
        this.organisasi = organisasi;
        this.akses = akses;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public PerjanjianKinerjaData perjanjianKinerja(long renjaId, long unitId) {
        RenjaRingkas renja = sumber.wajibDitetapkan(renjaId);
        UnitData unit = sumber.unit(renja.kecamatanId()).stream().filter(u -> u.id() == unitId).findFirst()
                .orElseThrow(DataTidakDitemukanException::new);
        List<BarisPk> baris = sumber.baris(renjaId).stream().filter(b -> b.unitKerjaId() == unitId)
                .map(b -> new BarisPk(b.kegiatanNama(), b.kode(), b.nama(), b.indikator(), b.target(), b.satuan(),
                        b.pagu(), b.sumberDana(), b.indikatorLain().stream()
                                .map(i -> new IndikatorTarget(i.indikator(), i.target(), i.satuan())).toList()))
                .toList();
        long jumlah = Rupiah.jumlah(baris.stream().map(BarisPk::anggaran).toList());
        var pk = pkRepo.findByRenjaIdAndUnitKerjaId(renjaId, unitId);
        String kepala = pk.map(p -> p.nama).orElseGet(() -> kepala(renja.kecamatanId(), unit));
        String jabatan = pk.map(p -> p.jabatan).orElse(unit.jabatanKepala());
        return new PerjanjianKinerjaData(renjaId, renja.tahun(), unitId, unit.nama(), kepala, jabatan, baris, jumlah,
                pk.map(p -> p.dikonfirmasiPada).orElse(null), pk.map(p -> p.dikonfirmasiOleh).orElse(null));
    }

    /** The unit head confirms the perjanjian kinerja derived from the Renja; name and jabatan are kept as signed. */
    @Transactional
    public PerjanjianKinerjaData konfirmasiPk(long renjaId, long unitId) {
        RenjaRingkas renja = sumber.wajibDitetapkan(renjaId);
        if (!akses.kepalaUnitDi(renja.kecamatanId(), unitId)) {
            throw new AccessDeniedException(Pesan.get("rencanaAksi.hanyaKepala"));
        }
        if (pkRepo.findByRenjaIdAndUnitKerjaId(renjaId, unitId).isPresent()) {
            throw new AturanDilanggarException(Pesan.get("pk.sudahDikonfirmasi"));
        }
        var saya = akses.pengguna();
        PerjanjianKinerja pk = pkRepo.save(PerjanjianKinerja.dikonfirmasi(renjaId, unitId, clock.instant(),
                saya.getUsername(), saya.nama(), saya.jabatanPada(akses.hariIni())));
        audit.catat(renja.kecamatanId(), "KONFIRMASI", "PerjanjianKinerja", renjaId + ":" + unitId, null, pk.jabatan);
        return perjanjianKinerja(renjaId, unitId);
    }


    private String kepala(long kecamatanId, UnitData unit) {
        return organisasi.pegawai(kecamatanId).stream()
                .filter(p -> Objects.equals(p.unitKerjaId(), unit.id()) && Objects.equals(p.jabatan(), unit.jabatanKepala()))
                .map(PegawaiData::nama).findFirst().orElse("");
    }
}
