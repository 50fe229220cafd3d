package id.sipeka.renja;

import id.sipeka.base.Pesan;
import id.sipeka.renstra.PemakaiRenstra;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Tells the Renstra which Renja are built on it and which of its rows they use, so that a re-import of the Renstra
 * never removes a row under a Renja and never changes a Renja that has left its draft ({@link Tahap#PENYUSUNAN}).
 */
@Component
class RenjaPemakaiRenstra implements PemakaiRenstra {

    private final RenjaRepository renjaRepo;
    private final RenjaBarisRepository barisRepo;

    RenjaPemakaiRenstra(RenjaRepository renjaRepo, RenjaBarisRepository barisRepo) {
        this.renjaRepo = renjaRepo;
        this.barisRepo = barisRepo;
    }

    @Override
    public List<Pemakai> pemakai(long renstraId) {
        List<Renja> semua = renjaRepo.findByRenstraIdOrderByTahunAscIdAsc(renstraId);
        if (semua.isEmpty()) {
            return List.of();
        }
        Map<Long, Set<Long>> barisPerRenja = barisRepo.findByRenjaIdInOrderByRenjaIdAscKodeAsc(
                semua.stream().map(r -> r.id).toList()).stream()
                .collect(Collectors.groupingBy(b -> b.renjaId, Collectors.mapping(b -> b.nomenklaturId,
                        Collectors.toCollection(HashSet::new))));
        return semua.stream().map(r -> new Pemakai(
                Pesan.get(r.jenis == JenisRenja.PERUBAHAN ? "renja.namaPerubahan" : "renja.namaMurni", r.tahun),
                r.tahun, Pesan.get("renjaView.tahap." + r.tahap.name()), r.tahap == Tahap.PENYUSUNAN,
                Set.copyOf(barisPerRenja.getOrDefault(r.id, Set.of())))).toList();
    }
}
