package id.sipeka.renstra;

import id.sipeka.base.BatasTeks;
import id.sipeka.base.Pesan;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The Tujuan/Sasaran rows of an import file, checked as part of {@link ValidasiImpor}: a tujuan or sasaran code, each
 * once, a sasaran below its tujuan, an uraian, texts that fit their columns and a target per year of the period.
 */
final class ValidasiTujuan {

    private final PemeriksaSel sel;
    private final int awal;
    private final int akhir;

    ValidasiTujuan(PemeriksaSel sel, int awal, int akhir) {
        this.sel = sel;
        this.awal = awal;
        this.akhir = akhir;
    }

    List<ValidasiImpor.ItemTujuan> periksa(List<RenstraBerkas.Baris> baris) {
        Map<String, Integer> barisPerKode = new HashMap<>();
        List<ValidasiImpor.ItemTujuan> hasil = new ArrayList<>();
        int urutan = 0;
        for (RenstraBerkas.Baris b : baris) {
            String kode = PemeriksaSel.teks(b, "kode");
            if (sel.terlaluPanjang(b, "kode", BatasTeks.KODE)) {
                continue;
            }
            Optional<Tingkat> tingkat = KodeNomenklatur.tingkatTujuanSasaran(kode);
            if (kode == null || tingkat.isEmpty()) {
                sel.tambah(b, "kode", kode == null ? Pesan.get("validasi.wajibIsi", "Kode") : Pesan.get("impor.kodeTujuan", kode));
                continue;
            }
            Integer sebelumnya = barisPerKode.putIfAbsent(kode, b.baris());
            if (sebelumnya != null) {
                sel.tambah(b, "kode", Pesan.get("impor.kodeGanda", kode, sebelumnya));
                continue;
            }
            String induk = tingkat.get() == Tingkat.SASARAN ? kode.substring(0, kode.indexOf('.')) : null;
            if (induk != null && !barisPerKode.containsKey(induk)) {
                sel.tambah(b, "kode", Pesan.get("impor.indukTidakAda", kode, induk));
            }
            String uraian = PemeriksaSel.teks(b, "uraian");
            if (uraian == null) {
                sel.tambah(b, "uraian", Pesan.get("validasi.wajibIsi", "Uraian"));
            }
            sel.terlaluPanjang(b, "uraian", BatasTeks.URAIAN);
            sel.terlaluPanjang(b, "indikator", BatasTeks.INDIKATOR);
            sel.terlaluPanjang(b, "satuan", BatasTeks.SATUAN);
            Map<Integer, BigDecimal> target = new TreeMap<>();
            for (int t = awal; t <= akhir; t++) {
                target.put(t, sel.angka(b, KolomRenstra.target(t), false));
            }
            sel.tahunDiLuarPeriode(b, awal, akhir);
            hasil.add(new ValidasiImpor.ItemTujuan(urutan++, tingkat.get(), kode, induk, uraian,
                    PemeriksaSel.teks(b, "indikator"), PemeriksaSel.teks(b, "satuan"),
                    sel.pilihan(b, "polaritas", Polaritas.class, Polaritas.NAIK), sel.angka(b, "baseline", false), target));
        }
        return hasil;
    }
}
