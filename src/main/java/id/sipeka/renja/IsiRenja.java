package id.sipeka.renja;

import id.sipeka.dokumen.TandaTangan;
import id.sipeka.organisasi.OrganisasiData.KecamatanData;
import id.sipeka.renja.RenjaData.BarisRenja;
import id.sipeka.renja.RenjaData.Forum;
import id.sipeka.renja.RenjaData.Jumlah;
import id.sipeka.renja.RenjaData.NarasiRenja;
import id.sipeka.renja.RenjaData.RenjaRingkas;
import id.sipeka.renja.RenjaData.ReviewRkpd;
import id.sipeka.renstra.RenstraData.BarisRenstra;
import id.sipeka.renstra.RenstraData.BarisTujuanSasaran;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything a Renja's documents print, read at one moment in one transaction by {@link IsiRenjaReader}: the
 * document builders ({@link DokumenRenja}, {@link DokumenBeritaAcara}) only arrange it and compute nothing that
 * IsiRenjaReader already computes (program and kegiatan lines, TOTAL).
 *
 * @param versi 1 for the Renja, 2 for its first perubahan, …
 * @param renstra the Renstra's program, kegiatan and sub kegiatan by code (indicators and targets of the group rows)
 * @param unit unit names by id, in the kecamatan's order
 * @param penandatangan the camat's signature block: the signer when issuing, the recorded one after penetapan, the
 *                      kecamatan's camat on a draft; {@code null} when nobody can be named
 * @param aktivitas each row's Aktivitas by row id (issue 13); empty where the kabupaten does not plan them
 */
record IsiRenja(RenjaRingkas renja, KecamatanData kecamatan, int versi, String periodeRenstra, List<BarisRenja> baris,
        List<Jumlah> jumlah, Map<String, BarisRenstra> renstra, List<BarisTujuanSasaran> tujuanSasaran,
        List<RenjaData.BarisEvaluasiLalu> evaluasi, List<ReviewRkpd> review, Forum forum, List<NarasiRenja> narasi,
        Map<Long, String> unit, TandaTangan penandatangan,
        Map<Long, List<AktivitasRenjaData.AktivitasRenja>> aktivitas) {

    boolean perubahan() {
        return renja.jenis() == JenisRenja.PERUBAHAN;
    }

    int tahun() {
        return renja.tahun();
    }

    Jumlah total() {
        return Jumlah.total(jumlah);
    }

    /** A narrative part by its code ("1.1", "2.1.u7"), when someone wrote it. */
    Optional<String> narasi(String kode) {
        return narasi.stream().filter(n -> n.kode().equals(kode)).map(NarasiRenja::isi)
                .filter(isi -> isi != null && !isi.isBlank()).findFirst();
    }
}
