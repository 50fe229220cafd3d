package id.sipeka.renstra;

import id.sipeka.base.FormatIndonesia;
import id.sipeka.base.Pesan;
import id.sipeka.base.Rupiah;
import id.sipeka.renstra.PratinjauImpor.Jenis;
import id.sipeka.renstra.PratinjauImpor.PerubahanBaris;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Compares the stored Renstra of a period with a checked import file, row by row (by code): what would be added,
 * changed (and in which field) and removed, and the total pagu per year before and after. Also the fingerprint of
 * the stored state a preview was computed against.
 */
final class PerbandinganRenstra {

    private final Renstra lamaRenstra;
    private final List<Nomenklatur> lama;
    private final List<TujuanSasaran> lamaTujuan;
    private final ValidasiImpor.Rencana baru;
    private final Map<Long, String> namaUnit;
    private final AktivitasData.AktivitasRenstraIsi lamaAktivitas;
    private final List<PerubahanBaris> perubahan = new ArrayList<>();
    private int tidakBerubah;

    private PerbandinganRenstra(Renstra lamaRenstra, List<Nomenklatur> lama, List<TujuanSasaran> lamaTujuan,
            ValidasiImpor.Rencana baru, Map<Long, String> namaUnit, AktivitasData.AktivitasRenstraIsi lamaAktivitas) {
        this.lamaAktivitas = lamaAktivitas;
        this.lamaRenstra = lamaRenstra;
        this.lama = lama;
        this.lamaTujuan = lamaTujuan;
        this.baru = baru;
        this.namaUnit = namaUnit;
    }

    record Hasil(List<PerubahanBaris> perubahan, int tidakBerubah, Map<Integer, Long> totalSebelum,
            Map<Integer, Long> totalSesudah, List<Nomenklatur> dihapus) {
    }

    /**
     * @param lamaRenstra the stored Renstra of the period, {@code null} when there is none
     * @param namaUnit the kecamatan's units by id, to name a changed responsible unit
     * @param lamaAktivitas the stored Renstra's sub kegiatan lokasi and Aktivitas
     */
    static Hasil banding(Renstra lamaRenstra, List<Nomenklatur> lama, List<TujuanSasaran> lamaTujuan,
            ValidasiImpor.Rencana baru, Map<Long, String> namaUnit, AktivitasData.AktivitasRenstraIsi lamaAktivitas) {
        return new PerbandinganRenstra(lamaRenstra, lama, lamaTujuan, baru, namaUnit, lamaAktivitas).jalankan();
    }

    private Hasil jalankan() {
        Map<String, Nomenklatur> adaPerKode = lama.stream().collect(Collectors.toMap(n -> n.kode, Function.identity()));
        TreeSet<String> dipakai = new TreeSet<>();
        for (ValidasiImpor.ItemNomenklatur i : baru.nomenklatur()) {
            dipakai.add(i.kode());
            Nomenklatur n = adaPerKode.get(i.kode());
            if (n == null) {
                perubahan.add(new PerubahanBaris(Jenis.DITAMBAH, i.kode(), i.nama(), null));
            } else {
                catatBeda(i.kode(), i.nama(), bedaNomenklatur(n, i));
            }
        }
        List<Nomenklatur> dihapus = lama.stream().filter(n -> !dipakai.contains(n.kode))
                .sorted(Comparator.comparing((Nomenklatur n) -> n.kode)).toList();
        dihapus.forEach(n -> perubahan.add(new PerubahanBaris(Jenis.DIHAPUS, n.kode, n.nama, null)));

        Map<String, TujuanSasaran> tujuanPerKode = lamaTujuan.stream()
                .collect(Collectors.toMap(t -> t.kode, Function.identity()));
        TreeSet<String> tujuanDipakai = new TreeSet<>();
        for (ValidasiImpor.ItemTujuan i : baru.tujuan()) {
            tujuanDipakai.add(i.kode());
            TujuanSasaran t = tujuanPerKode.get(i.kode());
            if (t == null) {
                perubahan.add(new PerubahanBaris(Jenis.DITAMBAH, i.kode(), i.uraian(), null));
            } else {
                catatBeda(i.kode(), i.uraian(), bedaTujuan(t, i));
            }
        }
        lamaTujuan.stream().filter(t -> !tujuanDipakai.contains(t.kode)).sorted(Comparator.comparing((TujuanSasaran t) -> t.kode))
                .forEach(t -> perubahan.add(new PerubahanBaris(Jenis.DIHAPUS, t.kode, t.uraian, null)));

        Map<Integer, Long> sebelum = new TreeMap<>();
        if (lamaRenstra != null) {
            for (int t = lamaRenstra.tahunAwal; t <= lamaRenstra.tahunAkhir; t++) {
                sebelum.put(t, 0L);
            }
        }
        lama.stream().filter(n -> n.tingkat == Tingkat.SUB_KEGIATAN).forEach(n -> n.nilai.forEach((tahun, v) -> {
            if (v.pagu() != null) {
                sebelum.merge(tahun, v.pagu(), Rupiah::tambah);
            }
        }));
        Map<Integer, Long> sesudah = new TreeMap<>();
        for (int t = baru.tahunAwal(); t <= baru.tahunAkhir(); t++) {
            sesudah.put(t, 0L);
        }
        baru.nomenklatur().stream().filter(i -> i.tingkat() == Tingkat.SUB_KEGIATAN).forEach(i -> i.nilai().forEach((tahun, v) -> {
            if (v.pagu() != null) {
                sesudah.merge(tahun, v.pagu(), Rupiah::tambah);
            }
        }));
        return new Hasil(List.copyOf(perubahan), tidakBerubah, sebelum, sesudah, dihapus);
    }

    private void catatBeda(String kode, String nama, List<String> beda) {
        if (beda.isEmpty()) {
            tidakBerubah++;
        } else {
            perubahan.add(new PerubahanBaris(Jenis.DIUBAH, kode, nama, String.join("; ", beda)));
        }
    }

    private List<String> bedaNomenklatur(Nomenklatur n, ValidasiImpor.ItemNomenklatur i) {
        List<String> beda = new ArrayList<>();
        teks(beda, "renstra.namaNama", n.nama, i.nama());
        teks(beda, "renstra.namaHasil", n.hasil, i.hasil());
        teks(beda, "renstra.namaIndikator", n.indikator, i.indikator());
        teks(beda, "renstra.namaSatuan", n.satuan, i.satuan());
        teks(beda, "renstra.namaPolaritas", n.polaritas == null ? null : n.polaritas.name(), i.polaritas().name());
        teks(beda, "renstra.namaJenis", n.jenis == null ? null : n.jenis.name(), i.jenis().name());
        angka(beda, Pesan.get("renstra.namaBaseline"), n.baseline, i.baseline());
        if (!Objects.equals(n.unitKerjaId, i.unitKerjaId())) {
            beda.add(Pesan.get("renstra.kolomUnit") + ": " + unit(n.unitKerjaId) + " → " + unit(i.unitKerjaId()));
        }
        teks(beda, "renstra.namaSumberDana", n.sumberDana, i.sumberDana());
        if (n.tingkat == Tingkat.SUB_KEGIATAN) {
            teks(beda, "renstra.namaLokasi", n.lokasi, baru.lokasi().get(i.kode()));
            bedaAktivitas(beda, lamaAktivitas.dari(n.id), baru.aktivitas().stream()
                    .filter(a -> a.induk().equals(i.kode())).toList());
        }
        bedaIndikatorLain(beda, n.indikatorLain.stream().map(IndikatorNomenklatur::item).toList(), i.indikatorLain());
        TreeSet<Integer> tahun = new TreeSet<>(n.nilai.keySet());
        tahun.addAll(i.nilai().keySet());
        for (int t : tahun) {
            NilaiTahun a = n.nilai.get(t);
            NilaiTahun b = i.nilai().get(t);
            angka(beda, Pesan.get("renstra.namaTarget", t), a == null ? null : a.target(), b == null ? null : b.target());
            Long paguA = a == null ? null : a.pagu();
            Long paguB = b == null ? null : b.pagu();
            if (!Objects.equals(paguA, paguB)) {
                beda.add(Pesan.get("renstra.namaPagu", t) + ": " + rupiah(paguA) + " → " + rupiah(paguB));
            }
        }
        return beda;
    }

    /** A sub kegiatan's Aktivitas added, removed or changed, by code: "Aktivitas 7.01.01.2.01.0001.2 diubah". */
    private static void bedaAktivitas(List<String> beda, List<AktivitasData.AktivitasRenstraData> lama,
            List<ValidasiImpor.ItemAktivitas> baru) {
        Map<String, String> sebelum = new TreeMap<>();
        lama.forEach(a -> sebelum.put(a.kode(), ringkasAktivitas(a.nama(), a.volume(), a.satuan(), a.prioritas(), a.lokasi(),
                a.pagu())));
        Map<String, String> sesudah = new TreeMap<>();
        baru.forEach(a -> sesudah.put(a.kode(), ringkasAktivitas(a.nama(), a.volume(), a.satuan(), a.prioritas(), a.lokasi(),
                a.pagu())));
        TreeSet<String> kode = new TreeSet<>(sebelum.keySet());
        kode.addAll(sesudah.keySet());
        for (String k : kode) {
            if (!sebelum.containsKey(k)) {
                beda.add(Pesan.get("renstra.aktivitasDitambah", k));
            } else if (!sesudah.containsKey(k)) {
                beda.add(Pesan.get("renstra.aktivitasDihapus", k));
            } else if (!sebelum.get(k).equals(sesudah.get(k))) {
                beda.add(Pesan.get("renstra.aktivitasDiubah", k));
            }
        }
    }

    private static String ringkasAktivitas(String nama, BigDecimal volume, String satuan, Prioritas prioritas, String lokasi,
            Map<Integer, Long> pagu) {
        Map<Integer, Long> isi = new TreeMap<>();
        pagu.forEach((tahun, rp) -> {
            if (rp != null) {
                isi.put(tahun, rp);
            }
        });
        return nama + "|" + (volume == null ? null : volume.stripTrailingZeros().toPlainString()) + "|" + satuan + "|"
                + prioritas + "|" + lokasi + "|" + isi;
    }

    /** What changed in the second, third, … indicators, each field named: "Indikator ke-3, Target 2025: 5 → 4". */
    private static void bedaIndikatorLain(List<String> beda, List<ValidasiIndikatorLain.Item> lama,
            List<ValidasiIndikatorLain.Item> baru) {
        for (int k = 0; k < Math.max(lama.size(), baru.size()); k++) {
            String nama = Pesan.get("renstra.namaIndikatorKe", k + 2);
            ValidasiIndikatorLain.Item a = k < lama.size() ? lama.get(k) : null;
            ValidasiIndikatorLain.Item b = k < baru.size() ? baru.get(k) : null;
            if (a == null || b == null || !Objects.equals(a.indikator(), b.indikator())) {
                beda.add(nama + ": " + tampil(a == null ? null : a.indikator()) + " → " + tampil(b == null ? null : b.indikator()));
            }
            if (a == null || b == null) {
                continue;
            }
            List<String> rinci = new ArrayList<>();
            teks(rinci, "renstra.namaSatuan", a.satuan(), b.satuan());
            teks(rinci, "renstra.namaPolaritas", a.polaritas().name(), b.polaritas().name());
            teks(rinci, "renstra.namaJenis", a.jenis().name(), b.jenis().name());
            angka(rinci, Pesan.get("renstra.namaBaseline"), a.baseline(), b.baseline());
            TreeSet<Integer> tahun = new TreeSet<>(a.target().keySet());
            tahun.addAll(b.target().keySet());
            tahun.forEach(t -> angka(rinci, Pesan.get("renstra.namaTarget", t), a.target().get(t), b.target().get(t)));
            rinci.forEach(r -> beda.add(nama + ", " + r));
        }
    }

    private static List<String> bedaTujuan(TujuanSasaran t, ValidasiImpor.ItemTujuan i) {
        List<String> beda = new ArrayList<>();
        teks(beda, "renstra.namaUraian", t.uraian, i.uraian());
        teks(beda, "renstra.namaIndikator", t.indikator, i.indikator());
        teks(beda, "renstra.namaSatuan", t.satuan, i.satuan());
        teks(beda, "renstra.namaPolaritas", t.polaritas == null ? null : t.polaritas.name(), i.polaritas().name());
        angka(beda, Pesan.get("renstra.namaBaseline"), t.baseline, i.baseline());
        TreeSet<Integer> tahun = new TreeSet<>(t.target.keySet());
        tahun.addAll(i.target().keySet());
        for (int th : tahun) {
            angka(beda, Pesan.get("renstra.namaTarget", th), t.target.get(th), i.target().get(th));
        }
        return beda;
    }

    private static void teks(List<String> beda, String kunciNama, String a, String b) {
        if (!Objects.equals(kosongJadiNull(a), kosongJadiNull(b))) {
            beda.add(Pesan.get(kunciNama) + ": " + tampil(a) + " → " + tampil(b));
        }
    }

    private static void angka(List<String> beda, String nama, BigDecimal a, BigDecimal b) {
        boolean sama = a == null ? b == null : b != null && a.compareTo(b) == 0;
        if (!sama) {
            beda.add(nama + ": " + (a == null ? "–" : FormatIndonesia.angka(a)) + " → "
                    + (b == null ? "–" : FormatIndonesia.angka(b)));
        }
    }

    private String unit(Long id) {
        return id == null ? "–" : namaUnit.getOrDefault(id, String.valueOf(id));
    }

    private static String rupiah(Long rp) {
        return rp == null ? "–" : FormatIndonesia.rupiah(rp);
    }

    private static String tampil(String s) {
        String t = kosongJadiNull(s);
        return t == null ? "–" : "\"" + (t.length() > 60 ? t.substring(0, 57) + "…" : t) + "\"";
    }

    private static String kosongJadiNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /**
     * SHA-256 of everything an import can change in the stored Renstra, in code order: two previews of the same
     * stored state give the same fingerprint, any saved change (an import, a row edit) gives another.
     */
    static String sidik(Renstra renstra, List<Nomenklatur> nomenklatur, List<TujuanSasaran> tujuan,
            AktivitasData.AktivitasRenstraIsi aktivitas) {
        StringBuilder s = new StringBuilder();
        if (renstra != null) {
            s.append(renstra.tahunAwal).append('-').append(renstra.tahunAkhir).append('|').append(renstra.version).append('\n');
        }
        nomenklatur.stream().sorted(Comparator.comparing((Nomenklatur n) -> n.kode))
                .forEach(n -> s.append(n.kode).append('|').append(n.version).append('|').append(n.nama).append('|')
                        .append(n.indikator).append('|').append(n.unitKerjaId).append('|').append(n.sumberDana).append('|')
                        .append(n.indikatorLain.stream().map(IndikatorNomenklatur::ringkas).toList()).append('|')
                        .append(new TreeMap<>(n.nilai)).append('\n'));
        tujuan.stream().sorted(Comparator.comparing((TujuanSasaran t) -> t.kode))
                .forEach(t -> s.append(t.kode).append('|').append(t.version).append('|').append(t.uraian).append('|')
                        .append(new TreeMap<>(t.target)).append('\n'));
        new TreeMap<>(aktivitas.lokasi()).forEach((id, l) -> s.append("lokasi ").append(id).append('|').append(l).append('\n'));
        new TreeMap<>(aktivitas.aktivitas()).forEach((id, daftar) -> daftar.forEach(a -> s.append(a.kode()).append('|')
                .append(ringkasAktivitas(a.nama(), a.volume(), a.satuan(), a.prioritas(), a.lokasi(), a.pagu())).append('\n')));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
