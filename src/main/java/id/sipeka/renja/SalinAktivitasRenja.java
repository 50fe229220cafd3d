package id.sipeka.renja;

import id.sipeka.base.Rupiah;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.renstra.AktivitasData.AktivitasRenstraData;
import id.sipeka.renstra.AktivitasData.AktivitasRenstraIsi;
import id.sipeka.renstra.AktivitasRenstraService;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Carries a Renstra's Aktivitas and sub kegiatan lokasi into a Renja being opened (issue 13), and a Renja's
 * Aktivitas into its perubahan. Joins the opening's transaction.
 */
@Component
class SalinAktivitasRenja {

    private final AktivitasRenstraService renstra;
    private final RenjaAktivitasRepository repo;
    private final RenjaStore store;
    private final OrganisasiService organisasi;

    SalinAktivitasRenja(AktivitasRenstraService renstra, RenjaAktivitasRepository repo, RenjaStore store,
            OrganisasiService organisasi) {
        this.renstra = renstra;
        this.repo = repo;
        this.store = store;
        this.organisasi = organisasi;
    }

    /** The Renstra's lokasi per sub kegiatan, and its Aktivitas only where the kabupaten plans them. */
    AktivitasRenstraIsi dariRenstra(long renstraId, long kecamatanId) {
        AktivitasRenstraIsi isi = renstra.isi(renstraId);
        return organisasi.pakaiAktivitas(kecamatanId) ? isi : new AktivitasRenstraIsi(Map.of(), isi.lokasi());
    }

    /**
     * Each saved row gets the Aktivitas its sub kegiatan plans in {@code tahun} (those with a pagu that year), and
     * then their sum as its pagu.
     */
    void salin(List<RenjaBaris> baris, AktivitasRenstraIsi isi, int tahun) {
        List<RenjaAktivitas> semua = new ArrayList<>();
        for (RenjaBaris b : baris) {
            List<RenjaAktivitas> milik = new ArrayList<>();
            for (AktivitasRenstraData a : isi.dari(b.nomenklaturId)) {
                Long pagu = a.pagu().get(tahun);
                if (pagu == null) {
                    continue;
                }
                RenjaAktivitas r = new RenjaAktivitas(b.id, a.kode(), milik.size());
                r.nama = a.nama();
                r.volume = a.volume();
                r.satuan = a.satuan();
                r.prioritas = a.prioritas();
                r.pagu = pagu;
                r.lokasi = a.lokasi();
                milik.add(r);
            }
            if (!milik.isEmpty()) {
                b.pagu = Rupiah.jumlah(milik.stream().map(r -> r.pagu).toList());
                semua.addAll(milik);
            }
        }
        repo.saveAll(semua);
        store.barisRepo.saveAll(baris);
    }

    /** A perubahan's rows ({@code baru}) get the Aktivitas of the rows they were copied from ({@code asal}, same order). */
    void salinPerubahan(List<RenjaBaris> asal, List<RenjaBaris> baru) {
        Map<Long, Long> keBaru = new HashMap<>();
        for (int i = 0; i < asal.size(); i++) {
            keBaru.put(asal.get(i).id, baru.get(i).id);
        }
        List<RenjaAktivitas> salinan = repo.findByRenjaBarisIdInOrderByUrutanAscIdAsc(keBaru.keySet()).stream()
                .map(a -> a.salinKe(keBaru.get(a.renjaBarisId))).toList();
        repo.saveAll(salinan);
    }
}
