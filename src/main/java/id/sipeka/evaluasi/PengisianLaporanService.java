package id.sipeka.evaluasi;

import id.sipeka.audit.AuditService;
import id.sipeka.base.AturanDilanggarException;
import id.sipeka.base.BatasTeks;
import id.sipeka.base.DataTidakDitemukanException;
import id.sipeka.base.FormatIndonesia;
import id.sipeka.base.Kuantitas;
import id.sipeka.base.Pesan;
import id.sipeka.base.Rupiah;
import id.sipeka.base.UlangSaatTabrakan;
import id.sipeka.evaluasi.EvaluasiData.BarisLaporan;
import id.sipeka.evaluasi.EvaluasiData.BuktiData;
import id.sipeka.evaluasi.EvaluasiData.KegiatanData;
import id.sipeka.evaluasi.EvaluasiData.UbahLaporanBaris;
import id.sipeka.evaluasi.EvaluasiData.IndikatorLainLaporan;
import java.util.stream.Collectors;
import java.util.TreeMap;
import java.util.Map;
import id.sipeka.organisasi.OrganisasiData.DesaData;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.security.Akses;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.HashSet;
import java.util.Set;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A unit fills its laporan evaluasi: a staf or the head saves each sub kegiatan's realisasi, kendala and tindak
 * lanjut, its kegiatan and evidence, while the unit's "Isi laporan" task is open; the head submits it.
 */
@Service
public class PengisianLaporanService {

    private final LaporanBarisRepository barisRepo;
    private final LaporanKegiatanRepository kegiatanRepo;
    private final PenyimpananBukti bukti;
    private final SumberRenja sumber;
    private final OrganisasiService organisasi;
    private final EvaluasiQueryService baca;
    private final Akses akses;
    private final AuditService audit;
    private final ApplicationEventPublisher events;
    private final ProsesEvaluasi proses;
    private final Clock clock;
    private final UlangSaatTabrakan ulang;

    PengisianLaporanService(LaporanBarisRepository barisRepo, LaporanKegiatanRepository kegiatanRepo,
            PenyimpananBukti bukti, SumberRenja sumber, OrganisasiService organisasi, EvaluasiQueryService baca,
            Akses akses, AuditService audit, ApplicationEventPublisher events, ProsesEvaluasi proses, Clock clock,
            UlangSaatTabrakan ulang) {
        this.barisRepo = barisRepo;
        this.kegiatanRepo = kegiatanRepo;
        this.bukti = bukti;
        this.sumber = sumber;
        this.organisasi = organisasi;
        this.baca = baca;
        this.akses = akses;
        this.audit = audit;
        this.events = events;
        this.proses = proses;
        this.clock = clock;
        this.ulang = ulang;
    }

    /** A staf or the head of the unit saves one sub kegiatan's realisasi, kendala and tindak lanjut. */
    @Transactional
    public BarisLaporan simpanBaris(UbahLaporanBaris ubah) {
        Isian isian = isianUntukDiubah(ubah.id());
        LaporanBaris b = isian.baris();
        LaporanEvaluasi l = isian.laporan();
        EvaluasiTriwulan e = isian.evaluasi();
        if (b.version != ubah.version()) {
            throw new ObjectOptimisticLockingFailureException(LaporanBaris.class, b.id);
        }
        if (negatif(ubah.realisasiKinerja()) || (ubah.realisasiRp() != null && ubah.realisasiRp() < 0)) {
            throw new AturanDilanggarException(Pesan.get("evaluasi.negatif"));
        }
        BigDecimal realisasi = Kuantitas.periksa(ubah.realisasiKinerja(), Pesan.get("laporanBarisDialog.realisasi"));
        Map<Integer, BigDecimal> realisasiLain = new TreeMap<>();
        ubah.realisasiLain().forEach((urutan, nilai) -> {
            if (negatif(nilai)) {
                throw new AturanDilanggarException(Pesan.get("evaluasi.negatif"));
            }
            realisasiLain.put(urutan, Kuantitas.periksa(nilai, Pesan.get("laporanBarisDialog.realisasiIndikatorKe", urutan)));
        });
        Rupiah.periksa(ubah.realisasiRp(), Pesan.get("laporanBarisDialog.realisasiRp"));
        BatasTeks.periksa(ubah.kendala(), BatasTeks.KENDALA, Pesan.get("laporanBarisDialog.kendala"));
        BatasTeks.periksa(ubah.tindakLanjut(), BatasTeks.KENDALA, Pesan.get("laporanBarisDialog.tindakLanjut"));
        BatasTeks.periksa(ubah.catatanKeuangan(), BatasTeks.CATATAN_KEUANGAN, Pesan.get("laporanBarisDialog.catatanKeuangan"));
        String lama = ringkasBaris(b);
        b.realisasiKinerja = realisasi;
        b.realisasiRp = ubah.realisasiRp();
        b.kendala = bersih(ubah.kendala());
        b.tindakLanjut = bersih(ubah.tindakLanjut());
        b.catatanKeuangan = bersih(ubah.catatanKeuangan());
        realisasiLain.forEach((urutan, nilai) -> {
            if (nilai == null) {
                b.realisasiLain.remove(urutan);
            } else {
                b.realisasiLain.put(urutan, nilai);
            }
        });
        barisRepo.flush(); // the new version; a refusal below rolls the whole change back
        BarisLaporan dihitung = baca.susun(e, l).baris().stream().filter(x -> x.id() == b.id).findFirst().orElseThrow();
        Set<Integer> ada = dihitung.indikatorLain().stream().map(IndikatorLainLaporan::urutan).collect(Collectors.toSet());
        if (!ada.containsAll(realisasiLain.keySet())) {
            throw new AturanDilanggarException(Pesan.get("evaluasi.indikatorLainTidakAda", b.kode));
        }
        if (dihitung.melebihiAnggaran() && b.catatanKeuangan == null) {
            throw new AturanDilanggarException(Pesan.get("evaluasi.melebihiAnggaran", b.kode,
                    FormatIndonesia.rupiah(dihitung.realisasiRpSd()), FormatIndonesia.rupiah(dihitung.anggaran())));
        }
        audit.catat(e.kecamatanId, "UBAH", "LaporanBaris", l.id + ":" + b.kode, lama, ringkasBaris(b));
        return dihitung;
    }

    @Transactional
    public KegiatanData tambahKegiatan(long laporanBarisId, KegiatanData kegiatan) {
        Isian isian = isianUntukDiubah(laporanBarisId);
        LaporanBaris b = isian.baris();
        LaporanEvaluasi l = isian.laporan();
        EvaluasiTriwulan e = isian.evaluasi();
        if (kegiatan.tanggal() == null || kegiatan.desa() == null || kegiatan.desa().isBlank() || kegiatan.uraian() == null
                || kegiatan.uraian().isBlank()) {
            throw new AturanDilanggarException(Pesan.get("validasi.wajibIsi", "Tanggal, desa dan uraian kegiatan"));
        }
        BatasTeks.periksa(kegiatan.desa(), BatasTeks.LOKASI, Pesan.get("laporanBarisDialog.desa"));
        BatasTeks.periksa(kegiatan.uraian(), BatasTeks.CATATAN_KEUANGAN, Pesan.get("laporanBarisDialog.uraian"));
        if (kegiatan.tanggal().getYear() != e.tahun) {
            throw new AturanDilanggarException(Pesan.get("evaluasi.tanggalLuarTahun", e.tahun));
        }
        Set<String> desa = new HashSet<>();
        organisasi.desa(e.kecamatanId).stream().map(DesaData::nama).forEach(desa::add);
        desa.add("Kecamatan " + organisasi.kecamatan(e.kecamatanId).nama());
        if (!desa.contains(kegiatan.desa().strip())) {
            throw new AturanDilanggarException(Pesan.get("evaluasi.desaTidakSah", kegiatan.desa().strip()));
        }
        LaporanKegiatan k = new LaporanKegiatan();
        k.laporanBarisId = b.id;
        k.tanggal = kegiatan.tanggal();
        k.desa = kegiatan.desa().strip();
        k.uraian = kegiatan.uraian().strip();
        kegiatanRepo.save(k);
        audit.catat(e.kecamatanId, "TAMBAH", "LaporanKegiatan", l.id + ":" + b.kode, null, k.tanggal + " " + k.desa + ": " + k.uraian);
        return new KegiatanData(k.id, k.tanggal, k.desa, k.uraian);
    }

    @Transactional
    public void hapusKegiatan(long kegiatanId) {
        LaporanKegiatan k = kegiatanRepo.findById(kegiatanId).orElseThrow();
        Isian isian = isianUntukDiubah(k.laporanBarisId);
        LaporanBaris b = isian.baris();
        LaporanEvaluasi l = isian.laporan();
        EvaluasiTriwulan e = isian.evaluasi();
        kegiatanRepo.delete(k);
        audit.catat(e.kecamatanId, "HAPUS", "LaporanKegiatan", l.id + ":" + b.kode, k.tanggal + " " + k.desa + ": " + k.uraian, null);
    }

    @Transactional
    public BuktiData unggahBukti(long laporanBarisId, String nama, byte[] isi) {
        Isian isian = isianUntukDiubah(laporanBarisId);
        LaporanBaris b = isian.baris();
        LaporanEvaluasi l = isian.laporan();
        EvaluasiTriwulan e = isian.evaluasi();
        BuktiData data = bukti.simpan(b.id, nama, isi, akses.pengguna().getUsername());
        audit.catat(e.kecamatanId, "TAMBAH", "LaporanBukti", l.id + ":" + b.kode, null, data.nama() + " sha256=" + data.sha256());
        return data;
    }

    @Transactional
    public void hapusBukti(long buktiId) {
        long barisId = bukti.barisDari(buktiId).orElseThrow(DataTidakDitemukanException::new);
        Isian isian = isianUntukDiubah(barisId);
        LaporanBaris b = isian.baris();
        LaporanEvaluasi l = isian.laporan();
        EvaluasiTriwulan e = isian.evaluasi();
        bukti.hapus(buktiId);
        audit.catat(e.kecamatanId, "HAPUS", "LaporanBukti", l.id + ":" + b.kode, String.valueOf(buktiId), null);
    }

    /** The unit head submits the report: every row has its realisasi kinerja and keuangan. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void ajukan(long laporanId) {
        ulang.jalankan(() -> {
            EvaluasiTriwulan e = baca.bacaUntukLangkah(baca.evaluasiDari(laporanId));
            LaporanEvaluasi l = baca.bacaLaporan(laporanId);
            if (!akses.kepalaUnitDi(e.kecamatanId, l.unitKerjaId)) {
                throw new AccessDeniedException(Pesan.get("evaluasi.hanyaKepalaUnit"));
            }
            ProsesEvaluasi.Tugas tugas = proses.wajibIsiLaporan(e.id, l.unitKerjaId);
            long belum = barisRepo.findByLaporanIdOrderByKode(l.id).stream()
                    .filter(b -> b.realisasiKinerja == null || b.realisasiRp == null).count();
            if (belum > 0) {
                throw new AturanDilanggarException(Pesan.get("evaluasi.belumLengkap", belum));
            }
            var saya = akses.pengguna();
            l.ajukan(saya.getUsername(), saya.nama(), saya.jabatanPada(akses.hariIni()), clock.instant());
            proses.selesaikan(tugas);
            audit.catat(e.kecamatanId, "AJUKAN", "LaporanEvaluasi", l.id, null, null);
            events.publishEvent(new LaporanDiajukan(e.kecamatanId, e.id, l.id, l.unitKerjaId));
        });
    }

    /** A report row with its report and quarter, for a change by the unit (checked by {@link #wajibBolehIsi}). */
    private record Isian(EvaluasiTriwulan evaluasi, LaporanEvaluasi laporan, LaporanBaris baris) {
    }

    private Isian isianUntukDiubah(long laporanBarisId) {
        LaporanBaris b = barisRepo.findById(laporanBarisId)
                .orElseThrow(DataTidakDitemukanException::new);
        LaporanEvaluasi l = baca.bacaLaporan(b.laporanId);
        EvaluasiTriwulan e = baca.baca(l.evaluasiId);
        wajibBolehIsi(e, l);
        return new Isian(e, l, b);
    }

    private void wajibBolehIsi(EvaluasiTriwulan e, LaporanEvaluasi l) {
        if (!akses.anggotaUnitDi(e.kecamatanId, l.unitKerjaId)) {
            throw new AccessDeniedException(Pesan.get("akses.unitLain"));
        }
        if (l.ditandatangani()) {
            throw new AturanDilanggarException(Pesan.get("evaluasi.sudahDitandatangani"));
        }
        if (proses.isiLaporan(e.id, l.unitKerjaId).isEmpty()) {
            throw new AturanDilanggarException(Pesan.get("evaluasi.tidakDapatDiubah"));
        }
    }

    private static String bersih(String teks) {
        return teks == null || teks.isBlank() ? null : teks.strip();
    }

    private static boolean negatif(BigDecimal v) {
        return v != null && v.signum() < 0;
    }

    private static String ringkasBaris(LaporanBaris b) {
        return "realisasi=" + b.realisasiKinerja + (b.realisasiLain.isEmpty() ? "" : "; realisasi lain=" + b.realisasiLain)
                + "; rp=" + b.realisasiRp + "; kendala=" + b.kendala
                + "; tindakLanjut=" + b.tindakLanjut + "; catatanKeuangan=" + b.catatanKeuangan;
    }
}
