package id.sipeka.renja;

import id.sipeka.renstra.RenstraData.BarisRenstra;
import id.sipeka.renstra.RenstraData.IndikatorBaris;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Carries a Renstra sub kegiatan's further indicators (the second, third, …) into the rows of a Renja being opened,
 * with their targets of year N and N+1, and a Renja's into its perubahan (issue 13). Joins the caller's transaction.
 */
@Component
class SalinIndikatorRenja {

    private final RenjaBarisIndikatorRepository repo;

    SalinIndikatorRenja(RenjaBarisIndikatorRepository repo) {
        this.repo = repo;
    }

    /** Each saved row gets the further indicators of its sub kegiatan ({@code sub}: by the row's id). */
    void salin(Map<RenjaBaris, BarisRenstra> sub, int tahun) {
        List<RenjaBarisIndikator> semua = new ArrayList<>();
        sub.forEach((b, s) -> semua.addAll(dariRenstra(b.id, s, tahun)));
        repo.saveAll(semua);
    }

    /** The further indicators of Renstra row {@code s} as a Renja row's of year {@code tahun}: urutan 2, 3, … */
    static List<RenjaBarisIndikator> dariRenstra(long barisId, BarisRenstra s, int tahun) {
        List<RenjaBarisIndikator> hasil = new ArrayList<>();
        for (int k = 0; k < s.indikatorLain().size(); k++) {
            IndikatorBaris i = s.indikatorLain().get(k);
            hasil.add(new RenjaBarisIndikator(barisId, k + 2, i.indikator(), i.satuan(), i.target().get(tahun),
                    i.target().get(tahun + 1)));
        }
        return hasil;
    }

    /** A perubahan's rows ({@code baru}) get the further indicators of the rows they were copied from (same order). */
    void salinPerubahan(List<RenjaBaris> asal, List<RenjaBaris> baru) {
        Map<Long, Long> keBaru = new HashMap<>();
        for (int i = 0; i < asal.size(); i++) {
            keBaru.put(asal.get(i).id, baru.get(i).id);
        }
        if (keBaru.isEmpty()) {
            return;
        }
        repo.saveAll(repo.findByRenjaBarisIdInOrderByRenjaBarisIdAscUrutanAsc(keBaru.keySet()).stream()
                .map(i -> i.salinKe(keBaru.get(i.renjaBarisId))).toList());
    }
}
