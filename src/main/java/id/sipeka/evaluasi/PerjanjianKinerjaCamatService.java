package id.sipeka.evaluasi;

import id.sipeka.base.AturanDilanggarException;
import id.sipeka.base.Pesan;
import id.sipeka.base.Rupiah;
import id.sipeka.dokumen.ArsipDokumen;
import id.sipeka.dokumen.Dokumen;
import id.sipeka.dokumen.DokumenService;
import id.sipeka.dokumen.TandaTangan;
import id.sipeka.evaluasi.DokumenPerjanjianKinerjaCamat.Program;
import id.sipeka.evaluasi.DokumenPerjanjianKinerjaCamat.Sasaran;
import id.sipeka.evaluasi.EvaluasiData.Berkas;
import id.sipeka.organisasi.OrganisasiData.KecamatanData;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.renja.JenisRenja;
import id.sipeka.renja.RenjaData.RenjaRingkas;
import id.sipeka.renstra.RenstraData.RenstraLengkap;
import id.sipeka.renstra.Tingkat;
import id.sipeka.security.Akses;
import id.sipeka.security.Peran;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The camat's own Perjanjian Kinerja with the bupati for the year of a ditetapkan Renja: the kecamatan's sasaran
 * from the Renstra, per program the anggaran of the Renja, signed by the camat alone and archived. One per Renja (a
 * Renja Perubahan has its own, titled "Perubahan"); the archive is where it is found again.
 */
@Service
public class PerjanjianKinerjaCamatService {

    private static final String PDF = "application/pdf";

    private final SumberRenja sumber;
    private final OrganisasiService organisasi;
    private final DokumenService dokumen;
    private final Akses akses;

    PerjanjianKinerjaCamatService(SumberRenja sumber, OrganisasiService organisasi, DokumenService dokumen, Akses akses) {
        this.sumber = sumber;
        this.organisasi = organisasi;
        this.dokumen = dokumen;
        this.akses = akses;
    }

    /** The signed PK of the camat for this Renja, if the camat has signed it. */
    @Transactional(readOnly = true)
    public Optional<ArsipDokumen> arsip(long renjaId) {
        RenjaRingkas renja = sumber.wajibDitetapkan(renjaId);
        wajibBaca(renja.kecamatanId());
        return cari(renja);
    }

    /** Whether the signed-in user may sign the camat's PK of this Renja now: the camat, before it is signed. */
    @Transactional(readOnly = true)
    public boolean bolehTandatangani(long renjaId) {
        RenjaRingkas renja = sumber.wajibDitetapkan(renjaId);
        wajibBaca(renja.kecamatanId());
        return akses.punyaPeranDi(Peran.CAMAT, renja.kecamatanId()) && cari(renja).isEmpty();
    }

    /** The camat (or Plt./Plh. camat) signs their PK; once per Renja. */
    @Transactional
    public ArsipDokumen tandatangani(long renjaId) {
        RenjaRingkas renja = sumber.wajibDitetapkan(renjaId);
        if (!akses.punyaPeranDi(Peran.CAMAT, renja.kecamatanId())) {
            throw new AccessDeniedException(Pesan.get("pk.hanyaCamatSendiri"));
        }
        if (cari(renja).isPresent()) {
            throw new AturanDilanggarException(Pesan.get("pk.camatSudahDitandatangani"));
        }
        KecamatanData kec = organisasi.kecamatan(renja.kecamatanId());
        TandaTangan camat = dokumen.tandaTanganSaya(kec.id(), Peran.CAMAT, kec.jabatanCamat(), kec.tempatSurat(),
                akses.hariIni());
        return dokumen.terbitkan(susun(renja, kec, camat.nama(), camat, false));
    }

    /** The signed original once the camat has signed, a draft before. */
    @Transactional(readOnly = true)
    public Berkas pdf(long renjaId) {
        RenjaRingkas renja = sumber.wajibDitetapkan(renjaId);
        wajibBaca(renja.kecamatanId());
        KecamatanData kec = organisasi.kecamatan(renja.kecamatanId());
        String nama = DokumenPerjanjianKinerjaCamat.judul(kec.nama(), renja.tahun(), renja.jenis() == JenisRenja.PERUBAHAN)
                .replaceAll("[^A-Za-z0-9]+", "-");
        Optional<ArsipDokumen> arsip = cari(renja);
        if (arsip.isPresent()) {
            return new Berkas(nama + ".pdf", PDF, dokumen.unduh(arsip.get().kode()).isi());
        }
        return new Berkas(nama + "-DRAF.pdf", PDF, dokumen.pdfDraf(susun(renja, kec, "", null, true)));
    }

    private Dokumen susun(RenjaRingkas renja, KecamatanData kec, String namaCamat, TandaTangan camat, boolean draf) {
        List<SumberRenja.Baris> baris = sumber.baris(renja.id());
        Optional<RenstraLengkap> renstra = sumber.renstra(renja);
        List<Sasaran> sasaran = renstra.map(r -> r.tujuanSasaran().stream().filter(t -> t.tingkat() == Tingkat.SASARAN)
                .map(t -> new Sasaran(t.uraian(), t.indikator(), t.target().get(renja.tahun()), t.satuan())).toList())
                .orElse(List.of());
        // per program of the Renstra the sum of the Renja's pagu of its sub kegiatan; a program without rows is left out
        List<Program> program = renstra.map(r -> r.program().stream()
                .map(p -> new Program(p.kode(), p.nama(), Rupiah.jumlah(baris.stream()
                        .filter(b -> Objects.equals(b.programKode(), p.kode())).map(SumberRenja.Baris::pagu).toList())))
                .filter(p -> baris.stream().anyMatch(b -> Objects.equals(b.programKode(), p.kode())))
                .toList()).orElse(List.of());
        long jumlah = Rupiah.jumlah(baris.stream().map(SumberRenja.Baris::pagu).toList());
        return DokumenPerjanjianKinerjaCamat.susun(kec.id(), kec.nama(), Objects.toString(kec.kabupatenNama(), ""),
                renja.tahun(), renja.jenis() == JenisRenja.PERUBAHAN, renja.versi(), namaCamat, sasaran, program, jumlah,
                camat, draf);
    }

    private Optional<ArsipDokumen> cari(RenjaRingkas renja) {
        String tahap = renja.jenis() == JenisRenja.PERUBAHAN ? "Perubahan" : "Penetapan";
        return dokumen.arsip(renja.kecamatanId()).stream()
                .filter(a -> a.jenis().equals(DokumenPerjanjianKinerjaCamat.JENIS) && a.tahun() == renja.tahun()
                        && a.tahap().equals(tahap) && a.versi() == Math.max(1, renja.versi()))
                .findFirst();
    }

    private void wajibBaca(long kecamatanId) {
        KecamatanData kec = organisasi.kecamatan(kecamatanId);
        akses.wajibBaca(kec.id(), kec.kabupatenId());
    }
}
