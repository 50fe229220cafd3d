package id.sipeka.renstra;

import id.sipeka.base.AngkaIndonesia;
import id.sipeka.base.BatasTeks;
import id.sipeka.base.Kuantitas;
import id.sipeka.base.Pesan;
import id.sipeka.base.Rupiah;
import id.sipeka.organisasi.AturanLokasi;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The cells of an import file's rows, read and checked one at a time for {@link ValidasiImpor}: a text fits its
 * database column ({@link BatasTeks}), a number is a bounded {@link Rupiah} or {@link Kuantitas}, a choice names one of
 * its values, a lokasi follows the kecamatan's rule, a year lies in the period. Every problem is kept (row, column,
 * reason) in the order it was found, so the whole file is reported at once instead of its first mistake only.
 */
final class PemeriksaSel {

    private final RenstraBerkas berkas;
    /** The kecamatan's lokasi rule; {@code null}: no lokasi rule, any text fits. */
    private final AturanLokasi aturanLokasi;
    private final List<MasalahImpor> salah = new ArrayList<>();

    PemeriksaSel(RenstraBerkas berkas, AturanLokasi aturanLokasi) {
        this.berkas = berkas;
        this.aturanLokasi = aturanLokasi;
    }

    /** Every problem found so far, in the order found. */
    List<MasalahImpor> salah() {
        return salah;
    }

    /** A problem not tied to one cell (the file could not be read, the period, an empty sheet). */
    void catat(MasalahImpor masalah) {
        salah.add(masalah);
    }

    void tambah(RenstraBerkas.Baris b, String kunci, String alasan) {
        salah.add(new MasalahImpor(b.lembar(), b.baris(), berkas.label(kunci), alasan));
    }

    /** How a message names the column of a key, as the file named it ("Pagu 2025", "pagu.2025"). */
    String label(String kunci) {
        return berkas.label(kunci);
    }

    void tahunDiLuarPeriode(RenstraBerkas.Baris b, int awal, int akhir) {
        for (String kunci : b.sel().keySet()) {
            int tahun = KolomRenstra.tahunDari(kunci);
            if (tahun > 0 && (tahun < awal || tahun > akhir)) {
                tambah(b, kunci, Pesan.get("impor.tahunDiLuarPeriode", tahun, awal, akhir));
            }
        }
    }

    BigDecimal angka(RenstraBerkas.Baris b, String kunci, boolean rupiah) {
        Object nilai = b.sel().get(kunci);
        BigDecimal angka;
        if (nilai == null) {
            return null;
        } else if (nilai instanceof BigDecimal d) {
            angka = d;
        } else {
            try {
                angka = AngkaIndonesia.parse(nilai.toString()).orElse(null);
            } catch (NumberFormatException e) {
                tambah(b, kunci, Pesan.get("impor.bukanAngka", nilai));
                return null;
            }
        }
        if (angka == null) {
            return null;
        }
        if (angka.signum() < 0) {
            tambah(b, kunci, Pesan.get("impor.negatif", nilai));
            return null;
        }
        if (rupiah && angka.stripTrailingZeros().scale() > 0) {
            tambah(b, kunci, Pesan.get("impor.rupiahDesimal", nilai));
            return null;
        }
        Optional<String> diLuarBatas = rupiah ? Rupiah.masalah(angka, namaKolom(kunci)) : Kuantitas.masalah(angka, namaKolom(kunci));
        if (diLuarBatas.isPresent()) {
            tambah(b, kunci, diLuarBatas.get());
            return null;
        }
        return rupiah ? angka.setScale(0) : Kuantitas.periksa(angka, namaKolom(kunci));
    }

    /** Adds a problem when the text of the column is longer than its database column; true if it is. */
    boolean terlaluPanjang(RenstraBerkas.Baris b, String kunci, int batas) {
        Optional<String> masalah = BatasTeks.masalah(teks(b, kunci), batas, namaKolom(kunci));
        masalah.ifPresent(m -> tambah(b, kunci, m));
        return masalah.isPresent();
    }

    /** How a message names a column, whichever file it came from: "Nama", "Target 2026", "Pagu 2026". */
    static String namaKolom(String kunci) {
        int tahun = KolomRenstra.tahunDari(kunci);
        if (tahun > 0) {
            return kunci.startsWith("pagu") ? Pesan.get("renstra.namaPagu", tahun) : Pesan.get("renstra.namaTarget", tahun);
        }
        return Stream.of(KolomRenstra.NOMENKLATUR, KolomRenstra.TUJUAN_SASARAN).flatMap(List::stream)
                .filter(k -> k.kunci().equals(kunci)).findFirst().map(KolomRenstra.Kolom::label).orElse(kunci);
    }

    <E extends Enum<E>> E pilihan(RenstraBerkas.Baris b, String kunci, Class<E> jenis, E bawaan) {
        String teks = teks(b, kunci);
        if (teks == null) {
            return bawaan;
        }
        try {
            return Enum.valueOf(jenis, teks.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            StringBuilder pilihan = new StringBuilder();
            for (E e2 : jenis.getEnumConstants()) {
                pilihan.append(pilihan.isEmpty() ? "" : ", ").append(e2.name());
            }
            tambah(b, kunci, Pesan.get("impor.pilihanSalah", teks, pilihan));
            return bawaan;
        }
    }

    static String teks(RenstraBerkas.Baris b, String kunci) {
        Object nilai = b.sel().get(kunci);
        if (nilai == null) {
            return null;
        }
        // a number with a huge exponent where a text belongs (1E+999999999 as a name) is not written out digit by digit
        String s = nilai instanceof BigDecimal d ? (Math.abs((long) d.scale()) > 100 ? d.toString() : d.toPlainString())
                : nilai.toString().strip();
        return s.isEmpty() ? null : s;
    }

    /**
     * The Lokasi column of a row: only sub kegiatan and Aktivitas have one ({@code boleh}); it must fit its column and
     * name the kecamatan or its desa (the rule Renja rows follow too).
     */
    Optional<String> lokasi(RenstraBerkas.Baris b, boolean boleh) {
        String lokasi = teks(b, "lokasi");
        if (lokasi == null) {
            return Optional.empty();
        }
        if (!boleh) {
            tambah(b, "lokasi", Pesan.get("impor.lokasiHanyaSub"));
            return Optional.empty();
        }
        if (terlaluPanjang(b, "lokasi", BatasTeks.LOKASI)) {
            return Optional.empty();
        }
        Optional<String> masalah = aturanLokasi == null ? Optional.empty() : aturanLokasi.masalah(lokasi);
        masalah.ifPresent(m -> tambah(b, "lokasi", m));
        return masalah.isPresent() ? Optional.empty() : Optional.of(lokasi);
    }
}
