package id.sipeka.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TeksAuditTest {

    @Test
    void aStoredRecordReadsAsFieldsWithRolesAndGradesInWords() {
        assertThat(TeksAudit.nilai("AkunData[id=8, username=kasi.pu, peran=KEPALA_UNIT, pegawaiId=8, kabupatenId=null]"))
                .isEqualTo("id: 8; username: kasi.pu; peran: kepala unit; pegawaiId: 8; kabupatenId: –");
        assertThat(TeksAudit.nilai("PegawaiData[id=9, nama=Rizky Pratama, A.Md., pangkat=III_B]"))
                .isEqualTo("id: 9; nama: Rizky Pratama, A.Md.; pangkat: III/b");
        assertThat(TeksAudit.nilai("DesaData[id=3, kode=KALAENA-1, jenis=DESA]")).isEqualTo("id: 3; kode: KALAENA-1; jenis: desa");
        assertThat(TeksAudit.nilai("Target 3 → 4")).isEqualTo("Target 3 → 4");
        assertThat(TeksAudit.nilai(null)).isEmpty();
    }

    @Test
    void actionsAndDataTypesReadAsWords() {
        assertThat(TeksAudit.aksi("GANTI_SANDI")).isEqualTo("Ganti sandi");
        assertThat(TeksAudit.aksi("UBAH")).isEqualTo("Ubah");
        assertThat(TeksAudit.jenis("UnitKerja")).isEqualTo("Unit kerja");
        assertThat(TeksAudit.jenis("HARI_LIBUR")).isEqualTo("Hari libur");
        assertThat(TeksAudit.jenis("LaporanEvaluasi")).isEqualTo("Laporan evaluasi");
    }
}
