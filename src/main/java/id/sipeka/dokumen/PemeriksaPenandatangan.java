package id.sipeka.dokumen;

import id.sipeka.base.AturanDilanggarException;
import id.sipeka.base.Pesan;
import id.sipeka.organisasi.OrganisasiData.PegawaiData;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.security.Akses;
import id.sipeka.security.PenggunaSipeka;
import id.sipeka.security.Penugasan;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Who may apply a signature block's signature (a key signs only for its owner, signed in as themselves, acting
 * status real today): one rule for issuing a document ({@link PenerbitanDokumen}) and for the second signer of a
 * document signed in turn ({@link NaskahBerurutanService}).
 */
@Component
class PemeriksaPenandatangan {

    private final Akses akses;
    private final OrganisasiService organisasi;

    PemeriksaPenandatangan(Akses akses, OrganisasiService organisasi) {
        this.akses = akses;
        this.organisasi = organisasi;
    }

    /** The signed-in person's NIP must be the block's, in the block's kecamatan, and a Plt./Plh. must be on duty. */
    void wajib(long kecamatanId, TandaTangan penanda) {
        PenggunaSipeka pengguna = akses.pengguna();
        if (!Objects.equals(pengguna.kecamatanId(), kecamatanId) || !penanda.nip().nilai().equals(nip(kecamatanId))) {
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

    /** The signed-in person's NIP without spaces, null when they are no pegawai of the kecamatan or have none. */
    String nip(long kecamatanId) {
        return pegawai(kecamatanId).map(PegawaiData::nip).filter(Objects::nonNull).map(n -> n.replace(" ", ""))
                .orElse(null);
    }

    /** The signed-in signer's NIK (their identity at BSrE), null when the pegawai record has none. */
    String nik(long kecamatanId) {
        return pegawai(kecamatanId).map(PegawaiData::nik).orElse(null);
    }

    private Optional<PegawaiData> pegawai(long kecamatanId) {
        Long pegawaiId = akses.pengguna().pegawaiId();
        return pegawaiId == null ? Optional.empty() : organisasi.pegawai(kecamatanId).stream()
                .filter(p -> Objects.equals(p.id(), pegawaiId)).findFirst();
    }
}
