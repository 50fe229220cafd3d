package id.sipeka.renja;

import id.sipeka.base.Nip;
import id.sipeka.dokumen.TandaTangan;
import id.sipeka.organisasi.JenisUnit;
import id.sipeka.organisasi.OrganisasiData.KecamatanData;
import id.sipeka.organisasi.OrganisasiData.PegawaiData;
import id.sipeka.organisasi.OrganisasiData.UnitData;
import id.sipeka.organisasi.OrganisasiService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * Who signs a Renja's documents and how the office is printed: the camat the Renja, the sekcam the berita acara
 * of the forum. A final document is signed by the signed-in person (DokumenService#tandaTanganSaya); a draft
 * shows the kecamatan's definitive camat or sekcam, dated today, so the page looks as it will.
 */
@Component
class PejabatRenja {

    private final OrganisasiService organisasi;
    private final Clock clock;

    PejabatRenja(OrganisasiService organisasi, Clock clock) {
        this.organisasi = organisasi;
        this.clock = clock;
    }

    /** "Plt." or "Plh." as recorded in front of a jabatan ("Plt. Camat Kalaena"), otherwise {@code null}. */
    static String pelaksana(String jabatanTercatat) {
        if (jabatanTercatat == null) {
            return null;
        }
        return jabatanTercatat.startsWith("Plt.") ? "Plt." : jabatanTercatat.startsWith("Plh.") ? "Plh." : null;
    }

    /** The camat's block on a draft, or {@code null} when the kecamatan has no camat with a NIP on record. */
    TandaTangan camatUntukDraf(KecamatanData kecamatan) {
        return pejabat(kecamatan, JenisUnit.PIMPINAN, kecamatan.jabatanCamat());
    }

    /** The sekcam's block on a draft berita acara, or {@code null}. */
    TandaTangan sekcamUntukDraf(KecamatanData kecamatan, LocalDate tanggal) {
        TandaTangan t = pejabat(kecamatan, JenisUnit.SEKRETARIAT, kecamatan.jabatanSekcam());
        return t == null || tanggal == null ? t : new TandaTangan(t.tempat(), tanggal, null, t.jabatan(), t.nama(),
                t.pangkatGolongan(), t.nip());
    }

    /** The head of the kecamatan's unit of that kind: the person whose jabatan is the unit's head office. */
    private TandaTangan pejabat(KecamatanData kecamatan, JenisUnit jenis, String jabatan) {
        List<UnitData> unit = organisasi.unit(kecamatan.id()).stream().filter(u -> u.jenis() == jenis).toList();
        return organisasi.pegawai(kecamatan.id()).stream()
                .filter(p -> p.nip() != null && Nip.periksa(p.nip()).isEmpty())
                .filter(p -> unit.stream().anyMatch(u -> Objects.equals(u.id(), p.unitKerjaId())))
                .min(Comparator.comparing((PegawaiData p) -> !unit.stream().anyMatch(u -> Objects.equals(u.id(), p.unitKerjaId())
                        && u.jabatanKepala() != null && u.jabatanKepala().equalsIgnoreCase(p.jabatan()))))
                .map(p -> new TandaTangan(kecamatan.tempatSurat(), LocalDate.now(clock), null, jabatan, p.nama(),
                        p.pangkatGolongan() == null ? null : p.pangkatGolongan().tertulis(), Nip.of(p.nip())))
                .orElse(null);
    }
}
