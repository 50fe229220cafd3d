package id.sipeka.renstra;

import id.sipeka.audit.AuditService;
import id.sipeka.base.AturanDilanggarException;
import id.sipeka.base.FormatIndonesia;
import id.sipeka.base.Pesan;
import id.sipeka.base.Rupiah;
import id.sipeka.organisasi.OrganisasiData.KecamatanData;
import id.sipeka.organisasi.OrganisasiData.UnitData;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.renstra.RenstraData.RenstraLengkap;
import id.sipeka.security.Akses;
import java.io.InputStream;
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
 * Renstra only while every Renja built on it is still being drafted and keeps every row such a Renja uses; otherwise
 * it is refused with the reason. Only the sekcam (or admin) imports.
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

    ImporRenstraService(AktivitasRenstraService aktivitas, RenstraRepository renstraRepo, NomenklaturRepository nomenklaturRepo,
            TujuanSasaranRepository tujuanRepo, PenyimpanImporRenstra penyimpan, RenstraService renstraService,
            List<PemakaiRenstra> pemakai, SumberDanaService sumberDana,
            OrganisasiService organisasi, Akses akses, AuditService audit) {
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
        return terapkan(kecamatanId, BacaXlsx.baca(xlsx), sidik);
    }

    public HasilImpor terapkanJson(long kecamatanId, JsonNode json, String sidik) {
        return terapkan(kecamatanId, BacaJson.baca(json), sidik);
    }

    /** Checks and stores in one step, without a preview (the REST import, the demo data). */
    public HasilImpor imporXlsx(long kecamatanId, InputStream xlsx) {
        return terapkan(kecamatanId, BacaXlsx.baca(xlsx), null);
    }

    public HasilImpor imporJson(long kecamatanId, JsonNode json) {
        return terapkan(kecamatanId, BacaJson.baca(json), null);
    }

    HasilImpor terapkan(long kecamatanId, RenstraBerkas berkas, String sidik) {
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
        Renstra renstra = renstraRepo.findByKecamatanIdAndTahunAwal(kecamatanId, rencana.tahunAwal())
                .orElseGet(() -> renstraRepo.save(new Renstra(kecamatanId, rencana.tahunAwal(), rencana.tahunAkhir())));
        String lama = pratinjau.baru() ? null : ringkasIsi(renstra.id);
        penyimpan.simpan(renstra, rencana);
        renstra.tahunAkhir = rencana.tahunAkhir();
        renstraRepo.saveAndFlush(renstra);
        audit.catat(kecamatanId, "IMPOR", "Renstra", renstra.tahunAwal + "-" + renstra.tahunAkhir, lama,
                ringkasIsi(renstra.id) + " (" + pratinjau.jumlah(PratinjauImpor.Jenis.DITAMBAH) + " ditambah, "
                        + pratinjau.jumlah(PratinjauImpor.Jenis.DIUBAH) + " diubah, "
                        + pratinjau.jumlah(PratinjauImpor.Jenis.DIHAPUS) + " dihapus)");
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
        Optional<Renstra> ada = kunci
                ? renstraRepo.findForUpdateByKecamatanIdAndTahunAwal(kecamatanId, rencana.tahunAwal())
                : renstraRepo.findByKecamatanIdAndTahunAwal(kecamatanId, rencana.tahunAwal());
        List<Nomenklatur> lama = ada.map(r -> nomenklaturRepo.findByRenstraIdOrderByUrutan(r.id)).orElse(List.of());
        List<TujuanSasaran> lamaTujuan = ada.map(r -> tujuanRepo.findByRenstraIdOrderByUrutan(r.id)).orElse(List.of());
        PerbandinganRenstra.Hasil beda = PerbandinganRenstra.banding(ada.orElse(null), lama, lamaTujuan, rencana,
                organisasi.namaUnit(kecamatanId));
        String halangan = ada.isPresent() ? halangan(ada.get(), rencana, beda) : tumpangTindih(kecamatanId, rencana);
        return new Pratinjauan(new PratinjauImpor(rencana.tahunAwal(), rencana.tahunAkhir(), ada.isEmpty(),
                beda.perubahan(), beda.tidakBerubah(), beda.totalSebelum(), beda.totalSesudah(), rencana.peringatan(),
                halangan, PerbandinganRenstra.sidik(ada.orElse(null), lama, lamaTujuan)), rencana);
    }

    /**
     * Why the stored Renstra may not be replaced by this file: a Renja built on it has left its draft (its numbers
     * are being decided on), or the file removes rows or years a Renja uses.
     */
    private String halangan(Renstra renstra, ValidasiImpor.Rencana rencana, PerbandinganRenstra.Hasil beda) {
        List<PemakaiRenstra.Pemakai> semua = pemakai.stream().flatMap(p -> p.pemakai(renstra.id).stream()).toList();
        for (PemakaiRenstra.Pemakai p : semua) {
            if (!p.rancangan()) {
                return Pesan.get("renstra.imporTerkunci", p.nama(), p.tahap());
            }
        }
        for (PemakaiRenstra.Pemakai p : semua) {
            List<String> dipakai = beda.dihapus().stream().filter(n -> p.nomenklaturId().contains(n.id))
                    .map(n -> n.kode).toList();
            if (!dipakai.isEmpty()) {
                return Pesan.get("renstra.imporBarisDipakai", String.join(", ", dipakai), p.nama());
            }
            if (p.tahun() < rencana.tahunAwal() || p.tahun() > rencana.tahunAkhir()) {
                return Pesan.get("renstra.imporTahunDipakai", p.nama(), rencana.tahunAwal(), rencana.tahunAkhir());
            }
        }
        return null;
    }

    /** A new period may not overlap another Renstra of the kecamatan: a year would have two plans in force. */
    private String tumpangTindih(long kecamatanId, ValidasiImpor.Rencana rencana) {
        return renstraRepo.findByKecamatanIdOrderByTahunAwalDesc(kecamatanId).stream()
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
        Optional<Renstra> ada = renstraRepo.findByKecamatanIdAndTahunAwal(kecamatanId, tahunAwal);
        int akhir = ada.map(r -> r.tahunAkhir).orElse(tahunAkhir);
        if (!ValidasiImpor.periodeSah(tahunAwal, akhir)) {
            throw new AturanDilanggarException(Pesan.get("renstra.periodeTemplat", ValidasiImpor.PERIODE_TERPENDEK,
                    ValidasiImpor.PERIODE_TERPANJANG));
        }
        RenstraLengkap isi = ada.map(r -> renstraService.lengkap(r.id)).orElse(null);
        return TemplateXlsx.tulis(tahunAwal, akhir, unit, isi, ada.map(r -> aktivitas.isi(r.id)).orElse(null));
    }

    // ---- helpers ----

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
