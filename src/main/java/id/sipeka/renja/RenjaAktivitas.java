package id.sipeka.renja;

import id.sipeka.renstra.Prioritas;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;

/**
 * An Aktivitas of a Renja row (issue 13): copied from the Renstra when the Renja is opened, then edited by the row's
 * unit. When a row has any, its pagu is their sum.
 */
@Entity
@Table(name = "renja_aktivitas")
class RenjaAktivitas {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "renja_baris_id")
    Long renjaBarisId;
    String kode;
    String nama;
    BigDecimal volume;
    String satuan;
    @Enumerated(EnumType.STRING)
    Prioritas prioritas;
    Long pagu;
    String lokasi;
    int urutan;
    @Version
    long version;

    protected RenjaAktivitas() {
    }

    RenjaAktivitas(Long renjaBarisId, String kode, int urutan) {
        this.renjaBarisId = renjaBarisId;
        this.kode = kode;
        this.urutan = urutan;
    }

    /** A copy for another row (a Renja Perubahan carries its Renja's Aktivitas). */
    RenjaAktivitas salinKe(long barisId) {
        RenjaAktivitas a = new RenjaAktivitas(barisId, kode, urutan);
        a.nama = nama;
        a.volume = volume;
        a.satuan = satuan;
        a.prioritas = prioritas;
        a.pagu = pagu;
        a.lokasi = lokasi;
        return a;
    }
}
