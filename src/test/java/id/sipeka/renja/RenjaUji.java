package id.sipeka.renja;

import id.sipeka.Masuk;
import id.sipeka.organisasi.OrganisasiData.UnitData;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.renja.RenjaData.BarisRenja;
import id.sipeka.renja.RenjaData.UbahBarisRenja;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Drives the demo kecamatan's people through the Renja cycle in tests. */
final class RenjaUji {

    /** The demo unit head of each Kalaena unit that owns sub kegiatan. */
    static final Map<String, String> KEPALA = Map.of("SUBBAG-PK", "kasubag.pk", "SUBBAG-UK", "kasubag.uk",
            "SEKSI-PEM", "kasi.pem", "SEKSI-PMD", "kasi.pmd", "SEKSI-TRANTIB", "kasi.trantib", "SEKSI-PU", "kasi.pu");

    private final LayananRenja renja;
    private final OrganisasiService organisasi;
    private final UserDetailsService users;

    RenjaUji(LayananRenja renja, OrganisasiService organisasi, UserDetailsService users) {
        this.renja = renja;
        this.organisasi = organisasi;
        this.users = users;
    }

    long kalaena() {
        Masuk.sebagai(users, "admin");
        return organisasi.kecamatanDenganKode("KALAENA").orElseThrow().id();
    }

    long unit(String kode) {
        Masuk.sebagai(users, "admin");
        return organisasi.unit(kalaena()).stream().filter(u -> u.kode().equals(kode)).map(UnitData::id).findFirst().orElseThrow();
    }

    static Batas batasDari(LocalDate hariIni) {
        return new Batas(hariIni.plusDays(10), hariIni.plusDays(15), hariIni.plusDays(25), hariIni.plusDays(30));
    }

    long buka(int tahun) {
        long kecamatan = kalaena();
        Masuk.sebagai(users, "sekcam");
        return renja.pembukaan().buka(kecamatan, tahun, batasDari(LocalDate.now())).id();
    }

    /** The unit head completes every row (sumber dana) and submits. */
    void isiDanAjukan(long renjaId, String kodeUnit) {
        long unitId = unit(kodeUnit);
        Masuk.sebagai(users, KEPALA.get(kodeUnit));
        for (BarisRenja b : renja.baca().barisUnit(renjaId, unitId)) {
            if (!b.lengkap()) {
                simpan(b, b.pagu() == null ? 0L : b.pagu());
            }
        }
        renja.pengisian().ajukanBagian(renjaId, unitId);
    }

    BarisRenja simpan(BarisRenja b, long pagu) {
        return renja.pengisian().simpanBaris(new UbahBarisRenja(b.id(), b.version(), b.indikator(), b.target(), b.lokasi(), pagu,
                "APBD", b.catatan(), b.targetMaju(), b.paguMaju()));
    }

    void semuaIsiDanAjukan(long renjaId) {
        KEPALA.keySet().stream().sorted().forEach(kode -> isiDanAjukan(renjaId, kode));
    }

    void sekcamSetujuiSemua(long renjaId) {
        Masuk.sebagai(users, "sekcam");
        for (String kode : KEPALA.keySet().stream().sorted().toList()) {
            long unitId = unit(kode);
            Masuk.sebagai(users, "sekcam");
            renja.telaah().setujuiBagian(renjaId, unitId);
        }
    }

    BarisRenja baris(long renjaId, String kode) {
        return renja.baca().baris(renjaId).stream().filter(b -> b.kode().equals(kode)).findFirst().orElseThrow();
    }
}
