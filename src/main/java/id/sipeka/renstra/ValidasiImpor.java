package id.sipeka.renstra;

import id.sipeka.base.BatasTeks;
import id.sipeka.base.Kuantitas;
import id.sipeka.base.Pesan;
import id.sipeka.base.Rupiah;
import id.sipeka.organisasi.AturanLokasi;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Checks a whole import file and collects every problem (row, column, reason) instead of stopping at the first.
 * What passes becomes a {@link Rencana}: typed rows ready to store. Pagu printed on program or kegiatan rows is
 * compared with the sum of their sub kegiatan and only warned about: the computed sum is what counts. Every number is
 * a bounded {@link Rupiah} or {@link Kuantitas} and every text fits its column ({@link BatasTeks}), so a file the check
 * passes is stored whole and its totals cannot overflow.
 *
 * <p>This class checks the period and puts the parts together, in the order problems are reported: the file's reading
 * problems, then the Nomenklatur rows ({@link ValidasiNomenklatur}, with {@link ValidasiIndikatorLain} and
 * {@link ValidasiAktivitas}), then the Tujuan/Sasaran rows ({@link ValidasiTujuan}); each cell through one
 * {@link PemeriksaSel}, which keeps every problem.
 */
final class ValidasiImpor {

    /** A Renstra runs 5 years; a transition Renstra (e.g. 2024–2026, between two RPJMD) 3 or 4. */
    static final int PERIODE_TERPENDEK = 3;
    static final int PERIODE_TERPANJANG = 5;

    record ItemNomenklatur(int urutan, Tingkat tingkat, String kode, String induk, String nama, String hasil,
            String indikator, String satuan, Polaritas polaritas, JenisIndikator jenis, BigDecimal baseline,
            Long unitKerjaId, String sumberDana, Map<Integer, NilaiTahun> nilai, List<ValidasiIndikatorLain.Item> indikatorLain) {
    }

    record ItemTujuan(int urutan, Tingkat tingkat, String kode, String induk, String uraian, String indikator,
            String satuan, Polaritas polaritas, BigDecimal baseline, Map<Integer, BigDecimal> target) {
    }

    /** An Aktivitas under the sub kegiatan {@code induk}; pagu per year, a year left empty absent. */
    record ItemAktivitas(int urutan, String kode, String induk, String nama, BigDecimal volume, String satuan,
            Prioritas prioritas, String lokasi, Map<Integer, Long> pagu) {
    }

    /** @param lokasi the lokasi of each sub kegiatan that has one, by code */
    record Rencana(int tahunAwal, int tahunAkhir, List<ItemNomenklatur> nomenklatur, List<ItemTujuan> tujuan,
            List<MasalahImpor> peringatan, List<ItemAktivitas> aktivitas, Map<String, String> lokasi) {
    }

    /**
     * What the file is checked against besides itself: the kecamatan's unit kerja by code (upper case), whether its
     * kabupaten plans Aktivitas, and the kecamatan's lokasi rule ({@code null}: no lokasi rule, any text fits).
     */
    record AturanKecamatan(Map<String, Long> unitPerKode, boolean pakaiAktivitas, AturanLokasi lokasi) {
    }

    private final RenstraBerkas berkas;
    private final AturanKecamatan aturan;
    private final SumberDanaService.Pemeriksa sumberDanaSah;
    private final PemeriksaSel sel;

    /** @param sumberDanaSah the admin's list of sumber dana */
    private ValidasiImpor(RenstraBerkas berkas, AturanKecamatan aturan, SumberDanaService.Pemeriksa sumberDanaSah) {
        this.berkas = berkas;
        this.aturan = aturan;
        this.sumberDanaSah = sumberDanaSah;
        this.sel = new PemeriksaSel(berkas, aturan.lokasi());
    }

    /** @throws ImporDitolakException with every problem, when there is any */
    static Rencana periksa(RenstraBerkas berkas, AturanKecamatan aturan, SumberDanaService.Pemeriksa sumberDanaSah) {
        return new ValidasiImpor(berkas, aturan, sumberDanaSah).jalankan();
    }

    private Rencana jalankan() {
        berkas.masalahBaca().forEach(sel::catat);
        Integer awal = berkas.tahunAwal();
        Integer akhir = berkas.tahunAkhir();
        if (awal == null || akhir == null || !periodeSah(awal, akhir)) {
            if (berkas.masalahBaca().isEmpty() || awal != null) {
                sel.catat(masalahPeriode(awal, akhir));
            }
            throw new ImporDitolakException(sel.salah());
        }
        if (berkas.nomenklatur().isEmpty()) {
            sel.catat(new MasalahImpor(lembarNomenklatur(), null, null, Pesan.get("impor.kosong")));
        }
        ValidasiAktivitas aktivitas = new ValidasiAktivitas(sel, aturan.pakaiAktivitas(), awal, akhir);
        ValidasiIndikatorLain indikatorLain = new ValidasiIndikatorLain(sel, awal, akhir);
        ValidasiNomenklatur validasiNomenklatur = new ValidasiNomenklatur(sel, aturan.unitPerKode(), sumberDanaSah,
                aktivitas, indikatorLain, awal, akhir);
        List<ItemNomenklatur> nomenklatur = validasiNomenklatur.periksa(berkas.nomenklatur());
        List<ItemTujuan> tujuan = new ValidasiTujuan(sel, awal, akhir).periksa(berkas.tujuanSasaran());
        if (!sel.salah().isEmpty()) {
            throw new ImporDitolakException(sel.salah());
        }
        return new Rencana(awal, akhir, nomenklatur, tujuan, List.copyOf(validasiNomenklatur.peringatan()),
                aktivitas.item(), Map.copyOf(validasiNomenklatur.lokasiSub()));
    }

    static boolean periodeSah(int awal, int akhir) {
        int lama = akhir - awal + 1;
        return lama >= PERIODE_TERPENDEK && lama <= PERIODE_TERPANJANG;
    }

    /**
     * Where the period is read: the year columns of the Nomenklatur sheet (its header row) in a spreadsheet, the
     * tahunAwal/tahunAkhir fields in JSON.
     */
    private MasalahImpor masalahPeriode(Integer awal, Integer akhir) {
        String alasan = awal == null || akhir == null
                ? Pesan.get("impor.periodeTidakAda", PERIODE_TERPENDEK, PERIODE_TERPANJANG)
                : Pesan.get("impor.periode", PERIODE_TERPENDEK, PERIODE_TERPANJANG, awal, akhir, akhir - awal + 1);
        if (berkas.barisJudul() == null) {
            return new MasalahImpor(null, null, "tahunAwal, tahunAkhir", alasan);
        }
        String kolom = awal == null ? null : berkas.label(KolomRenstra.target(awal)) + " … "
                + berkas.label(KolomRenstra.target(akhir));
        return new MasalahImpor(lembarNomenklatur(), berkas.barisJudul(), kolom, alasan);
    }

    /** The sheet the nomenclature came from: the template's, or the one of a file in SIPD's layout. */
    private String lembarNomenklatur() {
        return berkas.label("kode").contains(KolomSipdRenstra.DEPAN.get(2).label()) ? KolomSipdRenstra.LEMBAR
                : RenstraBerkas.LEMBAR_NOMENKLATUR;
    }
}
