package id.sipeka.renstra;

import id.sipeka.base.DataTidakDitemukanException;
import id.sipeka.organisasi.OrganisasiData.KecamatanData;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.security.Akses;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A Renstra as an XLSX in SIPD's layout ({@link SipdRenstraXlsx}): every year of the period, with lokasi, sumber dana,
 * every indicator and the Aktivitas of the sub kegiatan. The same file imports
 * back through {@link ImporRenstraService} (its reader recognises the SIPD sheet). For whoever may read the kecamatan.
 */
@Service
@Transactional(readOnly = true)
public class EksporSipdRenstraService {

    private final RenstraRepository renstraRepo;
    private final RenstraService renstraService;
    private final OrganisasiService organisasi;
    private final AktivitasRenstraService aktivitas;
    private final Akses akses;

    EksporSipdRenstraService(RenstraRepository renstraRepo, RenstraService renstraService,
            AktivitasRenstraService aktivitas, OrganisasiService organisasi, Akses akses) {
        this.renstraRepo = renstraRepo;
        this.renstraService = renstraService;
        this.aktivitas = aktivitas;
        this.organisasi = organisasi;
        this.akses = akses;
    }

    public byte[] xlsx(long renstraId) {
        Renstra renstra = renstraRepo.findById(renstraId).orElseThrow(DataTidakDitemukanException::new);
        KecamatanData kecamatan = organisasi.kecamatan(renstra.kecamatanId);
        akses.wajibBaca(kecamatan.id(), kecamatan.kabupatenId());
        return SipdRenstraXlsx.tulis(kecamatan.nama(), renstraService.lengkap(renstraId), aktivitas.isi(renstraId),
                organisasi.unit(kecamatan.id()));
    }
}
