package id.sipeka.renstra;

import id.sipeka.base.Pesan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Reads the JSON import format (see README) into a {@link RenstraBerkas}. Rows are numbered from 1 in the order
 * of their array; yearly values sit in "target" and "pagu" objects keyed by year.
 */
final class BacaJson {

    private static final Set<String> TAHUNAN = Set.of("target", "pagu");
    /** A nomenklatur row's second, third, … indicators: objects with indikator, satuan, polaritas, jenis, baseline, target. */
    static final String INDIKATOR_LAIN = "indikatorLain";
    private static final java.math.BigDecimal BEYOND_DOUBLE = new java.math.BigDecimal("1E+309");

    private BacaJson() {
    }

    static RenstraBerkas baca(JsonNode akar) {
        List<MasalahImpor> masalah = new ArrayList<>();
        if (akar == null || !akar.isObject()) {
            return new RenstraBerkas(null, null, List.of(), List.of(), Map.of(),
                    List.of(new MasalahImpor(null, null, null, Pesan.get("impor.jsonRusak"))), null);
        }
        Integer awal = tahun(akar, "tahunAwal", masalah);
        Integer akhir = tahun(akar, "tahunAkhir", masalah);
        Map<String, String> label = new LinkedHashMap<>();
        List<RenstraBerkas.Baris> nomenklatur = daftar(akar, "nomenklatur", RenstraBerkas.LEMBAR_NOMENKLATUR,
                KolomRenstra.NOMENKLATUR, label, masalah);
        List<RenstraBerkas.Baris> tujuan = daftar(akar, "tujuanSasaran", RenstraBerkas.LEMBAR_TUJUAN,
                KolomRenstra.TUJUAN_SASARAN, label, masalah);
        return new RenstraBerkas(awal, akhir, nomenklatur, tujuan, label, masalah, null);
    }

    private static Integer tahun(JsonNode akar, String nama, List<MasalahImpor> masalah) {
        JsonNode n = akar.get(nama);
        if (n == null || !n.canConvertToInt()) {
            masalah.add(new MasalahImpor(null, null, nama, Pesan.get("impor.tahunPeriode")));
            return null;
        }
        return n.asInt();
    }

    private static List<RenstraBerkas.Baris> daftar(JsonNode akar, String nama, String lembar, List<KolomRenstra.Kolom> tetap,
            Map<String, String> label, List<MasalahImpor> masalah) {
        JsonNode array = akar.get(nama);
        if (array == null || array.isNull()) {
            return List.of();
        }
        if (!array.isArray()) {
            masalah.add(new MasalahImpor(lembar, null, nama, Pesan.get("impor.bukanDaftar")));
            return List.of();
        }
        Set<String> dikenal = new java.util.HashSet<>();
        tetap.forEach(k -> dikenal.add(k.kunci()));
        List<RenstraBerkas.Baris> hasil = new ArrayList<>();
        int nomor = 0;
        for (JsonNode obj : array) {
            nomor++;
            if (!obj.isObject()) {
                masalah.add(new MasalahImpor(lembar, nomor, null, Pesan.get("impor.bukanObjek")));
                continue;
            }
            List<JsonNode> indikatorLain = new ArrayList<>();
            Map<String, Object> sel = sel(obj, lembar, nomor, tetap, dikenal, label, masalah, indikatorLain);
            hasil.add(new RenstraBerkas.Baris(lembar, nomor, sel));
            // a further indicator is a row of its own right after its row, with the same code and no name
            for (JsonNode lain : indikatorLain) {
                if (!lain.isObject()) {
                    masalah.add(new MasalahImpor(lembar, nomor, INDIKATOR_LAIN, Pesan.get("impor.bukanObjek")));
                    continue;
                }
                Map<String, Object> selLain = sel(lain, lembar, nomor, tetap, dikenal, label, masalah, null);
                selLain.remove("nama");
                if (selLain.get("indikator") == null) {
                    masalah.add(new MasalahImpor(lembar, nomor, INDIKATOR_LAIN + ".indikator",
                            Pesan.get("validasi.wajibIsi", "Indikator")));
                    continue;
                }
                if (sel.get("kode") != null) {
                    selLain.put("kode", sel.get("kode"));
                }
                hasil.add(new RenstraBerkas.Baris(lembar, nomor, selLain));
            }
        }
        return hasil;
    }

    /** @param indikatorLain where a nomenklatur row's further indicators go; {@code null} where none may be */
    private static Map<String, Object> sel(JsonNode obj, String lembar, int nomor, List<KolomRenstra.Kolom> tetap,
            Set<String> dikenal, Map<String, String> label, List<MasalahImpor> masalah, List<JsonNode> indikatorLain) {
        Map<String, Object> sel = new LinkedHashMap<>();
        for (String kolom : obj.propertyNames()) {
            JsonNode n = obj.get(kolom);
            if (kolom.equals(INDIKATOR_LAIN) && indikatorLain != null && tetap == KolomRenstra.NOMENKLATUR) {
                if (n.isArray()) {
                    n.forEach(indikatorLain::add);
                } else if (!n.isNull()) {
                    masalah.add(new MasalahImpor(lembar, nomor, kolom, Pesan.get("impor.bukanDaftar")));
                }
            } else if (TAHUNAN.contains(kolom) && (tetap == KolomRenstra.NOMENKLATUR || kolom.equals("target"))) {
                if (n.isObject()) {
                    for (String th : n.propertyNames()) {
                        String kunci = kolom + ":" + th;
                        label.putIfAbsent(kunci, kolom + "." + th);
                        if (!th.matches("\\d{4}")) {
                            masalah.add(new MasalahImpor(lembar, nomor, kolom + "." + th, Pesan.get("impor.tahunTidakSah")));
                        } else {
                            simpan(sel, kunci, n.get(th));
                        }
                    }
                } else if (!n.isNull()) {
                    masalah.add(new MasalahImpor(lembar, nomor, kolom, Pesan.get("impor.bukanObjekTahun")));
                }
            } else if (dikenal.contains(kolom)) {
                label.putIfAbsent(kolom, kolom);
                simpan(sel, kolom, n);
            } else {
                masalah.add(new MasalahImpor(lembar, nomor, kolom, Pesan.get("impor.kolomTidakDikenal")));
            }
        }
        return sel;
    }

    private static void simpan(Map<String, Object> sel, String kunci, JsonNode n) {
        if (n == null || n.isNull()) {
            return;
        }
        if ((n.isDouble() || n.isFloat()) && !Double.isFinite(n.doubleValue())) {
            // a JSON number beyond double's range (1e400) is read as Infinity: it is certainly beyond every bound
            sel.put(kunci, BEYOND_DOUBLE);
        } else if (n.isNumber()) {
            sel.put(kunci, n.decimalValue());
        } else {
            String s = n.asString();
            if (s != null && !s.isBlank()) {
                sel.put(kunci, s.strip());
            }
        }
    }
}
