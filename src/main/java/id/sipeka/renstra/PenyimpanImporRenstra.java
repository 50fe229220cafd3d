package id.sipeka.renstra;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Writes a checked import into the stored Renstra, by code: rows of the file are updated or added, rows no longer in
 * it removed; a year left empty is not stored. Runs inside {@link ImporRenstraService}'s transaction.
 */
@Component
class PenyimpanImporRenstra {

    private final NomenklaturRepository nomenklaturRepo;
    private final TujuanSasaranRepository tujuanRepo;
    private final AktivitasRenstraRepository aktivitasRepo;

    PenyimpanImporRenstra(NomenklaturRepository nomenklaturRepo, TujuanSasaranRepository tujuanRepo,
            AktivitasRenstraRepository aktivitasRepo) {
        this.nomenklaturRepo = nomenklaturRepo;
        this.tujuanRepo = tujuanRepo;
        this.aktivitasRepo = aktivitasRepo;
    }

    void simpan(Renstra renstra, ValidasiImpor.Rencana rencana) {
        // nothing refers to a Renstra's Aktivitas (a Renja copies them): they are simply written anew
        aktivitasRepo.deleteAll(aktivitasRepo.milikRenstra(renstra.id));
        aktivitasRepo.flush();
        simpanNomenklatur(renstra, rencana.nomenklatur());
        simpanLokasiDanAktivitas(renstra, rencana);
        simpanTujuan(renstra, rencana.tujuan());
    }

    /** The sub kegiatan's lokasi and their Aktivitas (issue 13), once every row has its id. */
    private void simpanLokasiDanAktivitas(Renstra renstra, ValidasiImpor.Rencana rencana) {
        Map<String, Nomenklatur> perKode = nomenklaturRepo.findByRenstraIdOrderByUrutan(renstra.id).stream()
                .collect(Collectors.toMap(n -> n.kode, Function.identity()));
        perKode.values().forEach(n -> n.lokasi = rencana.lokasi().get(n.kode));
        for (ValidasiImpor.ItemAktivitas i : rencana.aktivitas()) {
            AktivitasRenstra a = new AktivitasRenstra(perKode.get(i.induk()).id, i.kode());
            a.nama = i.nama();
            a.volume = i.volume();
            a.satuan = i.satuan();
            a.prioritas = i.prioritas();
            a.lokasi = i.lokasi();
            a.urutan = i.urutan();
            a.pagu.putAll(i.pagu());
            aktivitasRepo.save(a);
        }
        nomenklaturRepo.flush();
    }

    /** Upsert by code: rows of the file are updated or added; rows no longer in the file are removed. */
    private void simpanNomenklatur(Renstra renstra, List<ValidasiImpor.ItemNomenklatur> item) {
        Map<String, Nomenklatur> ada = nomenklaturRepo.findByRenstraIdOrderByUrutan(renstra.id).stream()
                .collect(Collectors.toMap(n -> n.kode, Function.identity()));
        var dipakai = item.stream().map(ValidasiImpor.ItemNomenklatur::kode).collect(Collectors.toSet());
        List<Nomenklatur> hapus = ada.values().stream().filter(n -> !dipakai.contains(n.kode))
                .sorted(Comparator.comparing((Nomenklatur n) -> n.tingkat).reversed()).toList();
        for (Nomenklatur n : hapus) {
            nomenklaturRepo.delete(n);
            nomenklaturRepo.flush();
        }
        nomenklaturRepo.hapusTahunKosong(renstra.id);
        // A year whose target or pagu changes, or that the file leaves empty, is removed and flushed first, so that
        // its new value is a plain insert that meets no row left behind (uk_nomenklatur_tahun).
        for (ValidasiImpor.ItemNomenklatur i : item) {
            Nomenklatur n = ada.get(i.kode());
            if (n != null) {
                List<Integer> berubah = n.nilai.keySet().stream()
                        .filter(tahun -> !NilaiTahun.sama(n.nilai.get(tahun), i.nilai().get(tahun))).toList();
                berubah.forEach(n.nilai::remove);
            }
        }
        nomenklaturRepo.flush();
        Map<String, Long> idPerKode = new HashMap<>();
        for (ValidasiImpor.ItemNomenklatur i : item) {
            Nomenklatur n = ada.getOrDefault(i.kode(), new Nomenklatur(renstra.id, i.kode()));
            n.parentId = i.induk() == null ? null : idPerKode.get(i.induk());
            n.tingkat = i.tingkat();
            n.nama = i.nama();
            n.hasil = i.hasil();
            n.indikator = i.indikator();
            n.satuan = i.satuan();
            n.polaritas = i.polaritas();
            n.jenis = i.jenis();
            n.baseline = i.baseline();
            n.unitKerjaId = i.unitKerjaId();
            n.sumberDana = i.sumberDana();
            indikatorLain(n, i.indikatorLain());
            n.urutan = i.urutan();
            for (Map.Entry<Integer, NilaiTahun> e : i.nilai().entrySet()) {
                if (!NilaiTahun.kosong(e.getValue())) {
                    n.nilai.putIfAbsent(e.getKey(), e.getValue()); // unchanged years stay as they are
                }
            }
            idPerKode.put(n.kode, nomenklaturRepo.save(n).id);
        }
        nomenklaturRepo.flush();
    }

    /** Replaces a row's further indicators when the file gives others (untouched when equal: no needless new version). */
    private static void indikatorLain(Nomenklatur n, List<ValidasiIndikatorLain.Item> baru) {
        List<String> lama = n.indikatorLain.stream().map(IndikatorNomenklatur::ringkas).toList();
        if (lama.equals(baru.stream().map(ValidasiIndikatorLain.Item::ringkas).toList())) {
            return;
        }
        n.indikatorLain.clear();
        for (int k = 0; k < baru.size(); k++) {
            n.indikatorLain.add(new IndikatorNomenklatur(k + 2, baru.get(k)));
        }
    }

    private void simpanTujuan(Renstra renstra, List<ValidasiImpor.ItemTujuan> item) {
        Map<String, TujuanSasaran> ada = tujuanRepo.findByRenstraIdOrderByUrutan(renstra.id).stream()
                .collect(Collectors.toMap(t -> t.kode, Function.identity()));
        var dipakai = item.stream().map(ValidasiImpor.ItemTujuan::kode).collect(Collectors.toSet());
        List<TujuanSasaran> hapus = ada.values().stream().filter(t -> !dipakai.contains(t.kode))
                .sorted(Comparator.comparing((TujuanSasaran t) -> t.tingkat).reversed()).toList();
        for (TujuanSasaran t : hapus) {
            tujuanRepo.delete(t);
            tujuanRepo.flush();
        }
        Map<String, Long> idPerKode = new HashMap<>();
        for (ValidasiImpor.ItemTujuan i : item) {
            TujuanSasaran t = ada.getOrDefault(i.kode(), new TujuanSasaran(renstra.id, i.kode()));
            t.parentId = i.induk() == null ? null : idPerKode.get(i.induk());
            t.tingkat = i.tingkat();
            t.uraian = i.uraian();
            t.indikator = i.indikator();
            t.satuan = i.satuan();
            t.polaritas = i.polaritas();
            t.baseline = i.baseline();
            t.urutan = i.urutan();
            t.target.clear();
            i.target().forEach((tahun, nilai) -> {
                if (nilai != null) {
                    t.target.put(tahun, nilai);
                }
            });
            idPerKode.put(t.kode, tujuanRepo.save(t).id);
        }
        tujuanRepo.flush();
    }
}
