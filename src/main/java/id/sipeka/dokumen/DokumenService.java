package id.sipeka.dokumen;

import id.sipeka.audit.AuditService;
import id.sipeka.base.AturanDilanggarException;
import id.sipeka.base.Pesan;
import id.sipeka.organisasi.OrganisasiData.KecamatanData;
import id.sipeka.organisasi.OrganisasiData.PegawaiData;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.security.Akses;
import id.sipeka.security.PenggunaSipeka;
import id.sipeka.security.Penugasan;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Documents for the content modules: drafts to PDF/DOCX/XLSX for whoever may read the kecamatan, and the issuing
 * of a final document — rendered once, signed with the signer's own key, stored with its SHA-256 and audited. The
 * public verification page reads through here too, and sees metadata only.
 */
@Service
public class DokumenService {

    private static final Pattern KODE = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final long BATAS_UNGGAH = 100L * 1024 * 1024;

    private final Akses akses;
    private final AuditService audit;
    private final OrganisasiService organisasi;
    private final ArsipRepository repository;
    private final PenyimpananBerkas penyimpanan;
    private final KunciPenandatangan kunci;
    private final DokumenProperties properties;
    private final Clock clock;

    DokumenService(Akses akses, AuditService audit, OrganisasiService organisasi, ArsipRepository repository,
            PenyimpananBerkas penyimpanan, KunciPenandatangan kunci, DokumenProperties properties, Clock clock) {
        this.akses = akses;
        this.audit = audit;
        this.organisasi = organisasi;
        this.repository = repository;
        this.penyimpanan = penyimpanan;
        this.kunci = kunci;
        this.properties = properties;
        this.clock = clock;
    }

    /** A PDF that is not the signed original always carries "DRAF", whatever stage the document is in. */
    @Transactional(readOnly = true)
    public byte[] pdfDraf(Dokumen dokumen) {
        wajibBaca(dokumen.metadata().kecamatanId());
        return PdfDokumen.tulis(dokumen.sebagaiDraf(true), null);
    }

    /** The editable Word version (never signed; a final document's authority is its signed PDF). */
    @Transactional(readOnly = true)
    public byte[] docx(Dokumen dokumen) {
        wajibBaca(dokumen.metadata().kecamatanId());
        return DocxDokumen.tulis(dokumen);
    }

    @Transactional(readOnly = true)
    public byte[] xlsx(Dokumen dokumen) {
        wajibBaca(dokumen.metadata().kecamatanId());
        return XlsxDokumen.tulis(dokumen);
    }

    /**
     * Issues a final document: only its signer, signed in as themselves, may do it; a Plt./Plh. block needs an
     * acting assignment valid today. The PDF is rendered once with its verification QR code, signed, stored and
     * audited; the returned record names the stored file.
     */
    @Transactional
    public ArsipDokumen terbitkan(Dokumen dokumen) {
        Metadata m = dokumen.metadata();
        wajibBaca(m.kecamatanId());
        if (dokumen.draf()) {
            throw new AturanDilanggarException(Pesan.get("dokumen.drafTidakDitandatangani"));
        }
        List<TandaTangan> blok = dokumen.tandaTangan();
        if (blok.size() != 1) {
            throw new AturanDilanggarException(Pesan.get("dokumen.satuPenandatangan"));
        }
        TandaTangan penanda = blok.getFirst();
        wajibPenandatangan(m.kecamatanId(), penanda);

        String kode = UUID.randomUUID().toString();
        Instant waktu = clock.instant();
        byte[] pdf = PdfDokumen.tulis(dokumen, new Pengesahan(kode, properties.urlPublik() + "/verifikasi/" + kode));
        KunciPenandatangan.Kunci k = kunci.untuk(penanda, m.instansi());
        String alasan = m.tahap() + " " + m.jenis() + " " + m.tahun();
        byte[] ditandatangani = TandaTanganPdf.tandatangani(pdf, k, penanda, alasan, waktu);
        String sha256 = PenyimpananBerkas.sha256(ditandatangani);
        String berkas = penyimpanan.simpan(m.kecamatanId(), kode, ditandatangani);
        String sertifikat;
        try {
            sertifikat = PenyimpananBerkas.sha256(k.sertifikat().getEncoded());
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
        Arsip arsip = repository.save(new Arsip(kode, m, dokumen.judul(), sha256, ditandatangani.length, berkas, penanda,
                sertifikat, waktu, akses.pengguna().getUsername()));
        audit.catat(m.kecamatanId(), "TANDA_TANGAN", "Dokumen", kode, null,
                dokumen.judul() + " | " + m.tahap() + " | versi " + m.versi() + " | " + penanda.jabatanTertulis() + " "
                        + penanda.nama() + " | SHA-256 " + sha256);
        return arsip.info();
    }

    @Transactional(readOnly = true)
    public List<ArsipDokumen> arsip(long kecamatanId) {
        wajibBaca(kecamatanId);
        return repository.findByKecamatanIdOrderByIdDesc(kecamatanId).stream().map(Arsip::info).toList();
    }

    /** The stored signed PDF, for a reader of its kecamatan; refused if the file no longer matches its hash. */
    @Transactional(readOnly = true)
    public BerkasArsip unduh(String kode) {
        Arsip arsip = repository.findByKode(kodeSah(kode).orElse(""))
                .orElseThrow(() -> new AturanDilanggarException(Pesan.get("dokumen.tidakDitemukan")));
        wajibBaca(arsip.getKecamatanId());
        return new BerkasArsip(arsip.info(), penyimpanan.baca(arsip.getBerkas(), arsip.getSha256()));
    }

    /** For the public page (no login): metadata only, and nothing at all for an unknown or malformed code. */
    @Transactional(readOnly = true)
    public Optional<InfoPublik> infoPublik(String kode) {
        return kodeSah(kode).flatMap(repository::findByKode).map(DokumenService::publik);
    }

    /** Compares an uploaded file with the archived one by SHA-256 (public, no login). */
    @Transactional(readOnly = true)
    public HasilPencocokan cocokkan(String kode, InputStream berkas) {
        Optional<InfoPublik> info = infoPublik(kode);
        if (info.isEmpty()) {
            return new HasilPencocokan.TidakDikenal();
        }
        String sha256 = sha256Terbatas(berkas);
        return sha256.equals(info.get().sha256()) ? new HasilPencocokan.Cocok(info.get())
                : new HasilPencocokan.TidakCocok(info.get(), sha256);
    }

    private static Optional<String> kodeSah(String kode) {
        return kode != null && KODE.matcher(kode).matches() ? Optional.of(kode) : Optional.empty();
    }

    private static InfoPublik publik(Arsip a) {
        ArsipDokumen i = a.info();
        return new InfoPublik(i.kode(), i.judul(), i.jenis(), i.instansi(), i.tahun(), i.tahap(), i.versi(),
                i.penandatangan(), i.jabatanPenandatangan(), i.ditandatanganiPada(), i.sha256());
    }

    private static String sha256Terbatas(InputStream berkas) {
        try (DigestInputStream in = new DigestInputStream(berkas, MessageDigest.getInstance("SHA-256"))) {
            byte[] penyangga = new byte[64 * 1024];
            long total = 0;
            for (int n; (n = in.read(penyangga)) > 0; ) {
                total += n;
                if (total > BATAS_UNGGAH) {
                    throw new AturanDilanggarException(Pesan.get("dokumen.berkasTerlaluBesar"));
                }
            }
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void wajibBaca(long kecamatanId) {
        KecamatanData kecamatan = organisasi.kecamatan(kecamatanId);
        akses.wajibBaca(kecamatan.id(), kecamatan.kabupatenId());
    }

    /** A key signs only for its owner: the signed-in person's NIP must be the block's, acting status must be real. */
    private void wajibPenandatangan(long kecamatanId, TandaTangan penanda) {
        PenggunaSipeka pengguna = akses.pengguna();
        String nipPengguna = pengguna.pegawaiId() == null ? null : organisasi.pegawai(kecamatanId).stream()
                .filter(p -> Objects.equals(p.id(), pengguna.pegawaiId())).map(PegawaiData::nip)
                .filter(Objects::nonNull).map(n -> n.replace(" ", "")).findFirst().orElse(null);
        if (!Objects.equals(pengguna.kecamatanId(), kecamatanId) || !penanda.nip().nilai().equals(nipPengguna)) {
            throw new AturanDilanggarException(Pesan.get("dokumen.bukanPenandatangan", penanda.nama()));
        }
        if (penanda.pelaksana() != null) {
            boolean bertugas = pengguna.penugasanPada(akses.hariIni()).stream().map(Penugasan::jabatanTertulis)
                    .anyMatch(j -> j.startsWith(penanda.pelaksana()));
            if (!bertugas) {
                throw new AturanDilanggarException(Pesan.get("dokumen.tidakSedangBertugas", penanda.pelaksana()));
            }
        }
    }
}
