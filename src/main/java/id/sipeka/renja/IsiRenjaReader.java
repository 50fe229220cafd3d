package id.sipeka.renja;

import id.sipeka.base.Nip;
import id.sipeka.base.Rupiah;
import id.sipeka.dokumen.TandaTangan;
import id.sipeka.organisasi.OrganisasiData.KecamatanData;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.renja.RenjaData.BarisEvaluasiLalu;
import id.sipeka.renja.RenjaData.Forum;
import id.sipeka.renja.RenjaData.Jumlah;
import id.sipeka.renja.RenjaData.NarasiRenja;
import id.sipeka.renja.RenjaData.UsulanRenja;
import id.sipeka.renstra.RenstraData.BarisRenstra;
import id.sipeka.renstra.RenstraData.RenstraLengkap;
import id.sipeka.renstra.RenstraService;
import id.sipeka.renstra.Tingkat;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Reads what a Renja's documents and its computed screens show: the forum, the program and kegiatan sums, the
 * evaluation of earlier years (T-C.29) and {@link IsiRenja}, everything at one moment in the caller's transaction.
 */
@Component
class IsiRenjaReader {

    private final RenjaStore store;
    private final RenjaNarasiRepository narasiRepo;
    private final RenjaUsulanRepository usulanRepo;
    private final PejabatRenja pejabat;
    private final OrganisasiService organisasi;
    private final RenstraService renstra;
    private final ObjectProvider<SumberEvaluasiTahunan> sumberEvaluasi;
    private final RenjaAktivitasRepository aktivitasRepo;

    IsiRenjaReader(RenjaAktivitasRepository aktivitasRepo, RenjaStore store, RenjaNarasiRepository narasiRepo, RenjaUsulanRepository usulanRepo,
            PejabatRenja pejabat, OrganisasiService organisasi, RenstraService renstra,
            ObjectProvider<SumberEvaluasiTahunan> sumberEvaluasi) {
        this.store = store;
        this.narasiRepo = narasiRepo;
        this.usulanRepo = usulanRepo;
        this.pejabat = pejabat;
        this.organisasi = organisasi;
        this.renstra = renstra;
        this.sumberEvaluasi = sumberEvaluasi;
        this.aktivitasRepo = aktivitasRepo;
    }

    Forum forum(Renja renja) {
        return new Forum(renja.forumTanggal, renja.forumTempat, renja.forumPeserta,
                usulanRepo.findByRenjaIdOrderById(renja.id).stream().map(IsiRenjaReader::data).toList());
    }

    List<NarasiRenja> narasi(Renja renja) {
        return narasiRepo.findByRenjaIdOrderByKode(renja.id).stream()
                .map(n -> new NarasiRenja(n.id, n.kode, n.judul, n.unitKerjaId, n.isi, n.version)).toList();
    }

    /**
     * BAB II, T-C.29: the evaluation of the Renja of earlier years for this Renja's rows. Targets come from the
     * Renstra (end of period) and from year N−1 (its ditetapkan Renja, else the Renstra); realisasi and every
     * percentage from the stored yearly evaluations (evaluasi module). Without that module the columns stay empty.
     */
    List<BarisEvaluasiLalu> evaluasiTahunLalu(Renja renja) {
        RenstraLengkap sumber = renstra.lengkap(renja.renstraId);
        Map<String, BarisRenstra> perKode = new HashMap<>();
        sumber.semuaBaris().forEach(b -> perKode.put(b.kode(), b));
        Map<String, BigDecimal> targetN1 = new HashMap<>();
        store.renjaRepo.findByKecamatanIdOrderByTahunDescIdDesc(renja.kecamatanId).stream()
                .filter(r -> r.tahun == renja.tahun - 1 && r.tahap == Tahap.DITETAPKAN).findFirst()
                .ifPresent(r -> store.baris(r).forEach(b -> targetN1.put(b.kode, b.target)));
        List<RenjaData.AcuanEvaluasiLalu> acuan = new ArrayList<>();
        for (RenjaBaris b : store.baris(renja)) {
            BarisRenstra r = perKode.get(b.kode);
            BigDecimal akhir = r == null ? null : r.target().get(sumber.renstra().tahunAkhir());
            BigDecimal n1 = targetN1.containsKey(b.kode) ? targetN1.get(b.kode)
                    : r == null ? null : r.target().get(renja.tahun - 1);
            acuan.add(new RenjaData.AcuanEvaluasiLalu(b.kode, b.nama, b.indikator, b.satuan, akhir, n1));
        }
        SumberEvaluasiTahunan evaluasi = sumberEvaluasi.getIfAvailable();
        if (evaluasi == null) {
            return acuan.stream().map(a -> new BarisEvaluasiLalu(a.kode(), a.nama(), a.indikator(), a.satuan(),
                    a.targetAkhirPeriode(), null, null, null, null, a.targetTahunSebelum(), null, null)).toList();
        }
        return evaluasi.evaluasiLalu(renja.kecamatanId, renja.tahun, acuan);
    }

    /**
     * Program and kegiatan lines, each the sum of its sub kegiatan rows (never typed), in nomenclature order,
     * followed by nothing else: the grand total is the sum of the program lines.
     */
    List<Jumlah> jumlah(Renja renja) {
        return jumlah(store.baris(renja), renstra.lengkap(renja.renstraId));
    }

    private static List<Jumlah> jumlah(List<RenjaBaris> baris, RenstraLengkap sumber) {
        List<Jumlah> hasil = new ArrayList<>();
        for (BarisRenstra n : sumber.semuaBaris()) {
            if (n.tingkat() == Tingkat.SUB_KEGIATAN) {
                continue;
            }
            List<RenjaBaris> anak = baris.stream().filter(b -> b.kode.startsWith(n.kode() + ".")).toList();
            if (anak.isEmpty()) {
                continue;
            }
            hasil.add(new Jumlah(n.kode(), n.nama(), jumlahkan(anak, b -> b.pagu),
                    jumlahkan(anak, b -> b.paguMaju), jumlahkan(anak, b -> b.paguSebelum), jumlahkan(anak, b -> b.rkpdPagu)));
        }
        return hasil;
    }

    private static long jumlahkan(List<RenjaBaris> baris, Function<RenjaBaris, Long> nilai) {
        return Rupiah.jumlah(baris.stream().map(nilai).toList());
    }

    /**
     * Everything the Renja's documents print, with the camat's signature block as recorded at penetapan (or, before
     * it, the kecamatan's camat for the draft).
     */
    IsiRenja isiDokumen(Renja renja) {
        return isiDokumen(renja, penandatanganTercatat(renja));
    }

    /** The kecamatan's sekcam as the signature block of a draft berita acara (the forum's date when recorded). */
    TandaTangan sekcamUntukDraf(Renja renja) {
        return pejabat.sekcamUntukDraf(organisasi.kecamatan(renja.kecamatanId), renja.forumTanggal);
    }

    IsiRenja isiDokumen(Renja renja, TandaTangan penandatangan) {
        RenstraLengkap sumber = renstra.lengkap(renja.renstraId);
        List<RenjaBaris> baris = store.baris(renja);
        Map<String, BarisRenstra> perKode = new LinkedHashMap<>();
        sumber.semuaBaris().forEach(b -> perKode.put(b.kode(), b));
        Map<Long, String> unit = new LinkedHashMap<>();
        organisasi.unit(renja.kecamatanId).forEach(u -> unit.put(u.id(), u.nama()));
        return new IsiRenja(store.ringkas(renja), organisasi.kecamatan(renja.kecamatanId), store.renjaRepo.versi(renja),
                sumber.renstra().periode(), store.keData(renja, baris), jumlah(baris, sumber), perKode,
                sumber.tujuanSasaran(), evaluasi(renja, sumber, baris), baris.stream().map(RenjaStore::review).toList(),
                forum(renja), narasi(renja), unit, penandatangan, aktivitas(renja, baris));
    }

    /** Each row's Aktivitas, only where the kabupaten plans them (issue 13). */
    private Map<Long, List<AktivitasRenjaData.AktivitasRenja>> aktivitas(Renja renja, List<RenjaBaris> baris) {
        if (baris.isEmpty() || !organisasi.pakaiAktivitas(renja.kecamatanId)) {
            return Map.of();
        }
        Map<Long, List<AktivitasRenjaData.AktivitasRenja>> hasil = new HashMap<>();
        aktivitasRepo.findByRenjaBarisIdInOrderByUrutanAscIdAsc(baris.stream().map(b -> b.id).toList())
                .forEach(a -> hasil.computeIfAbsent(a.renjaBarisId, k -> new ArrayList<>()).add(AktivitasRenjaService.data(a)));
        return hasil;
    }

    /**
     * The rows of T-C.29 for this Renja: every program, kegiatan and sub kegiatan in it. A sub kegiatan's row is the
     * one the BAB II screen shows ({@link #evaluasiTahunLalu}: the evaluasi module computes columns 8, 10 and 11, so
     * the document has no second implementation); a program or kegiatan line carries the Renstra's targets (4, 9).
     */
    private List<BarisEvaluasiLalu> evaluasi(Renja renja, RenstraLengkap sumber, List<RenjaBaris> baris) {
        int akhir = sumber.renstra().tahunAkhir();
        Map<String, BarisEvaluasiLalu> lalu = new HashMap<>();
        evaluasiTahunLalu(renja).forEach(b -> lalu.put(b.kode(), b));
        return sumber.semuaBaris().stream()
                .filter(n -> baris.stream().anyMatch(b -> b.kode.equals(n.kode()) || b.kode.startsWith(n.kode() + ".")))
                .map(n -> lalu.getOrDefault(n.kode(), new BarisEvaluasiLalu(n.kode(), n.nama(), n.indikator(),
                        n.satuan(), n.target().get(akhir), null, null, null, null, n.target().get(renja.tahun - 1), null, null)))
                .toList();
    }

    /** After penetapan the recorded signer; before it, the camat as a draft shows them (or nobody). */
    private TandaTangan penandatanganTercatat(Renja renja) {
        KecamatanData kecamatan = organisasi.kecamatan(renja.kecamatanId);
        if (renja.tahap == Tahap.DITETAPKAN && renja.penetapanNip != null) {
            return new TandaTangan(renja.penetapanTempat, renja.penetapanTanggal, PejabatRenja.pelaksana(renja.penetapanJabatan),
                    kecamatan.jabatanCamat(), renja.penetapanNama, renja.penetapanPangkat, Nip.of(renja.penetapanNip));
        }
        return pejabat.camatUntukDraf(kecamatan);
    }

    private static UsulanRenja data(RenjaUsulan u) {
        return new UsulanRenja(u.id, u.sumber, u.desa, u.kode, u.uraian, u.besaran, u.keputusan, u.alasan);
    }
}
