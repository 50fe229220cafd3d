package id.sipeka.renstra;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KodeNomenklaturTest {

    @Test
    void recognisesTheThreeLevels() {
        assertThat(KodeNomenklatur.tingkat("7.01.01")).contains(Tingkat.PROGRAM);
        assertThat(KodeNomenklatur.tingkat("7.01.01.2.01")).contains(Tingkat.KEGIATAN);
        assertThat(KodeNomenklatur.tingkat("7.01.01.2.01.0001")).contains(Tingkat.SUB_KEGIATAN);
    }

    @Test
    void acceptsTheOlderTwoDigitSubKegiatanCode() {
        assertThat(KodeNomenklatur.tingkat("7.01.01.2.01.01")).contains(Tingkat.SUB_KEGIATAN);
    }

    @Test
    void refusesMalformedCodes() {
        assertThat(KodeNomenklatur.tingkat("7.1.01")).isEmpty();
        assertThat(KodeNomenklatur.tingkat("7.01.01.2.1")).isEmpty();
        assertThat(KodeNomenklatur.tingkat("7.01.01.2.01.001")).isEmpty();
        assertThat(KodeNomenklatur.tingkat("7.01.01.2.01.0001.")).isEmpty();
        assertThat(KodeNomenklatur.tingkat("7-01-01")).isEmpty();
        assertThat(KodeNomenklatur.tingkat("")).isEmpty();
        assertThat(KodeNomenklatur.tingkat(null)).isEmpty();
    }

    @Test
    void findsTheParentByCode() {
        assertThat(KodeNomenklatur.induk("7.01.06.2.01.0017")).contains("7.01.06.2.01");
        assertThat(KodeNomenklatur.induk("7.01.06.2.01")).contains("7.01.06");
        assertThat(KodeNomenklatur.induk("7.01.06")).isEmpty();
    }

    @Test
    void recognisesTujuanAndSasaranCodes() {
        assertThat(KodeNomenklatur.tingkatTujuanSasaran("T1")).contains(Tingkat.TUJUAN);
        assertThat(KodeNomenklatur.tingkatTujuanSasaran("T1.S2")).contains(Tingkat.SASARAN);
        assertThat(KodeNomenklatur.tingkatTujuanSasaran("S1")).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void anAktivitasIsTheSubKegiatansCodeAndOneToThreeDigits() {
        assertThat(KodeNomenklatur.tingkat("7.01.01.2.01.0001.1")).contains(Tingkat.AKTIVITAS);
        assertThat(KodeNomenklatur.tingkat("7.01.01.2.01.0001.01")).contains(Tingkat.AKTIVITAS);
        assertThat(KodeNomenklatur.tingkat("7.01.01.2.01.01.123")).contains(Tingkat.AKTIVITAS);
        assertThat(KodeNomenklatur.tingkat("7.01.01.2.01.0001.1234")).isEmpty();
        assertThat(KodeNomenklatur.tingkat("7.01.01.2.01.0001.")).isEmpty();
        assertThat(KodeNomenklatur.tingkat("7.01.01.2.01.0001.1.1")).isEmpty();
        assertThat(KodeNomenklatur.induk("7.01.01.2.01.0001.12")).contains("7.01.01.2.01.0001");
    }
}
