package id.sipeka.renja;

import id.sipeka.base.Pesan;
import id.sipeka.base.Rupiah;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.renstra.AktivitasData.AktivitasRenstraData;
import id.sipeka.renstra.AktivitasData.AktivitasRenstraIsi;
import id.sipeka.renstra.AktivitasRenstraService;
import id.sipeka.renstra.Prioritas;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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

    /**
     * A kept row's Aktivitas when the sekcam takes a Renstra Perubahan over. They follow the new version only while
     * the row still holds exactly the old version's Aktivitas of the year (its unit changed none); the row's pagu is
     * then their sum. Aktivitas the unit edited stay, and the row's pagu stays their sum. Call it after the row's
     * own values were taken over: it has the last word on the pagu of a row with Aktivitas.
     *
     * @param terapkan store the change; otherwise only say what it would be
     * @return the preview's line; empty when the Renstra did not change them
     */
    Optional<String> ikutiRenstra(RenjaBaris b, List<AktivitasRenstraData> lama, List<AktivitasRenstraData> baru,
            int tahun, boolean terapkan) {
        List<String> dariLama = tanda(lama, tahun);
        List<String> dariBaru = tanda(baru, tahun);
        if (dariLama.equals(dariBaru)) {
            return Optional.empty();
        }
        List<RenjaAktivitas> milik = repo.findByRenjaBarisIdOrderByUrutanAscIdAsc(b.id);
        List<String> sekarang = milik.stream().map(a -> tanda(a.kode, a.nama, a.volume, a.satuan, a.prioritas, a.lokasi,
                a.pagu)).toList();
        if (!sekarang.equals(dariLama)) {
            if (terapkan) {
                b.pagu = Rupiah.jumlah(milik.stream().map(a -> a.pagu).toList());
            }
            return Optional.of(Pesan.get("renja.renstraAktivitasUnitTetap", milik.size()));
        }
        if (terapkan) {
            // without Aktivitas left the row keeps the pagu the caller took from the Renstra
            repo.deleteAll(milik);
            repo.flush();
            salin(List.of(b), new AktivitasRenstraIsi(Map.of(b.nomenklaturId, baru), Map.of()), tahun);
        }
        return Optional.of(Pesan.get("renja.renstraAktivitasIkut", dariLama.size(), dariBaru.size()));
    }

    /** What a row's Aktivitas of the year are, comparable between a Renstra version and a Renja row. */
    private static List<String> tanda(List<AktivitasRenstraData> aktivitas, int tahun) {
        return aktivitas.stream().filter(a -> a.pagu().get(tahun) != null).map(a -> tanda(a.kode(), a.nama(), a.volume(),
                a.satuan(), a.prioritas(), a.lokasi(), a.pagu().get(tahun))).toList();
    }

    private static String tanda(String kode, String nama, BigDecimal volume, String satuan, Prioritas prioritas,
            String lokasi, Long pagu) {
        return String.join("|", kode, nama, volume == null ? "" : volume.stripTrailingZeros().toPlainString(),
                Objects.toString(satuan, ""), Objects.toString(prioritas, ""), Objects.toString(lokasi, ""),
                Objects.toString(pagu, ""));
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
