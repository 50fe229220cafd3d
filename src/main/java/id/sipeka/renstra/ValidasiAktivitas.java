package id.sipeka.renstra;

import id.sipeka.base.BatasTeks;
import id.sipeka.base.FormatIndonesia;
import id.sipeka.base.Pesan;
import id.sipeka.base.Rupiah;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * The Aktivitas rows of an import file (issue 13), checked as part of {@link ValidasiImpor}: only for a kabupaten
 * that plans them, right after their sub kegiatan, with name, volume, satuan, prioritas, lokasi and pagu per year, and
 * none of the indicator columns (an Aktivitas has no indicator of its own). A sub kegiatan with Aktivitas gets their
 * sum as its pagu; a printed pagu that differs is warned about, like a kegiatan's or program's.
 */
final class ValidasiAktivitas {

    /** Columns a sub kegiatan has and an Aktivitas does not. */
    private static final Set<String> BUKAN_AKTIVITAS = Set.of("hasil", "indikator", "polaritas", "jenis", "baseline", "unit");
    /** Columns only an Aktivitas has. */
    private static final List<String> HANYA_AKTIVITAS = List.of("volume", "prioritas");

    private final PemeriksaSel sel;
    private final boolean dipakai;
    private final int awal;
    private final int akhir;
    private final List<ValidasiImpor.ItemAktivitas> item = new ArrayList<>();

    ValidasiAktivitas(PemeriksaSel sel, boolean dipakai, int awal, int akhir) {
        this.sel = sel;
        this.dipakai = dipakai;
        this.awal = awal;
        this.akhir = akhir;
    }

    /**
     * An Aktivitas row.
     *
     * @param subTerakhir the sub kegiatan the rows above belong to (null after a program or kegiatan row)
     */
    void baris(RenstraBerkas.Baris b, String kode, String induk, String subTerakhir) {
        if (!dipakai) {
            sel.tambah(b, "kode", Pesan.get("impor.aktivitasTidakDipakai", kode));
            return;
        }
        if (!Objects.equals(induk, subTerakhir)) {
            sel.tambah(b, "kode", Pesan.get("impor.aktivitasTidakUrut", kode, induk));
            return;
        }
        String nama = PemeriksaSel.teks(b, "nama");
        if (nama == null) {
            sel.tambah(b, "nama", Pesan.get("validasi.wajibIsi", "Nama"));
        }
        sel.terlaluPanjang(b, "nama", BatasTeks.NAMA_NOMENKLATUR);
        sel.terlaluPanjang(b, "satuan", BatasTeks.SATUAN);
        for (String kunci : b.sel().keySet()) {
            if (BUKAN_AKTIVITAS.contains(kunci) || kunci.startsWith("target:")) {
                sel.tambah(b, kunci, Pesan.get("impor.kolomBukanAktivitas"));
            }
        }
        BigDecimal volume = sel.angka(b, "volume", false);
        Prioritas prioritas = sel.pilihan(b, "prioritas", Prioritas.class, null);
        String lokasi = sel.lokasi(b, true).orElse(null);
        Map<Integer, Long> pagu = new TreeMap<>();
        for (int t = awal; t <= akhir; t++) {
            BigDecimal rp = sel.angka(b, KolomRenstra.pagu(t), true);
            if (rp != null) {
                pagu.put(t, rp.longValue()); // exact: checked against Rupiah.MAKS
            }
        }
        sel.tahunDiLuarPeriode(b, awal, akhir);
        item.add(new ValidasiImpor.ItemAktivitas(item.size(), kode, induk, nama, volume,
                PemeriksaSel.teks(b, "satuan"), prioritas, lokasi, pagu));
    }

    /** A program, kegiatan or sub kegiatan row: the Aktivitas-only columns are refused there. */
    void bukanAktivitas(RenstraBerkas.Baris b) {
        for (String kunci : HANYA_AKTIVITAS) {
            if (b.sel().containsKey(kunci)) {
                sel.tambah(b, kunci, Pesan.get("impor.kolomHanyaAktivitas"));
            }
        }
    }

    List<ValidasiImpor.ItemAktivitas> item() {
        return List.copyOf(item);
    }

    /**
     * The rows with each sub kegiatan that has Aktivitas carrying their sum per year as its pagu (a year none of them
     * has stays without pagu); a different printed pagu is warned about on the sub kegiatan's row.
     */
    List<ValidasiImpor.ItemNomenklatur> jumlahkan(List<ValidasiImpor.ItemNomenklatur> nomenklatur,
            Map<String, RenstraBerkas.Baris> barisPerKode, List<MasalahImpor> peringatan) {
        Map<String, List<ValidasiImpor.ItemAktivitas>> perSub = new LinkedHashMap<>();
        item.forEach(a -> perSub.computeIfAbsent(a.induk(), k -> new ArrayList<>()).add(a));
        List<ValidasiImpor.ItemNomenklatur> hasil = new ArrayList<>();
        for (ValidasiImpor.ItemNomenklatur i : nomenklatur) {
            List<ValidasiImpor.ItemAktivitas> anak = perSub.get(i.kode());
            if (anak == null) {
                hasil.add(i);
                continue;
            }
            Map<Integer, NilaiTahun> nilai = new TreeMap<>();
            for (int t = awal; t <= akhir; t++) {
                int tahun = t;
                List<Long> perAktivitas = anak.stream().map(a -> a.pagu().get(tahun)).filter(Objects::nonNull).toList();
                Long jumlah = perAktivitas.isEmpty() ? null : Rupiah.jumlah(perAktivitas);
                NilaiTahun tertulis = i.nilai().get(t);
                Long paguTertulis = tertulis == null ? null : tertulis.pagu();
                if (paguTertulis != null && paguTertulis != (jumlah == null ? 0L : jumlah)) {
                    RenstraBerkas.Baris b = barisPerKode.get(i.kode());
                    peringatan.add(new MasalahImpor(b.lembar(), b.baris(), sel.label(KolomRenstra.pagu(t)),
                            Pesan.get("impor.paguSubBerbeda", i.kode(), t, FormatIndonesia.rupiah(paguTertulis),
                                    FormatIndonesia.rupiah(jumlah == null ? 0L : jumlah))));
                }
                nilai.put(t, new NilaiTahun(tertulis == null ? null : tertulis.target(), jumlah));
            }
            hasil.add(new ValidasiImpor.ItemNomenklatur(i.urutan(), i.tingkat(), i.kode(), i.induk(), i.nama(), i.hasil(),
                    i.indikator(), i.satuan(), i.polaritas(), i.jenis(), i.baseline(), i.unitKerjaId(), i.sumberDana(), nilai,
                    i.indikatorLain()));
        }
        return hasil;
    }
}
