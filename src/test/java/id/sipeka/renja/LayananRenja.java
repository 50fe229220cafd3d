package id.sipeka.renja;

import org.springframework.stereotype.Component;

/**
 * The Renja's use-case services together, for test helpers that drive a whole cycle (open, fill, review, forum,
 * penetapan) and read it back.
 */
@Component
public record LayananRenja(RenjaQueryService baca, PembukaanRenjaService pembukaan, PengisianBagianService pengisian,
        TelaahSekcamService telaah, ForumRenjaService forumRenja, PenetapanRenjaService penetapan) {

    /** The signed-in unit head fills every row of the unit's section (Rp 1.000.000, APBD) and submits it. */
    public void isiDanAjukan(long renjaId, long unitId) {
        for (RenjaData.BarisRenja b : baca.barisUnit(renjaId, unitId)) {
            pengisian.simpanBaris(new RenjaData.UbahBarisRenja(b.id(), b.version(), b.indikator(), b.target(), b.lokasi(),
                    1_000_000L, "APBD", null, b.targetMaju(), b.paguMaju()));
        }
        pengisian.ajukanBagian(renjaId, unitId);
    }
}
