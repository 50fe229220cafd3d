package id.sipeka.evaluasi;

import id.sipeka.audit.AuditService;
import id.sipeka.base.AturanDilanggarException;
import id.sipeka.base.DataTidakDitemukanException;
import id.sipeka.base.FormatIndonesia;
import id.sipeka.base.Pesan;
import id.sipeka.evaluasi.PratinjauLra.BarisLra;
import id.sipeka.evaluasi.PratinjauLra.Status;
import id.sipeka.renstra.ImporDitolakException;
import id.sipeka.security.Akses;
import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Realisasi keuangan in bulk: the finance office's budget realisation report (LRA) of a quarter prefills the amount of
 * every sub kegiatan row of the units' reports still being filled. Each unit still reviews its rows, adds what the
 * LRA does not hold (realisasi kinerja, kendala) and submits its own report; nothing is submitted for it. Only the
 * sekcam of the kecamatan (or the admin) imports, while the quarter runs, and always through a preview first.
 */
@Service
public class ImporLraService {

    private final EvaluasiTriwulanRepository evaluasiRepo;
    private final LaporanEvaluasiRepository laporanRepo;
    private final LaporanBarisRepository barisRepo;
    private final SumberRenja sumber;
    private final Akses akses;
    private final AuditService audit;

    ImporLraService(EvaluasiTriwulanRepository evaluasiRepo, LaporanEvaluasiRepository laporanRepo,
            LaporanBarisRepository barisRepo, SumberRenja sumber, Akses akses, AuditService audit) {
        this.evaluasiRepo = evaluasiRepo;
        this.laporanRepo = laporanRepo;
        this.barisRepo = barisRepo;
        this.sumber = sumber;
        this.akses = akses;
        this.audit = audit;
    }

    /**
     * Whether the signed-in user may import an LRA into this quarter now: false for anyone but its sekcam and the
     * admin (a kabupaten's viewer reading the quarter included), so the screen can ask whoever looks.
     */
    @Transactional(readOnly = true)
    public boolean boleh(long evaluasiId) {
        return evaluasiRepo.findById(evaluasiId)
                .map(e -> akses.bolehKelola(e.kecamatanId) && e.status == StatusEvaluasi.BERJALAN).orElse(false);
    }

    /** What the file would fill; nothing is stored. */
    @Transactional(readOnly = true)
    public PratinjauLra pratinjau(long evaluasiId, byte[] xlsx) {
        EvaluasiTriwulan e = evaluasiRepo.findById(evaluasiId).orElseThrow(DataTidakDitemukanException::new);
        wajibBoleh(e);
        return susun(e, xlsx);
    }

    /**
     * Fills the previewed file's amounts, all in one transaction (a unit saving a row at the same moment makes the
     * whole import fail with the usual "changed by someone else" message, and nothing is filled).
     *
     * @param sidik the preview's {@link PratinjauLra#sidik()}: another file is refused
     * @return how many rows were filled, in how many reports
     */
    @Transactional
    public HasilLra terapkan(long evaluasiId, byte[] xlsx, String sidik) {
        EvaluasiTriwulan e = evaluasiRepo.kunci(evaluasiId).orElseThrow(DataTidakDitemukanException::new);
        wajibBoleh(e);
        PratinjauLra p = susun(e, xlsx);
        if (!p.sidik().equals(sidik)) {
            throw new AturanDilanggarException(Pesan.get("lra.berkasBerbeda"));
        }
        if (!p.masalah().isEmpty()) {
            throw new ImporDitolakException(p.masalah());
        }
        Map<String, Isian> isian = isian(e);
        Map<Long, List<String>> perLaporan = new HashMap<>();
        for (BarisLra b : p.baris()) {
            if (b.status() != Status.DIISI) {
                continue;
            }
            Isian x = isian.get(b.kode());
            x.baris().realisasiRp = b.realisasiTriwulan();
            perLaporan.computeIfAbsent(x.laporan().id, k -> new ArrayList<>())
                    .add(b.kode() + " " + FormatIndonesia.rupiah(b.realisasiTriwulan()));
        }
        barisRepo.flush();
        perLaporan.forEach((laporanId, isi) -> audit.catat(e.kecamatanId, "IMPOR_LRA", "LaporanEvaluasi", laporanId, null,
                "TW " + e.triwulan + " " + e.tahun + " | " + p.lembar() + " | " + String.join("; ", isi)));
        return new HasilLra(perLaporan.values().stream().mapToInt(List::size).sum(), perLaporan.size());
    }

    /** What an import filled. */
    public record HasilLra(int baris, int laporan) {
    }

    private void wajibBoleh(EvaluasiTriwulan e) {
        akses.wajibKelola(e.kecamatanId);
        if (e.status != StatusEvaluasi.BERJALAN) {
            throw new AturanDilanggarException(Pesan.get("lra.triwulanSelesai"));
        }
    }

    private record Isian(LaporanEvaluasi laporan, LaporanBaris baris) {
    }

    /** Every row of the quarter's reports, by sub kegiatan code. */
    private Map<String, Isian> isian(EvaluasiTriwulan e) {
        Map<Long, LaporanEvaluasi> laporan = laporanRepo.findByEvaluasiIdOrderByUnitKerjaId(e.id).stream()
                .collect(Collectors.toMap(l -> l.id, l -> l));
        Map<String, Isian> hasil = new HashMap<>();
        if (!laporan.isEmpty()) {
            barisRepo.findByLaporanIdIn(laporan.keySet()).forEach(b -> hasil.put(b.kode, new Isian(laporan.get(b.laporanId), b)));
        }
        return hasil;
    }

    private PratinjauLra susun(EvaluasiTriwulan e, byte[] xlsx) {
        BacaLra.Hasil berkas = BacaLra.baca(new ByteArrayInputStream(xlsx));
        Map<String, Isian> isian = isian(e);
        Map<Long, String> unit = sumber.namaUnit(e.kecamatanId);
        Map<String, String> nama = sumber.baris(e.renjaId).stream()
                .collect(Collectors.toMap(SumberRenja.Baris::kode, SumberRenja.Baris::nama, (a, b) -> a));
        Sebelumnya sebelumnya = berkas.kumulatif() ? sebelumnya(e) : null;
        List<BarisLra> baris = new ArrayList<>();
        for (BacaLra.Baris b : berkas.baris()) {
            Isian x = isian.get(b.kode());
            String uraian = b.uraian().isBlank() ? nama.getOrDefault(b.kode(), "") : b.uraian();
            if (x == null) {
                baris.add(new BarisLra(b.nomor(), b.kode(), uraian, null, "", b.realisasi(), null, null, Status.TIDAK_DI_RENJA));
                continue;
            }
            Long unitId = x.laporan().unitKerjaId;
            String unitNama = unit.getOrDefault(unitId, "");
            Long sekarang = x.baris().realisasiRp;
            Long triwulan = b.realisasi();
            Status status;
            if (sebelumnya != null && !sebelumnya.lengkap(b.kode())) {
                triwulan = null;
                status = Status.TRIWULAN_SEBELUM_BELUM_FINAL;
            } else {
                triwulan = sebelumnya == null ? b.realisasi() : b.realisasi() - sebelumnya.jumlah(b.kode());
                status = triwulan < 0 ? Status.KURANG_DARI_SEBELUMNYA
                        : !x.laporan().dapatDiisi() ? Status.LAPORAN_TERKUNCI
                        : Objects.equals(sekarang, triwulan) ? Status.SAMA : Status.DIISI;
                if (status != Status.DIISI && status != Status.SAMA) {
                    triwulan = null;
                }
            }
            baris.add(new BarisLra(b.nomor(), b.kode(), uraian, unitId, unitNama, b.realisasi(), triwulan, sekarang, status));
        }
        return new PratinjauLra(e.id, e.tahun, e.triwulan, berkas.lembar(), berkas.kumulatif(), berkas.judulRealisasi(),
                baris, berkas.masalah(), sidik(xlsx));
    }

    /** The signed earlier quarters' amounts per code, and which codes have all of TW I … TW n−1 signed. */
    private record Sebelumnya(int perlu, Map<String, Long> jumlah, Map<String, Set<Integer>> triwulan) {
        boolean lengkap(String kode) {
            return triwulan.getOrDefault(kode, Set.of()).size() == perlu;
        }

        long jumlah(String kode) {
            return jumlah.getOrDefault(kode, 0L);
        }
    }

    private Sebelumnya sebelumnya(EvaluasiTriwulan e) {
        Map<String, Long> jumlah = new HashMap<>();
        Map<String, Set<Integer>> triwulan = new HashMap<>();
        for (EvaluasiTriwulan lalu : evaluasiRepo.findByKecamatanIdAndTahunOrderByTriwulan(e.kecamatanId, e.tahun)) {
            if (lalu.triwulan >= e.triwulan) {
                continue;
            }
            List<Long> ditandatangani = laporanRepo.findByEvaluasiIdOrderByUnitKerjaId(lalu.id).stream()
                    .filter(LaporanEvaluasi::ditandatangani).map(l -> l.id).toList();
            if (ditandatangani.isEmpty()) {
                continue;
            }
            for (LaporanBaris b : barisRepo.findByLaporanIdIn(ditandatangani)) {
                jumlah.merge(b.kode, b.realisasiRp == null ? 0L : b.realisasiRp, Math::addExact);
                triwulan.computeIfAbsent(b.kode, k -> new HashSet<>()).add(lalu.triwulan);
            }
        }
        return new Sebelumnya(e.triwulan - 1, jumlah, triwulan);
    }

    private static String sidik(byte[] isi) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(isi));
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
