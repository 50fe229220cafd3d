package id.sipeka.renja;

import org.springframework.stereotype.Component;

/**
 * The Renja's use-case services together, for test helpers that drive a whole cycle (open, fill, review, forum,
 * penetapan) and read it back.
 */
@Component
public record LayananRenja(RenjaQueryService baca, PembukaanRenjaService pembukaan, PengisianBagianService pengisian,
        TelaahSekcamService telaah, ForumRenjaService forumRenja, PenetapanRenjaService penetapan) {
}
