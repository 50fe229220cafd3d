package id.sipeka.renja;

import id.sipeka.base.BatasTeks;
import id.sipeka.base.Kuantitas;
import id.sipeka.base.Pesan;
import id.sipeka.base.Rupiah;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.renja.RenjaData.UbahBarisRenja;
import id.sipeka.renstra.SumberDanaService;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The rules on the values of one Renja row, shared by the row editor (which refuses with the first problem) and the
 * SIPD import (which names every problem with its sheet, row and column): no negative numbers, quantities and rupiah
 * within their bounds, texts within their columns, a lokasi made of the kecamatan or its desa, and sumber dana from the
 * admin's list.
 */
@Component
class AturanBarisRenja {

    /** @param kolom the field: indikator, target, lokasi, pagu, sumberDana, catatan, targetMaju, paguMaju */
    record Salah(String kolom, String pesan) {
    }

    private final OrganisasiService organisasi;
    private final SumberDanaService sumberDana;

    AturanBarisRenja(OrganisasiService organisasi, SumberDanaService sumberDana) {
        this.organisasi = organisasi;
        this.sumberDana = sumberDana;
    }

    /** A checked sumber dana as stored: each part written as the list's code ("dau, pad" becomes "DAU, PAD"). */
    String sumberDana(String teks) {
        return sumberDana.baku(teks).orElse(null);
    }

    List<Salah> periksa(long kecamatanId, UbahBarisRenja ubah) {
        List<Salah> salah = new ArrayList<>();
        negatif(salah, "target", ubah.target());
        negatif(salah, "targetMaju", ubah.targetMaju());
        negatif(salah, "pagu", ubah.pagu() == null ? null : BigDecimal.valueOf(ubah.pagu()));
        negatif(salah, "paguMaju", ubah.paguMaju() == null ? null : BigDecimal.valueOf(ubah.paguMaju()));
        if (!salah.isEmpty()) {
            return salah;
        }
        Kuantitas.masalah(ubah.target(), Pesan.get("bagianSaya.target")).ifPresent(p -> salah.add(new Salah("target", p)));
        Kuantitas.masalah(ubah.targetMaju(), Pesan.get("bagianSaya.targetMaju"))
                .ifPresent(p -> salah.add(new Salah("targetMaju", p)));
        Rupiah.masalah(ubah.pagu(), Pesan.get("bagianSaya.paguIndikatifRp")).ifPresent(p -> salah.add(new Salah("pagu", p)));
        Rupiah.masalah(ubah.paguMaju(), Pesan.get("bagianSaya.paguMajuRp")).ifPresent(p -> salah.add(new Salah("paguMaju", p)));
        teks(salah, "indikator", ubah.indikator(), BatasTeks.INDIKATOR, "bagianSaya.indikator");
        teks(salah, "lokasi", ubah.lokasi(), BatasTeks.LOKASI, "bagianSaya.lokasi");
        teks(salah, "sumberDana", ubah.sumberDana(), BatasTeks.SUMBER_DANA, "bagianSaya.sumberDana");
        teks(salah, "catatan", ubah.catatan(), BatasTeks.CATATAN, "bagianSaya.catatanPenting");
        if (salah.stream().noneMatch(s -> s.kolom().equals("sumberDana"))) {
            sumberDana.pemeriksa().masalah(ubah.sumberDana()).ifPresent(p -> salah.add(new Salah("sumberDana", p)));
        }
        if (salah.stream().noneMatch(s -> s.kolom().equals("lokasi"))) {
            lokasi(kecamatanId, ubah.lokasi()).ifPresent(p -> salah.add(new Salah("lokasi", p)));
        }
        return salah;
    }

    /**
     * The edits of a row's further indicators (issue 13), with the checks of the first indicator: each names an
     * indicator the row has, once; its text is required and within its column; its targets are quantities. The
     * problems carry the columns of the first indicator (indikator, target, targetMaju) and name the indicator.
     */
    List<Salah> periksaLain(List<RenjaData.UbahIndikatorLain> ubah, List<RenjaBarisIndikator> ada) {
        List<Salah> salah = new ArrayList<>();
        if (ubah == null) {
            return salah;
        }
        Set<Integer> dilihat = new HashSet<>();
        for (RenjaData.UbahIndikatorLain u : ubah) {
            int k = u.urutan();
            if (ada.stream().noneMatch(i -> i.urutan == k) || !dilihat.add(k)) {
                salah.add(new Salah("indikator", Pesan.get("renja.indikatorLainTidakAda", k)));
                continue;
            }
            String nama = Pesan.get("bagianSaya.indikatorLain", k);
            if (RenjaStore.kosong(u.indikator()) == null) {
                salah.add(new Salah("indikator", Pesan.get("validasi.wajibIsi", nama)));
            } else {
                BatasTeks.masalah(u.indikator(), BatasTeks.INDIKATOR, nama).ifPresent(p -> salah.add(new Salah("indikator", p)));
            }
            Kuantitas.masalah(u.target(), Pesan.get("bagianSaya.targetLain", k))
                    .ifPresent(p -> salah.add(new Salah("target", p)));
            Kuantitas.masalah(u.targetMaju(), Pesan.get("bagianSaya.targetMajuLain", k))
                    .ifPresent(p -> salah.add(new Salah("targetMaju", p)));
        }
        return salah;
    }

    /** A lokasi is "Kecamatan X" or "Desa Y" of this kecamatan, several separated by commas (organisasi's rule). */
    private Optional<String> lokasi(long kecamatanId, String lokasi) {
        if (lokasi == null || lokasi.isBlank()) {
            return Optional.empty();
        }
        return organisasi.aturanLokasi(kecamatanId).masalah(lokasi);
    }

    private static void negatif(List<Salah> salah, String kolom, BigDecimal v) {
        if (v != null && v.signum() < 0) {
            salah.add(new Salah(kolom, Pesan.get("renja.negatif")));
        }
    }

    private static void teks(List<Salah> salah, String kolom, String isi, int batas, String kunciNama) {
        BatasTeks.masalah(isi, batas, Pesan.get(kunciNama)).ifPresent(p -> salah.add(new Salah(kolom, p)));
    }
}
