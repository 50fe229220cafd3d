package id.sipeka.renja;

import id.sipeka.base.BatasTeks;
import id.sipeka.base.LangkahSelesai;
import id.sipeka.base.Pesan;
import id.sipeka.notifikasi.Pemberitahu;
import id.sipeka.notifikasi.Pemberitahuan;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.security.Peran;
import id.sipeka.security.SistemAuthentication;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells whoever acts next on a Renja after each step committed, and marks done what was waiting on the document the
 * step moved on (every step goes to {@link Pemberitahu#langkahSelesai}, even with no one to tell). Runs after the
 * commit on a background thread, as the system; nothing is sent for a step that rolled back.
 */
@Component
class PemberitahuanRenja {

    private static final String TUGAS = "TUGAS";
    private static final String DIKEMBALIKAN = "DIKEMBALIKAN";

    private final Pemberitahu pemberitahu;
    private final RenjaRepository renjaRepo;
    private final OrganisasiService organisasi;

    PemberitahuanRenja(Pemberitahu pemberitahu, RenjaRepository renjaRepo, OrganisasiService organisasi) {
        this.pemberitahu = pemberitahu;
        this.renjaRepo = renjaRepo;
        this.organisasi = organisasi;
    }

    @ApplicationModuleListener
    void renjaDibuka(RenjaDibuka e) {
        kirim(e, () -> {
            String judul = judul(e.renjaId());
            return e.unitIds().stream().map(u -> new Pemberitahuan(e.kecamatanId(), Peran.KEPALA_UNIT, u, TUGAS,
                    Pesan.get("pemberitahuanRenja.isi.judul", judul), Pesan.get("pemberitahuanRenja.isi.pesan", judul),
                    rute(e.renjaId(), "bagian"), SubjekRenja.subjek(e.renjaId(), u))).toList();
        });
    }

    /** A unit given a section by a Renstra Perubahan taken over fills it, like the units told when the Renja opened. */
    @ApplicationModuleListener
    void bagianUnitDibuka(BagianUnitDibuka e) {
        kirim(e, () -> {
            String judul = judul(e.renjaId());
            String kunci = e.revisi() ? "pemberitahuanRenja.revisi" : "pemberitahuanRenja.isi";
            return List.of(new Pemberitahuan(e.kecamatanId(), Peran.KEPALA_UNIT, e.unitId(), TUGAS,
                    Pesan.get(kunci + ".judul", judul), Pesan.get(kunci + ".pesan", judul), rute(e.renjaId(), "bagian"),
                    e.subjek()));
        });
    }

    @ApplicationModuleListener
    void bagianDiajukan(BagianDiajukan e) {
        kirim(e, () -> {
            String judul = judul(e.renjaId());
            String unit = namaUnit(e.kecamatanId(), e.unitId());
            return List.of(new Pemberitahuan(e.kecamatanId(), Peran.SEKCAM, null, TUGAS,
                    Pesan.get("pemberitahuanRenja.telaah.judul", judul, unit),
                    Pesan.get("pemberitahuanRenja.telaah.pesan", unit, judul), rute(e.renjaId(), "sekcam"), e.subjek()));
        });
    }

    @ApplicationModuleListener
    void bagianDisetujui(BagianDisetujui e) {
        kirim(e, () -> e.rancanganAkhirSiap() ? List.of(rancanganAkhir(e.renjaId(), e.kecamatanId())) : List.of());
    }

    @ApplicationModuleListener
    void bagianDikembalikan(BagianDikembalikan e) {
        kirim(e, () -> {
            String judul = judul(e.renjaId());
            return List.of(new Pemberitahuan(e.kecamatanId(), Peran.KEPALA_UNIT, e.unitId(), DIKEMBALIKAN,
                    Pesan.get("pemberitahuanRenja.dikembalikan.judul", judul),
                    Pesan.get("pemberitahuanRenja.dikembalikan.pesan", judul, alasan(e.alasan())),
                    rute(e.renjaId(), "bagian"), e.subjek()));
        });
    }

    @ApplicationModuleListener
    void rancanganDisusun(RancanganDisusun e) {
        kirim(e, () -> {
            String judul = judul(e.renjaId());
            return List.of(new Pemberitahuan(e.kecamatanId(), Peran.SEKCAM, null, TUGAS,
                    Pesan.get("pemberitahuanRenja.forum.judul", judul), Pesan.get("pemberitahuanRenja.forum.pesan", judul),
                    rute(e.renjaId(), "sekcam"), e.subjek()));
        });
    }

    @ApplicationModuleListener
    void forumSelesai(ForumSelesai e) {
        kirim(e, () -> {
            if (e.unitRevisi().isEmpty()) {
                return List.of(rancanganAkhir(e.renjaId(), e.kecamatanId()));
            }
            String judul = judul(e.renjaId());
            return e.unitRevisi().stream().map(u -> new Pemberitahuan(e.kecamatanId(), Peran.KEPALA_UNIT, u, TUGAS,
                    Pesan.get("pemberitahuanRenja.revisi.judul", judul), Pesan.get("pemberitahuanRenja.revisi.pesan", judul),
                    rute(e.renjaId(), "bagian"), SubjekRenja.subjek(e.renjaId(), u))).toList();
        });
    }

    @ApplicationModuleListener
    void rancanganAkhirDisetujui(RancanganAkhirDisetujui e) {
        kirim(e, () -> {
            String judul = judul(e.renjaId());
            return List.of(new Pemberitahuan(e.kecamatanId(), Peran.CAMAT, null, TUGAS,
                    Pesan.get("pemberitahuanRenja.penetapan.judul", judul),
                    Pesan.get("pemberitahuanRenja.penetapan.pesan", judul), rute(e.renjaId(), "penetapan"), e.subjek()));
        });
    }

    @ApplicationModuleListener
    void renjaDikembalikanKeSekcam(RenjaDikembalikanKeSekcam e) {
        kirim(e, () -> {
            String judul = judul(e.renjaId());
            return List.of(new Pemberitahuan(e.kecamatanId(), Peran.SEKCAM, null, DIKEMBALIKAN,
                    Pesan.get("pemberitahuanRenja.dikembalikanCamat.judul", judul),
                    Pesan.get("pemberitahuanRenja.dikembalikanCamat.pesan", judul, alasan(e.alasan())),
                    rute(e.renjaId(), "sekcam"), e.subjek()));
        });
    }

    /** Ditetapkan: nothing is waiting on the Renja any more; what comes next (rencana aksi) tells its own people. */
    @ApplicationModuleListener
    void renjaDitetapkan(RenjaDitetapkan e) {
        kirim(e, List::of);
    }

    private Pemberitahuan rancanganAkhir(long renjaId, long kecamatanId) {
        String judul = judul(renjaId);
        return new Pemberitahuan(kecamatanId, Peran.SEKCAM, null, TUGAS,
                Pesan.get("pemberitahuanRenja.rancanganAkhir.judul", judul),
                Pesan.get("pemberitahuanRenja.rancanganAkhir.pesan", judul), rute(renjaId, "sekcam"),
                SubjekRenja.subjek(renjaId));
    }

    private void kirim(LangkahSelesai langkah, Supplier<List<Pemberitahuan>> berikutnya) {
        SistemAuthentication.jalankan(() -> pemberitahu.langkahSelesai(langkah, berikutnya.get()));
    }

    private String judul(long renjaId) {
        return renjaRepo.findById(renjaId).map(r -> RenjaStore.ringkas(r, renjaRepo.versi(r)).judul()).orElse("Renja");
    }

    private String namaUnit(long kecamatanId, long unitId) {
        return organisasi.namaUnit(kecamatanId).getOrDefault(unitId, "");
    }

    private static String alasan(String alasan) {
        // the composed reasons of many rows can be long: the message keeps a readable part, the screen shows all
        return alasan == null || alasan.isBlank() ? Pesan.get("pemberitahuanRenja.alasanPerBaris")
                : BatasTeks.potong(alasan, 1500);
    }

    private static String rute(long renjaId, String layar) {
        return "renja/" + renjaId + "/" + layar;
    }
}
