package id.sipeka.renja;

import id.sipeka.Masuk;
import id.sipeka.organisasi.AkunService;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.renja.RenjaData.BarisRenja;
import id.sipeka.renja.RenjaData.Forum;
import id.sipeka.renja.RenjaData.UbahBarisRenja;
import id.sipeka.renstra.ImporRenstraService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * Tests only: a fresh kecamatan of n units ({@link KecamatanUji}: one sub kegiatan each, target 4 Laporan, Rp 1.000.000
 * in 2026) with its Renja 2026 ditetapkan, and the steps of a Renja Perubahan of it — for the service tests here and
 * the screens' tests in {@code renja.ui} (hence public).
 */
@Component
public class PenyiapPerubahan {

    /** The kecamatan, its ditetapkan Renja 2026, its sekcam and camat, and each unit with its head (same order). */
    public record Kecamatan(long kecamatanId, long renjaId, String sekcam, String camat, List<Long> unit,
            List<String> kepala) {
    }

    private final LayananRenja renja;
    private final OrganisasiService organisasi;
    private final AkunService akun;
    private final ImporRenstraService renstra;
    private final UserDetailsService users;
    private final ObjectMapper json;

    PenyiapPerubahan(LayananRenja renja, OrganisasiService organisasi, AkunService akun, ImporRenstraService renstra,
            UserDetailsService users, ObjectMapper json) {
        this.renja = renja;
        this.organisasi = organisasi;
        this.akun = akun;
        this.renstra = renstra;
        this.users = users;
        this.json = json;
    }

    /** Every unit fills and submits, the sekcam approves, forum without usulan, rancangan akhir, the camat signs. */
    public Kecamatan renjaDitetapkan(int n) {
        KecamatanUji kec = KecamatanUji.siapkan(organisasi, akun, renstra, users, json, n);
        Masuk.sebagai(users, kec.sekcam());
        long id = renja.pembukaan().buka(kec.kecamatanId(), 2026, RenjaUji.batasDari(LocalDate.now())).id();
        for (int i = 0; i < n; i++) {
            Masuk.sebagai(users, kec.kepala().get(i));
            renja.isiDanAjukan(id, kec.unit().get(i));
        }
        Masuk.sebagai(users, kec.sekcam());
        for (Long unit : kec.unit()) {
            renja.telaah().setujuiBagian(id, unit);
        }
        Kecamatan k = new Kecamatan(kec.kecamatanId(), id, kec.sekcam(), kec.camat(), kec.unit(), kec.kepala());
        tetapkan(k, id);
        return k;
    }

    /** The sekcam opens a Renja Perubahan of the ditetapkan Renja, naming the units whose rows change. */
    public long bukaPerubahan(Kecamatan k, Set<Long> unitDiubah) {
        Masuk.sebagai(users, k.sekcam());
        return renja.pembukaan().bukaPerubahan(k.renjaId(), unitDiubah, RenjaUji.batasDari(LocalDate.now())).id();
    }

    /** The head of unit i sets the unit's row to this target and pagu and submits; the sekcam approves. */
    public void ubahDanSetujui(Kecamatan k, long renjaId, int i, BigDecimal target, long pagu) {
        Masuk.sebagai(users, k.kepala().get(i));
        BarisRenja b = renja.baca().barisUnit(renjaId, k.unit().get(i)).getFirst();
        renja.pengisian().simpanBaris(new UbahBarisRenja(b.id(), b.version(), b.indikator(), target, b.lokasi(), pagu,
                b.sumberDana(), "Disesuaikan dalam perubahan", b.targetMaju(), b.paguMaju()));
        renja.pengisian().ajukanBagian(renjaId, k.unit().get(i));
        Masuk.sebagai(users, k.sekcam());
        renja.telaah().setujuiBagian(renjaId, k.unit().get(i));
    }

    /** From the forum (every section approved) to penetapan: a forum without usulan, the rancangan akhir, the camat signs. */
    public void tetapkan(Kecamatan k, long renjaId) {
        Masuk.sebagai(users, k.sekcam());
        renja.forumRenja().simpanForum(renjaId, new Forum(LocalDate.now(), "Aula Kantor Camat", "Kepala desa", List.of()));
        renja.forumRenja().selesaikanForum(renjaId, Set.of());
        renja.penetapan().setujuiRancanganAkhir(renjaId);
        Masuk.sebagai(users, k.camat());
        renja.penetapan().tetapkan(renjaId, "Uji", LocalDate.now());
    }
}
