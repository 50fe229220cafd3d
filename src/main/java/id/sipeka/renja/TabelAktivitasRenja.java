package id.sipeka.renja;

import id.sipeka.base.Rupiah;
import id.sipeka.dokumen.BarisTabel;
import id.sipeka.dokumen.Blok;
import id.sipeka.dokumen.Sel;
import id.sipeka.dokumen.SelKepala;
import id.sipeka.dokumen.Tabel;
import id.sipeka.renja.AktivitasRenjaData.AktivitasRenja;
import id.sipeka.renja.RenjaData.BarisRenja;
import java.util.ArrayList;
import java.util.List;

/**
 * The Aktivitas tables of the Renja document (issue 13): one per sub kegiatan that has Aktivitas, after Tabel 3.1
 * (and 3.2 of a perubahan), numbered on from there. Its Jumlah is the sum of the Aktivitas, which is the row's pagu in
 * Tabel 3.1. A Renja without Aktivitas (a kabupaten that does not plan them) gets none: its document is unchanged.
 */
final class TabelAktivitasRenja {

    private TabelAktivitasRenja() {
    }

    static List<Blok> semua(IsiRenja isi) {
        List<Blok> hasil = new ArrayList<>();
        int nomor = isi.perubahan() ? 3 : 2;
        for (BarisRenja b : isi.baris()) {
            List<AktivitasRenja> aktivitas = isi.aktivitas().getOrDefault(b.id(), List.of());
            if (!aktivitas.isEmpty()) {
                hasil.add(tabel("Tabel 3." + nomor++, b, aktivitas));
            }
        }
        return hasil;
    }

    static Tabel tabel(String nomor, BarisRenja b, List<AktivitasRenja> aktivitas) {
        List<List<SelKepala>> kepala = List.of(
                TabelRenja.nomorKolom("No", "Aktivitas", "Volume", "Satuan", "Prioritas", "Lokasi", "Pagu (Rp)"),
                TabelRenja.nomorKolom("(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)"));
        List<BarisTabel> baris = new ArrayList<>();
        int no = 0;
        for (AktivitasRenja a : aktivitas) {
            baris.add(BarisTabel.biasa(Sel.angka(++no), Sel.teks(a.kode() + " " + a.nama()), Sel.angkaAtauKosong(a.volume()),
                    Sel.teks(TabelRenja.teks(a.satuan())), Sel.teks(a.prioritas() == null ? "" : prioritas(a.prioritas())),
                    Sel.teks(TabelRenja.teks(a.lokasi())), Sel.rupiahAtauKosong(a.pagu())));
        }
        baris.add(BarisTabel.total(Sel.teks("JUMLAH", 6),
                Sel.rupiah(Rupiah.jumlah(aktivitas.stream().map(AktivitasRenja::pagu).toList()))));
        return new Tabel(nomor, "Aktivitas Sub Kegiatan " + b.kode() + " " + b.nama(), kepala, baris,
                List.of(5, 35, 9, 10, 9, 18, 14), false);
    }

    /** "Tinggi", "Sedang", "Rendah": as a person writes it in a document. */
    static String prioritas(id.sipeka.renstra.Prioritas p) {
        return switch (p) {
            case TINGGI -> "Tinggi";
            case SEDANG -> "Sedang";
            case RENDAH -> "Rendah";
        };
    }
}
