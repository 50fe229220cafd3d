package id.sipeka.evaluasi;

import id.sipeka.base.AturanDilanggarException;
import id.sipeka.base.Pesan;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One quarter's evaluation of a kecamatan; business key of the evaluasiTriwulan process. Running while the units
 * report, then the recap waits for the camat, then it is done; each step refuses what the current state does not
 * allow.
 */
@Entity
@Table(name = "evaluasi_triwulan")
class EvaluasiTriwulan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "kecamatan_id")
    Long kecamatanId;
    @Column(name = "renja_id")
    Long renjaId;
    int tahun;
    int triwulan;
    @Enumerated(EnumType.STRING)
    StatusEvaluasi status;
    LocalDate batas;
    @Column(name = "dimulai_pada")
    Instant dimulaiPada;
    @Column(name = "dimulai_oleh")
    String dimulaiOleh;
    @Column(name = "rekap_tempat")
    String rekapTempat;
    @Column(name = "rekap_tanggal")
    LocalDate rekapTanggal;
    @Column(name = "rekap_oleh")
    String rekapOleh;
    @Column(name = "rekap_nama")
    String rekapNama;
    @Column(name = "rekap_jabatan")
    String rekapJabatan;
    /** The signed recap PDF in the archive, once the camat has signed the recap. */
    @Column(name = "rekap_arsip_kode")
    String rekapArsipKode;
    /** TW IV only: the signed PDF of the year's evaluation, archived with the recap. */
    @Column(name = "tahunan_arsip_kode")
    String tahunanArsipKode;
    @Version
    long version;

    protected EvaluasiTriwulan() {
    }

    /** A quarter started now: the units report until {@code batas}. */
    static EvaluasiTriwulan mulai(long kecamatanId, long renjaId, int tahun, int triwulan, LocalDate batas, Instant waktu,
            String oleh) {
        EvaluasiTriwulan e = new EvaluasiTriwulan();
        e.kecamatanId = kecamatanId;
        e.renjaId = renjaId;
        e.tahun = tahun;
        e.triwulan = triwulan;
        e.batas = Objects.requireNonNull(batas);
        e.status = StatusEvaluasi.BERJALAN;
        e.dimulaiPada = Objects.requireNonNull(waktu);
        e.dimulaiOleh = Objects.requireNonNull(oleh);
        return e;
    }

    /** Every unit's report is signed: the recap waits for the camat. */
    void rekapSiap() {
        wajib(StatusEvaluasi.BERJALAN, "evaluasi.rekapHanyaSaatBerjalan");
        status = StatusEvaluasi.REKAP;
    }

    /** The camat signs the recap: the quarter is done. */
    void tandaTanganiRekap(String tempat, LocalDate tanggal, String oleh, String nama, String jabatan) {
        wajib(StatusEvaluasi.REKAP, "evaluasi.rekapBelumSiap");
        rekapTempat = Objects.requireNonNull(tempat);
        rekapTanggal = Objects.requireNonNull(tanggal);
        rekapOleh = oleh;
        rekapNama = nama;
        rekapJabatan = jabatan;
        status = StatusEvaluasi.SELESAI;
    }

    /** The signed originals in the archive: the recap, and after TW IV the year's evaluation (else null). */
    void arsipkan(String rekap, String tahunan) {
        wajib(StatusEvaluasi.SELESAI, "evaluasi.rekapBelumSiap");
        if ((tahunan != null) != (triwulan == 4)) {
            throw new IllegalArgumentException("The year's evaluation is archived with the TW IV recap only");
        }
        rekapArsipKode = Objects.requireNonNull(rekap);
        tahunanArsipKode = tahunan;
    }

    private void wajib(StatusEvaluasi harus, String kunci) {
        if (status != harus) {
            throw new AturanDilanggarException(Pesan.get(kunci));
        }
    }
}
