package id.sipeka.evaluasi;

import id.sipeka.base.AturanDilanggarException;
import id.sipeka.base.Pesan;
import id.sipeka.organisasi.OrganisasiData.UnitData;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.renja.RenjaData.BarisRenja;
import id.sipeka.renja.RenjaData.IndikatorLainRenja;
import id.sipeka.renja.RenjaData.RenjaRingkas;
import id.sipeka.renja.RenjaQueryService;
import id.sipeka.renja.Tahap;
import id.sipeka.renstra.JenisIndikator;
import id.sipeka.renstra.Polaritas;
import id.sipeka.renstra.RenstraData.BarisRenstra;
import id.sipeka.renstra.RenstraData.IndikatorBaris;
import id.sipeka.renstra.RenstraData.RenstraLengkap;
import id.sipeka.renstra.RenstraData.RenstraRingkas;
import id.sipeka.renstra.RenstraService;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The ditetapkan Renja an evaluation works from, with what the Renja rows do not carry themselves: each sub
 * kegiatan's indicator kind and polarity and its kegiatan and program (from the Renstra the Renja was opened from).
 */
@Component
class SumberRenja {

    /** A sub kegiatan row of the Renja with its place in the nomenclature. */
    record Baris(long renjaBarisId, String kode, String nama, long unitKerjaId, String unitNama, String indikator,
            String satuan, BigDecimal target, Long pagu, String sumberDana, JenisIndikator jenis, Polaritas polaritas,
            String kegiatanKode, String kegiatanNama, String programKode, String programNama,
            List<IndikatorLain> indikatorLain) {
    }

    /**
     * A sub kegiatan's second, third, … indicator with its annual target: the ditetapkan Renja row's own (its unit may
     * have changed it from the Renstra's), with the kind and polarity from the Renstra (null target when there is none).
     */
    record IndikatorLain(int urutan, String indikator, String satuan, JenisIndikator jenis, Polaritas polaritas,
            BigDecimal target) {

        /** The Renstra's own further indicators of year {@code tahun} (a year recorded as history has no Renja). */
        static List<IndikatorLain> dari(BarisRenstra sub, int tahun) {
            return dari(sub.indikatorLain(), tahun);
        }

        /** The Renstra's further indicators of a row, in order: the second is urutan 2. */
        static List<IndikatorLain> dari(List<IndikatorBaris> lain, int tahun) {
            List<IndikatorLain> hasil = new ArrayList<>();
            for (int k = 0; k < lain.size(); k++) {
                var i = lain.get(k);
                hasil.add(new IndikatorLain(k + 2, i.indikator(), i.satuan(), i.jenis(), i.polaritas(), i.target().get(tahun)));
            }
            return hasil;
        }

        /** The Renstra's further indicators of {@code sub} by number, for their kind and polarity. */
        static Map<Integer, IndikatorBaris> dariRenstra(BarisRenstra sub) {
            Map<Integer, IndikatorBaris> hasil = new HashMap<>();
            for (int k = 0; k < sub.indikatorLain().size(); k++) {
                hasil.put(k + 2, sub.indikatorLain().get(k));
            }
            return hasil;
        }

        /** The Renja row's further indicators, each with the kind and polarity of the Renstra's of the same number. */
        static List<IndikatorLain> dari(BarisRenja b, Map<Integer, IndikatorBaris> renstra) {
            List<IndikatorLain> hasil = new ArrayList<>();
            for (IndikatorLainRenja i : b.indikatorLain()) {
                IndikatorBaris r = renstra.get(i.urutan());
                hasil.add(new IndikatorLain(i.urutan(), i.indikator(), i.satuan(),
                        r == null ? JenisIndikator.JUMLAH : r.jenis(), r == null ? Polaritas.NAIK : r.polaritas(),
                        i.target()));
            }
            return hasil;
        }
    }

    private final RenjaQueryService renja;
    private final RenstraService renstra;
    private final OrganisasiService organisasi;

    SumberRenja(RenjaQueryService renja, RenstraService renstra, OrganisasiService organisasi) {
        this.renja = renja;
        this.renstra = renstra;
        this.organisasi = organisasi;
    }

    RenjaRingkas renja(long renjaId) {
        return renja.ringkas(renjaId);
    }

    /** The Renja of year N in force: the latest ditetapkan one (a ditetapkan perubahan replaces the murni). */
    Optional<RenjaRingkas> berlaku(long kecamatanId, int tahun) {
        return renja.daftar(kecamatanId).stream()
                .filter(r -> r.tahun() == tahun && r.tahap() == Tahap.DITETAPKAN)
                .max(Comparator.comparingLong(RenjaRingkas::id));
    }

    RenjaRingkas wajibDitetapkan(long renjaId) {
        RenjaRingkas r = renja.ringkas(renjaId);
        if (r.tahap() != Tahap.DITETAPKAN) {
            throw new AturanDilanggarException(Pesan.get("evaluasi.renjaBelumDitetapkan", r.judul()));
        }
        return r;
    }

    List<Baris> baris(long renjaId) {
        RenjaRingkas r = renja.ringkas(renjaId);
        List<BarisRenja> semua = renja.baris(renjaId);
        Map<String, Induk> induk = induk(r, semua);
        List<Baris> hasil = new ArrayList<>();
        for (BarisRenja b : semua) {
            Induk i = induk.getOrDefault(b.kode(), Induk.TANPA);
            hasil.add(new Baris(b.id(), b.kode(), b.nama(), b.unitKerjaId(), b.unitNama(), b.indikator(), b.satuan(),
                    b.target(), b.pagu(), b.sumberDana(), i.jenis, i.polaritas, i.kegiatanKode, i.kegiatanNama,
                    i.programKode, i.programNama, IndikatorLain.dari(b, i.lain)));
        }
        return hasil;
    }

    /**
     * For a Renja Perubahan: the units with a row whose target, pagu, lokasi or indikator differs from the Renja it
     * revises (the rows a perubahan marks as changed). Empty for a Renja that revises nothing.
     */
    Set<Long> unitBerubah(long renjaId) {
        return renja.baris(renjaId).stream().filter(BarisRenja::berubah).map(BarisRenja::unitKerjaId)
                .collect(Collectors.toSet());
    }

    Map<Long, String> namaUnit(long kecamatanId) {
        return organisasi.namaUnit(kecamatanId);
    }

    List<UnitData> unit(long kecamatanId) {
        return organisasi.unit(kecamatanId);
    }

    /** The Renstra whose period holds the Renja's year (programs, tujuan and sasaran the Renja was opened from). */
    Optional<RenstraLengkap> renstra(RenjaRingkas r) {
        return renstra.daftar(r.kecamatanId()).stream()
                .filter(x -> x.tahunAwal() <= r.tahun() && r.tahun() <= x.tahunAkhir()).findFirst()
                .map(x -> renstra.lengkap(x.id()));
    }

    private record Induk(JenisIndikator jenis, Polaritas polaritas, String kegiatanKode, String kegiatanNama,
            String programKode, String programNama, Map<Integer, IndikatorBaris> lain) {
        static final Induk TANPA = new Induk(JenisIndikator.JUMLAH, Polaritas.NAIK, "", "", "", "", Map.of());
    }

    private Map<String, Induk> induk(RenjaRingkas r, List<BarisRenja> baris) {
        Map<String, Induk> hasil = new HashMap<>();
        Optional<RenstraLengkap> sumber = renstra(r);
        sumber.ifPresent(lengkap -> {
            isi(hasil, lengkap, r.tahun());
            // A sub kegiatan a Renstra Perubahan dropped is still a row of the Renja built on the older version: it
            // keeps its kind, polarity, kegiatan and program from the newest version that has it.
            boolean kurang = baris.stream().anyMatch(b -> !hasil.containsKey(b.kode()));
            if (kurang) {
                List<RenstraRingkas> versi = renstra.versi(lengkap.renstra().id());
                for (int i = versi.size() - 1; i >= 0; i--) {
                    if (!versi.get(i).berlaku()) {
                        isi(hasil, renstra.lengkap(versi.get(i).id()), r.tahun());
                    }
                }
            }
        });
        return hasil;
    }

    /** The sub kegiatan of this Renstra version with their place, where the map has none yet. */
    private static void isi(Map<String, Induk> hasil, RenstraLengkap lengkap, int tahun) {
        for (BarisRenstra program : lengkap.program()) {
            for (BarisRenstra kegiatan : program.anak()) {
                for (BarisRenstra sub : kegiatan.anak()) {
                    hasil.putIfAbsent(sub.kode(), new Induk(sub.jenis(), sub.polaritas(), kegiatan.kode(), kegiatan.nama(),
                            program.kode(), program.nama(), IndikatorLain.dariRenstra(sub)));
                }
            }
        }
    }
}
