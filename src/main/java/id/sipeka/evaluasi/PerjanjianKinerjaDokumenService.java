package id.sipeka.evaluasi;

import id.sipeka.audit.AuditService;
import id.sipeka.base.AturanDilanggarException;
import id.sipeka.base.DataTidakDitemukanException;
import id.sipeka.base.FormatIndonesia;
import id.sipeka.base.Nip;
import id.sipeka.base.Pesan;
import id.sipeka.dokumen.Dokumen;
import id.sipeka.dokumen.DokumenService;
import id.sipeka.dokumen.NaskahBerurutanData;
import id.sipeka.dokumen.NaskahBerurutanService;
import id.sipeka.dokumen.TandaTangan;
import id.sipeka.evaluasi.DokumenPerjanjianKinerja.Pihak;
import id.sipeka.evaluasi.EvaluasiData.Berkas;
import id.sipeka.evaluasi.EvaluasiData.PerjanjianKinerjaData;
import id.sipeka.organisasi.JenisUnit;
import id.sipeka.organisasi.OrganisasiData.KecamatanData;
import id.sipeka.organisasi.OrganisasiData.PegawaiData;
import id.sipeka.organisasi.OrganisasiData.UnitData;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.renja.JenisRenja;
import id.sipeka.renja.RenjaData.RenjaRingkas;
import id.sipeka.security.Akses;
import id.sipeka.security.Peran;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Perjanjian Kinerja of a unit as a signed document, signed in order on one PDF: the unit head (pihak pertama)
 * first, then the camat (pihak kedua) countersigns; the archive keeps the file with both signatures. A Renja
 * Perubahan, once ditetapkan, is a Renja of its own, so its PK is a new document titled "Perubahan", and the earlier
 * one stays in the archive.
 */
@Service
public class PerjanjianKinerjaDokumenService {

    private static final String PDF = "application/pdf";

    private final PerjanjianKinerjaService perjanjianKinerja;
    private final PerjanjianKinerjaRepository pkRepo;
    private final SumberRenja sumber;
    private final OrganisasiService organisasi;
    private final DokumenService dokumen;
    private final NaskahBerurutanService naskah;
    private final ProsesPerjanjianKinerja proses;
    private final Akses akses;
    private final AuditService audit;
    private final Clock clock;

    PerjanjianKinerjaDokumenService(PerjanjianKinerjaService perjanjianKinerja, PerjanjianKinerjaRepository pkRepo,
            SumberRenja sumber, OrganisasiService organisasi, DokumenService dokumen, NaskahBerurutanService naskah,
            ProsesPerjanjianKinerja proses, Akses akses, AuditService audit, Clock clock) {
        this.perjanjianKinerja = perjanjianKinerja;
        this.pkRepo = pkRepo;
        this.sumber = sumber;
        this.organisasi = organisasi;
        this.dokumen = dokumen;
        this.naskah = naskah;
        this.proses = proses;
        this.akses = akses;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Where the unit's PK document stands and what the signed-in user may do with it now: the unit head signs first,
     * the camat countersigns after. {@code naskah} is null before the unit head signed.
     */
    public record StatusPk(long renjaId, long unitKerjaId, NaskahBerurutanData naskah, boolean bolehTandatanganiPertama,
            boolean bolehTandatanganiKedua) {
    }

    @Transactional(readOnly = true)
    public StatusPk status(long renjaId, long unitId) {
        RenjaRingkas renja = sumber.wajibDitetapkan(renjaId);
        wajibBaca(renja.kecamatanId());
        NaskahBerurutanData n = naskah.naskahUntuk(renja.kecamatanId(), subjek(renjaId, unitId)).orElse(null);
        return new StatusPk(renjaId, unitId, n, n == null && akses.kepalaUnitDi(renja.kecamatanId(), unitId),
                n != null && !n.lengkap() && akses.punyaPeranDi(Peran.CAMAT, renja.kecamatanId()));
    }

    /**
     * The PKs of the Renja that the unit heads signed and that wait for the camat's countersignature: the camat's work
     * list, empty for anyone else of the kecamatan (nothing for them to sign).
     */
    @Transactional(readOnly = true)
    public List<StatusPk> menungguCamat(long renjaId) {
        RenjaRingkas renja = sumber.wajibDitetapkan(renjaId);
        wajibBaca(renja.kecamatanId());
        if (!akses.punyaPeranDi(Peran.CAMAT, renja.kecamatanId())) {
            return List.of();
        }
        return pkRepo.findByRenjaId(renjaId).stream()
                .flatMap(p -> naskah.naskahUntuk(renja.kecamatanId(), subjek(renjaId, p.unitKerjaId)).stream()
                        .map(n -> new StatusPk(renjaId, p.unitKerjaId, n, false, true)))
                .filter(s -> !s.naskah().lengkap()).toList();
    }

    /**
     * The unit head signs their PK as pihak pertama (which confirms it, if not confirmed yet). Only the head of that
     * very unit (or its Plt./Plh.), once per Renja; the camat's block is printed with the kecamatan's camat, who
     * countersigns next. Place and date printed are the kecamatan's seat and the day of signing.
     */
    @Transactional
    public StatusPk tandatanganiPertama(long renjaId, long unitId) {
        RenjaRingkas renja = sumber.wajibDitetapkan(renjaId);
        if (!akses.kepalaUnitDi(renja.kecamatanId(), unitId)) {
            throw new AccessDeniedException(Pesan.get("pk.hanyaKepalaUnitnya"));
        }
        var saya = akses.pengguna();
        if (naskah.naskahUntuk(renja.kecamatanId(), subjek(renjaId, unitId)).isPresent()) {
            throw new AturanDilanggarException(Pesan.get("pk.sudahDitandatangani"));
        }
        // signing confirms: the PK as shown and confirmed is the PK signed
        if (pkRepo.findByRenjaIdAndUnitKerjaId(renjaId, unitId).isEmpty()) {
            pkRepo.save(PerjanjianKinerja.dikonfirmasi(renjaId, unitId, clock.instant(), saya.getUsername(), saya.nama(),
                    saya.jabatanPada(akses.hariIni())));
        }
        PerjanjianKinerjaData data = perjanjianKinerja.perjanjianKinerja(renjaId, unitId);
        KecamatanData kec = organisasi.kecamatan(renja.kecamatanId());
        String tempat = kec.tempatSurat();
        LocalDate tanggal = akses.hariIni();
        UnitData unit = sumber.unit(renja.kecamatanId()).stream().filter(u -> u.id() == unitId).findFirst()
                .orElseThrow(DataTidakDitemukanException::new);
        TandaTangan pertama = dokumen.tandaTanganSaya(renja.kecamatanId(), Peran.KEPALA_UNIT,
                unit.jabatanKepala().toUpperCase(FormatIndonesia.LOCALE), tempat, tanggal);
        TandaTangan kedua = camat(kec, tempat, tanggal);
        Dokumen d = DokumenPerjanjianKinerja.susun(data, kec.id(), kec.nama(), renja.jenis() == JenisRenja.PERUBAHAN,
                renja.versi(), new Pihak(pertama.nama(), pertama.jabatanTertulis().replaceAll(",$", "")),
                new Pihak(kedua.nama(), kedua.jabatan()), DokumenPerjanjianKinerja.tandaTangan(pertama, kedua), false);
        NaskahBerurutanData n = naskah.tandatanganiPertama(d, subjek(renjaId, unitId));
        proses.mulai(renjaId, unitId, kec.id(), renja.tahun()); // the camat's countersignature, in Tugas Saya
        audit.catat(kec.id(), "TANDA_TANGAN_PK", "PerjanjianKinerja", renjaId + ":" + unitId, null, n.kode());
        return new StatusPk(renjaId, unitId, n, false, false);
    }

    /**
     * The camat countersigns the PK the unit head signed, on the same PDF; the file with both signatures goes to the
     * archive. Refused before the unit head has signed (the order is pihak pertama, then pihak kedua).
     */
    @Transactional
    public StatusPk tandatanganiKedua(long renjaId, long unitId) {
        RenjaRingkas renja = sumber.wajibDitetapkan(renjaId);
        if (!akses.punyaPeranDi(Peran.CAMAT, renja.kecamatanId())) {
            throw new AccessDeniedException(Pesan.get("pk.hanyaCamat"));
        }
        String kode = naskah.naskahUntuk(renja.kecamatanId(), subjek(renjaId, unitId)).map(NaskahBerurutanData::kode)
                .orElseThrow(() -> new AturanDilanggarException(Pesan.get("pk.belumDitandatanganiPihakPertama")));
        KecamatanData kec = organisasi.kecamatan(renja.kecamatanId());
        Dokumen tabel = susunDraf(renja, kec, perjanjianKinerja.perjanjianKinerja(renjaId, unitId));
        naskah.tandatanganiKedua(kode, tabel.sebagaiDraf(false));
        proses.ditandatanganiKedua(renjaId, unitId);
        audit.catat(kec.id(), "PENGESAHAN_PK", "PerjanjianKinerja", renjaId + ":" + unitId, null, kode);
        return new StatusPk(renjaId, unitId, naskah.naskah(kode), false, false);
    }

    /** The PDF as it stands: a draft before the unit head signs, then the signed file (the archived one once final). */
    @Transactional(readOnly = true)
    public Berkas pdf(long renjaId, long unitId) {
        RenjaRingkas renja = sumber.wajibDitetapkan(renjaId);
        wajibBaca(renja.kecamatanId());
        PerjanjianKinerjaData data = perjanjianKinerja.perjanjianKinerja(renjaId, unitId);
        String nama = DokumenPerjanjianKinerja.judul(data, renja.jenis() == JenisRenja.PERUBAHAN).replaceAll("[^A-Za-z0-9]+", "-");
        String kode = naskah.naskahUntuk(renja.kecamatanId(), subjek(renjaId, unitId)).map(NaskahBerurutanData::kode)
                .orElse(null);
        if (kode != null) {
            return new Berkas(nama + ".pdf", PDF, naskah.pdf(kode));
        }
        KecamatanData kec = organisasi.kecamatan(renja.kecamatanId());
        return new Berkas(nama + "-DRAF.pdf", PDF, dokumen.pdfDraf(susunDraf(renja, kec, data)));
    }

    /** The same content with the two officials named as text (a draft is never signed). */
    private Dokumen susunDraf(RenjaRingkas renja, KecamatanData kec, PerjanjianKinerjaData data) {
        PegawaiData camat = pegawaiCamat(kec);
        return DokumenPerjanjianKinerja.susun(data, kec.id(), kec.nama(), renja.jenis() == JenisRenja.PERUBAHAN,
                renja.versi(), new Pihak(Objects.toString(data.pihakPertama(), ""), Objects.toString(data.jabatan(), "")),
                new Pihak(camat == null ? "" : camat.nama(), kec.jabatanCamat()), null, true);
    }

    /** The camat's block (pihak kedua) as printed at the unit head's signature: the kecamatan's camat by the unit. */
    private TandaTangan camat(KecamatanData kec, String tempat, LocalDate tanggal) {
        PegawaiData p = pegawaiCamat(kec);
        if (p == null || p.nip() == null || p.nip().isBlank()) {
            throw new AturanDilanggarException(Pesan.get("pk.camatTidakAda"));
        }
        return new TandaTangan(tempat, tanggal, null, kec.jabatanCamat(), p.nama(),
                p.pangkatGolongan() == null ? null : p.pangkatGolongan().tertulis(), Nip.of(p.nip()));
    }

    /** The head of the kecamatan's PIMPINAN unit (its jabatan is the unit's jabatanKepala). */
    private PegawaiData pegawaiCamat(KecamatanData kec) {
        List<UnitData> pimpinan = sumber.unit(kec.id()).stream().filter(u -> u.jenis() == JenisUnit.PIMPINAN).toList();
        return organisasi.pegawai(kec.id()).stream()
                .filter(p -> pimpinan.stream().anyMatch(u -> Objects.equals(u.id(), p.unitKerjaId())
                        && Objects.equals(u.jabatanKepala(), p.jabatan())))
                .findFirst().orElse(null);
    }

    /** The PK document's key in the documents module: one per Renja (a perubahan is a Renja of its own) and unit. */
    private static String subjek(long renjaId, long unitId) {
        return "PK:" + renjaId + ":" + unitId;
    }

    private void wajibBaca(long kecamatanId) {
        KecamatanData kec = organisasi.kecamatan(kecamatanId);
        akses.wajibBaca(kec.id(), kec.kabupatenId());
    }
}
