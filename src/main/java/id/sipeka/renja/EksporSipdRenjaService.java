package id.sipeka.renja;

import id.sipeka.base.Pesan;
import id.sipeka.organisasi.OrganisasiData.KecamatanData;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.renja.RenjaData.BerkasDokumen;
import id.sipeka.security.Akses;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A Renja as an XLSX in SIPD-RI's Renja entry layout ({@link SipdRenjaXlsx}), at whatever stage it is: the stage is
 * printed in the file ("Rancangan – …" before penetapan, "Ditetapkan" after), so the office enters the same numbers
 * into SIPD. For whoever may read the kecamatan.
 */
@Service
@Transactional(readOnly = true)
public class EksporSipdRenjaService {

    private final RenjaStore store;
    private final IsiRenjaReader isi;
    private final OrganisasiService organisasi;
    private final Akses akses;

    EksporSipdRenjaService(RenjaStore store, IsiRenjaReader isi, OrganisasiService organisasi, Akses akses) {
        this.store = store;
        this.isi = isi;
        this.organisasi = organisasi;
        this.akses = akses;
    }

    public BerkasDokumen xlsx(long renjaId) {
        Renja renja = store.baca(renjaId);
        KecamatanData kecamatan = organisasi.kecamatan(renja.kecamatanId);
        akses.wajibBaca(kecamatan.id(), kecamatan.kabupatenId());
        boolean ditetapkan = renja.tahap == Tahap.DITETAPKAN;
        String tahap = ditetapkan ? Pesan.get("renjaView.tahap.DITETAPKAN")
                : Pesan.get("renjaSipd.rancangan", Pesan.get("renjaView.tahap." + renja.tahap.name()));
        String judul = store.ringkas(renja).judul();
        byte[] isiBerkas = SipdRenjaXlsx.tulis(kecamatan.nama(), renja.tahun, tahap, isi.jumlah(renja),
                store.keData(renja, store.baris(renja)));
        String nama = ("SIPD-" + judul + "-" + kecamatan.nama() + "-" + (ditetapkan ? "Ditetapkan" : "Rancangan"))
                .replaceAll("[^A-Za-z0-9]+", "-") + ".xlsx";
        return new BerkasDokumen(nama, BerkasDokumen.XLSX, isiBerkas);
    }
}
