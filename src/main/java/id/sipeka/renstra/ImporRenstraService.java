package id.sipeka.renstra;

import id.sipeka.audit.AuditService;
import id.sipeka.base.AturanDilanggarException;
import id.sipeka.base.BatasTeks;
import id.sipeka.base.FormatIndonesia;
import id.sipeka.base.Pesan;
import id.sipeka.base.Rupiah;
import id.sipeka.organisasi.OrganisasiData.KecamatanData;
import id.sipeka.organisasi.OrganisasiData.UnitData;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.renstra.RenstraData.RenstraLengkap;
import id.sipeka.security.Akses;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * Imports a kecamatan's Renstra from the XLSX template or JSON, in two steps: a preview (every problem of the file,
 * or the rows it would add, change and remove with the totals per year before and after) and the apply, which checks
 * everything again in one transaction and stores the file whole or nothing. A re-import replaces the period's
 * Renstra in place while every Renja of the period is still being drafted (and keeps every row such a Renja uses).
 * Once a Renja of the period has left its draft, the file is stored as a Renstra Perubahan instead: a new version
 * of the period (with its reason, {@code dasar}) that is in force from then on, while the older version stays as it
 * was for the Renja built on it. Only the sekcam (or admin) imports.
 */
@Service
@Transactional
public class ImporRenstraService {

    private final RenstraRepository renstraRepo;
    private final NomenklaturRepository nomenklaturRepo;
    private final TujuanSasaranRepository tujuanRepo;
    private final PenyimpanImporRenstra penyimpan;
    private final RenstraService renstraService;
    private final List<PemakaiRenstra> pemakai;
    private final SumberDanaService sumberDana;
    private final OrganisasiService organisasi;
    private final Akses akses;
    private final AuditService audit;
    private final AktivitasRenstraService aktivitas;
    private final Clock clock;

    ImporRenstraService(AktivitasRenstraService aktivitas, RenstraRepository renstraRepo, NomenklaturRepository nomenklaturRepo,
            TujuanSasaranRepository tujuanRepo, PenyimpanImporRenstra penyimpan, RenstraService renstraService,
            List<PemakaiRenstra> pemakai, SumberDanaService sumberDana,
            OrganisasiService organisasi, Akses akses, AuditService audit, Clock clock) {
        this.renstraRepo = renstraRepo;
        this.nomenklaturRepo = nomenklaturRepo;
        this.tujuanRepo = tujuanRepo;
        this.penyimpan = penyimpan;
        this.renstraService = renstraService;
        this.pemakai = pemakai;
        this.sumberDana = sumberDana;
        this.organisasi = organisasi;
        this.akses = akses;
        this.audit = audit;
        this.aktivitas = aktivitas;
        this.clock = clock;
    }

    // ---- preview ----

    /** What the XLSX file would change; nothing is stored. Refused with every problem when the file has any. */
    @Transactional(readOnly = true)
    public PratinjauImpor pratinjauXlsx(long kecamatanId, InputStream xlsx) {
        return pratinjau(kecamatanId, BacaXlsx.baca(xlsx), false).pratinjau();
    }

    @Transactional(readOnly = true)
    public PratinjauImpor pratinjauJson(long kecamatanId, JsonNode json) {
        return pratinjau(kecamatanId, BacaJson.baca(json), false).pratinjau();
    }

    // ---- apply ----

    /**
     * Stores the file after its preview: refused if the stored Renstra changed since ({@code sidik} differs) or if the
     * preview's obstacle still stands.
     */
    public HasilImpor terapkanXlsx(long kecamatanId, InputStream xlsx, String sidik) {
        return terapkan(kecamatanId, BacaXlsx.baca(xlsx), sidik, null);
    }

    public HasilImpor terapkanJson(long kecamatanId, JsonNode json, String sidik) {
        return terapkan(kecamatanId, BacaJson.baca(json), sidik, null);
    }

    /**
     * The same, for a file the preview says becomes a Renstra Perubahan: {@code dasar} is why (required then; ignored
     * when the file replaces the Renstra in place).
     */
    public HasilImpor terapkanXlsx(long kecamatanId, InputStream xlsx, String sidik, String dasar) {
        return terapkan(kecamatanId, BacaXlsx.baca(xlsx), sidik, dasar);
    }

    public HasilImpor terapkanJson(long kecamatanId, JsonNode json, String sidik, String dasar) {
        return terapkan(kecamatanId, BacaJson.baca(json), sidik, dasar);
    }

    /** Checks and stores in one step, without a preview (the REST import, the demo data). */
    public HasilImpor imporXlsx(long kecamatanId, InputStream xlsx) {
        return terapkan(kecamatanId, BacaXlsx.baca(xlsx), null, null);
    }

    public HasilImpor imporJson(long kecamatanId, JsonNode json) {
        return terapkan(kecamatanId, BacaJson.baca(json), null, null);
    }

    /** One step, as a Renstra Perubahan if it becomes one ({@code dasar} required then). */
    public HasilImpor imporJson(long kecamatanId, JsonNode json, String dasar) {
        return terapkan(kecamatanId, BacaJson.baca(json), null, dasar);
    }

    HasilImpor terapkan(long kecamatanId, RenstraBerkas berkas, String sidik, String dasar) {
        // the stored Renstra is locked first: two applies of one period run one after the other, and the second
        // sees the first's result (a new fingerprint) instead of overwriting it unseen
        Pratinjauan hasil = pratinjau(kecamatanId, berkas, true);
        PratinjauImpor pratinjau = hasil.pratinjau();
        ValidasiImpor.Rencana rencana = hasil.rencana();
        if (!pratinjau.bolehDiterapkan()) {
            throw new AturanDilanggarException(pratinjau.halangan());
        }
        if (sidik != null && !sidik.equals(pratinjau.sidik())) {
            throw new AturanDilanggarException(Pesan.get("renstra.imporSudahBerubah"));
        }
        if (pratinjau.sebagaiPerubahan()) {
            return terapkanPerubahan(kecamatanId, hasil, dasar);
        }
        Renstra renstra = renstraRepo.findByKecamatanIdAndTahunAwalAndBerlakuTrue(kecamatanId, rencana.tahunAwal())
                .orElseGet(() -> {
                    Renstra r = new Renstra(kecamatanId, rencana.tahunAwal(), rencana.tahunAkhir());
                    r.dibuatPada = clock.instant();
                    r.dibuatOleh = oleh();
                    return renstraRepo.save(r);
                });
        String lama = pratinjau.baru() ? null : ringkasIsi(renstra.id);
        penyimpan.simpan(renstra, rencana);
        renstra.tahunAkhir = rencana.tahunAkhir();
        renstraRepo.saveAndFlush(renstra);
        audit.catat(kecamatanId, "IMPOR", "Renstra", renstra.tahunAwal + "-" + renstra.tahunAkhir, lama,
                ringkasIsi(renstra.id) + " (" + pratinjau.jumlah(PratinjauImpor.Jenis.DITAMBAH) + " ditambah, "
                        + pratinjau.jumlah(PratinjauImpor.Jenis.DIUBAH) + " diubah, "
                        + pratinjau.jumlah(PratinjauImpor.Jenis.DIHAPUS) + " dihapus)");
        return hasil(renstra, rencana);
    }

    /**
     * The file as the period's next version: a new Renstra row and new rows of its own, in force from now on; the
     * version it replaces is only marked as no longer in force, so every Renja built on it keeps its numbers.
     */
    private HasilImpor terapkanPerubahan(long kecamatanId, Pratinjauan hasil, String dasar) {
        PratinjauImpor pratinjau = hasil.pratinjau();
        ValidasiImpor.Rencana rencana = hasil.rencana();
        String alasan = dasar == null || dasar.isBlank() ? null : dasar.strip();
        if (alasan == null) {
            throw new AturanDilanggarException(Pesan.get("renstra.dasarWajib", pratinjau.perubahanKe()));
        }
        BatasTeks.periksa(alasan, BatasTeks.URAIAN, Pesan.get("renstra.namaDasar"));
        Renstra lama = renstraRepo.findForUpdateBerlaku(kecamatanId, rencana.tahunAwal()).orElseThrow();
        lama.berlaku = false;
        renstraRepo.saveAndFlush(lama);
        Renstra baru = renstraRepo.saveAndFlush(lama.perubahan(rencana.tahunAkhir(), alasan, clock.instant(), oleh()));
        penyimpan.simpan(baru, rencana);
        audit.catat(kecamatanId, "PERUBAHAN", "Renstra", baru.tahunAwal + "-" + baru.tahunAkhir,
                "perubahan ke-" + lama.perubahanKe + ": " + ringkasIsi(lama.id),
                "perubahan ke-" + baru.perubahanKe + ": " + ringkasIsi(baru.id) + " (" + pratinjau.jumlah(PratinjauImpor.Jenis.DITAMBAH)
                        + " ditambah, " + pratinjau.jumlah(PratinjauImpor.Jenis.DIUBAH) + " diubah, "
                        + pratinjau.jumlah(PratinjauImpor.Jenis.DIHAPUS) + " dihapus); dasar: " + alasan);
        return hasil(baru, rencana);
    }

    private static HasilImpor hasil(Renstra renstra, ValidasiImpor.Rencana rencana) {
        return new HasilImpor(renstra.id, renstra.tahunAwal, renstra.tahunAkhir, hitung(rencana, Tingkat.PROGRAM),
                hitung(rencana, Tingkat.KEGIATAN), hitung(rencana, Tingkat.SUB_KEGIATAN), rencana.tujuan().size(),
                rencana.peringatan());
    }

    /** The preview and the checked file it was computed from. */
    private record Pratinjauan(PratinjauImpor pratinjau, ValidasiImpor.Rencana rencana) {
    }

    /** @param kunci lock the stored Renstra of the period until the transaction ends (the apply) */
    private Pratinjauan pratinjau(long kecamatanId, RenstraBerkas berkas, boolean kunci) {
        KecamatanData kecamatan = organisasi.kecamatan(kecamatanId);
        akses.wajibKelola(kecamatan.id());
        ValidasiImpor.Rencana rencana = ValidasiImpor.periksa(berkas, new ValidasiImpor.AturanKecamatan(
                unitPerKode(kecamatanId), organisasi.pakaiAktivitas(kecamatanId), organisasi.aturanLokasi(kecamatanId)),
                sumberDana.pemeriksa());
        // the version in force is compared with (and, on apply, locked): a perubahan follows the latest version
        Optional<Renstra> ada = kunci
                ? renstraRepo.findForUpdateBerlaku(kecamatanId, rencana.tahunAwal())
                : renstraRepo.findByKecamatanIdAndTahunAwalAndBerlakuTrue(kecamatanId, rencana.tahunAwal());
        List<Nomenklatur> lama = ada.map(r -> nomenklaturRepo.findByRenstraIdOrderByUrutan(r.id)).orElse(List.of());
        List<TujuanSasaran> lamaTujuan = ada.map(r -> tujuanRepo.findByRenstraIdOrderByUrutan(r.id)).orElse(List.of());
        AktivitasData.AktivitasRenstraIsi lamaAktivitas = ada.map(r -> aktivitas.isi(r.id))
                .orElseGet(() -> new AktivitasData.AktivitasRenstraIsi(Map.of(), Map.of()));
        PerbandinganRenstra.Hasil beda = PerbandinganRenstra.banding(ada.orElse(null), lama, lamaTujuan, rencana,
                organisasi.namaUnit(kecamatanId), lamaAktivitas);
        Integer perubahanKe = null;
        String halangan;
        if (ada.isEmpty() && !renstraRepo.findByKecamatanIdAndTahunAwalOrderByPerubahanKe(kecamatanId, rencana.tahunAwal()).isEmpty()) {
            // versions of the period but none in force: another perubahan was stored while this apply waited for
            // the lock (the version it locked is no longer in force); the user previews again
            throw new AturanDilanggarException(Pesan.get("renstra.imporSudahBerubah"));
        } else if (ada.isEmpty()) {
            halangan = tumpangTindih(kecamatanId, rencana);
        } else {
            List<PemakaiRenstra.Pemakai> semua = pemakaiPeriode(ada.get());
            if (semua.stream().anyMatch(p -> !p.rancangan())) {
                perubahanKe = ada.get().perubahanKe + 1;
                halangan = halanganTahun(semua, rencana);
            } else {
                halangan = halangan(semua, rencana, beda);
            }
        }
        String sidik = PerbandinganRenstra.sidik(ada.orElse(null), lama, lamaTujuan, lamaAktivitas);
        // a preview of an in-place replacement is not applied as a perubahan (or the other way round) unseen
        return new Pratinjauan(new PratinjauImpor(rencana.tahunAwal(), rencana.tahunAkhir(), ada.isEmpty(),
                beda.perubahan(), beda.tidakBerubah(), beda.totalSebelum(), beda.totalSesudah(), rencana.peringatan(),
                halangan, perubahanKe == null ? sidik : "P" + perubahanKe + "-" + sidik, perubahanKe), rencana);
    }

    /** Every plan built on any version of this Renstra's period. */
    private List<PemakaiRenstra.Pemakai> pemakaiPeriode(Renstra renstra) {
        return renstraRepo.findByKecamatanIdAndTahunAwalOrderByPerubahanKe(renstra.kecamatanId, renstra.tahunAwal).stream()
                .flatMap(r -> pemakai.stream().flatMap(p -> p.pemakai(r.id).stream())).toList();
    }

    /**
     * Why the Renstra in force may not be replaced in place by this file (every Renja of the period still a draft):
     * the file removes rows or years a Renja uses.
     */
    private String halangan(List<PemakaiRenstra.Pemakai> semua, ValidasiImpor.Rencana rencana,
            PerbandinganRenstra.Hasil beda) {
        for (PemakaiRenstra.Pemakai p : semua) {
            List<String> dipakai = beda.dihapus().stream().filter(n -> p.nomenklaturId().contains(n.id))
                    .map(n -> n.kode).toList();
            if (!dipakai.isEmpty()) {
                return Pesan.get("renstra.imporBarisDipakai", String.join(", ", dipakai), p.nama());
            }
        }
        return halanganTahun(semua, rencana);
    }

    /**
     * A Renstra Perubahan may drop rows (the older version keeps them for the Renja built on it) but not the year of
     * a Renja of the period: that year would have no Renstra in force.
     */
    private static String halanganTahun(List<PemakaiRenstra.Pemakai> semua, ValidasiImpor.Rencana rencana) {
        for (PemakaiRenstra.Pemakai p : semua) {
            if (p.tahun() < rencana.tahunAwal() || p.tahun() > rencana.tahunAkhir()) {
                return Pesan.get("renstra.imporTahunDipakai", p.nama(), rencana.tahunAwal(), rencana.tahunAkhir());
            }
        }
        return null;
    }

    /** A new period may not overlap another Renstra of the kecamatan: a year would have two plans in force. */
    private String tumpangTindih(long kecamatanId, ValidasiImpor.Rencana rencana) {
        return renstraRepo.findByKecamatanIdAndBerlakuTrueOrderByTahunAwalDesc(kecamatanId).stream()
                .filter(r -> r.tahunAwal <= rencana.tahunAkhir() && rencana.tahunAwal() <= r.tahunAkhir)
                .findFirst()
                .map(r -> Pesan.get("renstra.imporTumpangTindih", rencana.tahunAwal(), rencana.tahunAkhir(), r.tahunAwal,
                        r.tahunAkhir))
                .orElse(null);
    }

    // ---- template ----

    /**
     * The XLSX template for a period of 3 to 5 years, filled with the kecamatan's Renstra of that period when there
     * is one (then its own end year counts, whatever {@code tahunAkhir} says).
     */
    @Transactional(readOnly = true)
    public byte[] templateXlsx(long kecamatanId, int tahunAwal, int tahunAkhir) {
        KecamatanData kecamatan = organisasi.kecamatan(kecamatanId);
        akses.wajibBaca(kecamatan.id(), kecamatan.kabupatenId());
        List<UnitData> unit = organisasi.unit(kecamatanId);
        Optional<Renstra> ada = renstraRepo.findByKecamatanIdAndTahunAwalAndBerlakuTrue(kecamatanId, tahunAwal);
        int akhir = ada.map(r -> r.tahunAkhir).orElse(tahunAkhir);
        if (!ValidasiImpor.periodeSah(tahunAwal, akhir)) {
            throw new AturanDilanggarException(Pesan.get("renstra.periodeTemplat", ValidasiImpor.PERIODE_TERPENDEK,
                    ValidasiImpor.PERIODE_TERPANJANG));
        }
        RenstraLengkap isi = ada.map(r -> renstraService.lengkap(r.id)).orElse(null);
        return TemplateXlsx.tulis(tahunAwal, akhir, unit, isi, ada.map(r -> aktivitas.isi(r.id)).orElse(null));
    }

    // ---- helpers ----

    /** Who stores a version: the signed-in user, or the system (the demo data at startup). */
    private String oleh() {
        return akses.penggunaOpsional().map(p -> p.getUsername()).orElse("sistem");
    }

    private Map<String, Long> unitPerKode(long kecamatanId) {
        return organisasi.unit(kecamatanId).stream()
                .collect(Collectors.toMap(u -> u.kode().toUpperCase(Locale.ROOT), UnitData::id));
    }

    private static int hitung(ValidasiImpor.Rencana rencana, Tingkat tingkat) {
        return (int) rencana.nomenklatur().stream().filter(i -> i.tingkat() == tingkat).count();
    }

    private String ringkasIsi(long renstraId) {
        List<Nomenklatur> semua = nomenklaturRepo.findByRenstraIdOrderByUrutan(renstraId);
        long pagu = Rupiah.jumlah(semua.stream().filter(n -> n.tingkat == Tingkat.SUB_KEGIATAN)
                .flatMap(n -> n.nilai.values().stream()).map(NilaiTahun::pagu).toList());
        return semua.size() + " baris nomenklatur, " + tujuanRepo.findByRenstraIdOrderByUrutan(renstraId).size()
                + " tujuan/sasaran, total pagu " + FormatIndonesia.rupiah(pagu);
    }
}
