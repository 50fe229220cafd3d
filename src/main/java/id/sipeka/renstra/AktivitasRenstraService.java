package id.sipeka.renstra;

import id.sipeka.base.DataTidakDitemukanException;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.renstra.AktivitasData.AktivitasRenstraData;
import id.sipeka.renstra.AktivitasData.AktivitasRenstraIsi;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the Aktivitas of a Renstra's sub kegiatan and their lokasi (issue 13): what the Renja copies when it is
 * opened and the template writes back. Separate from {@link RenstraService} so the tree it hands out keeps its shape.
 */
@Service
@Transactional(readOnly = true)
public class AktivitasRenstraService {

    private final RenstraRepository renstraRepo;
    private final NomenklaturRepository nomenklaturRepo;
    private final AktivitasRenstraRepository aktivitasRepo;
    private final OrganisasiService organisasi;

    AktivitasRenstraService(RenstraRepository renstraRepo, NomenklaturRepository nomenklaturRepo,
            AktivitasRenstraRepository aktivitasRepo, OrganisasiService organisasi) {
        this.renstraRepo = renstraRepo;
        this.nomenklaturRepo = nomenklaturRepo;
        this.aktivitasRepo = aktivitasRepo;
        this.organisasi = organisasi;
    }

    /** Whoever may read the Renstra's kecamatan. */
    public AktivitasRenstraIsi isi(long renstraId) {
        Renstra renstra = renstraRepo.findById(renstraId).orElseThrow(DataTidakDitemukanException::new);
        organisasi.kecamatan(renstra.kecamatanId); // checks read access
        Map<Long, String> lokasi = new HashMap<>();
        nomenklaturRepo.findByRenstraIdOrderByUrutan(renstraId).stream().filter(n -> n.lokasi != null)
                .forEach(n -> lokasi.put(n.id, n.lokasi));
        Map<Long, List<AktivitasRenstraData>> aktivitas = new HashMap<>();
        for (AktivitasRenstra a : aktivitasRepo.milikRenstra(renstraId)) {
            aktivitas.computeIfAbsent(a.nomenklaturId, k -> new ArrayList<>()).add(new AktivitasRenstraData(a.id,
                    a.nomenklaturId, a.kode, a.nama, a.volume, a.satuan, a.prioritas, a.lokasi, new TreeMap<>(a.pagu)));
        }
        return new AktivitasRenstraIsi(aktivitas, lokasi);
    }
}
