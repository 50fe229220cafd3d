package id.sipeka.demo;

import id.sipeka.base.PersiapanAwal;
import id.sipeka.organisasi.AkunService;
import id.sipeka.security.SistemAuthentication;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.job.service.impl.asyncexecutor.AsyncExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads the demo on the first start of the embedded default. Never on MariaDB: a real deployment must not get
 * accounts with a published password.
 */
@Component
class DemoDataLoader {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final DemoData demoData;
    private final DemoEvaluasi demoEvaluasi;
    private final AkunService akunService;
    private final DataSource dataSource;
    private final boolean aktif;
    private final PersiapanAwal persiapan;
    private final ProcessEngineConfiguration mesin;

    DemoDataLoader(DemoData demoData, DemoEvaluasi demoEvaluasi, AkunService akunService, DataSource dataSource,
            @Value("${sipeka.demo.enabled:true}") boolean aktif, PersiapanAwal persiapan, ProcessEngineConfiguration mesin) {
        this.persiapan = persiapan;
        this.mesin = mesin;
        this.demoData = demoData;
        this.demoEvaluasi = demoEvaluasi;
        this.akunService = akunService;
        this.dataSource = dataSource;
        this.aktif = aktif;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    public void muatBilaPerlu() {
        if (!aktif || !basisDataBawaan() || akunService.adaAkun()) {
            return;
        }
        persiapan.mulai();
        AsyncExecutor pelaksana = mesin.getAsyncExecutor();
        boolean jedaPelaksana = pelaksana != null && pelaksana.isActive();
        // The demo's past quarters carry reminder timers that are due already. Fired while the loader completes the
        // same tasks, they collide with it (a retried job, but an ERROR with a stack trace in the first start's
        // console). The engine's job executor waits until the demo is there, then fires what is due.
        if (jedaPelaksana) {
            pelaksana.shutdown();
        }
        try {
            muat();
        } finally {
            if (jedaPelaksana) {
                pelaksana.start();
            }
            persiapan.selesai();
        }
    }

    private void muat() {
        SistemAuthentication.jalankan(() -> demoData.muat().forEach(hasil -> {
            log.info("Demo: Renstra {}–{} diimpor: {} program, {} kegiatan, {} sub kegiatan, {} tujuan/sasaran",
                    hasil.tahunAwal(), hasil.tahunAkhir(), hasil.jumlahProgram(), hasil.jumlahKegiatan(),
                    hasil.jumlahSubKegiatan(), hasil.jumlahTujuanSasaran());
            hasil.peringatan().forEach(p -> log.info("Demo: peringatan impor: {}", p));
        }));
        // Kalaena's planning years: last year complete, this year in progress, next year's Renja opened. Made step by
        // step through the services, so a failure leaves what was done so far; the demo kecamatan stays usable.
        long mulai = System.nanoTime();
        try {
            DemoEvaluasi.Hasil hasil = demoEvaluasi.muat();
            log.info("Demo: Renja dan evaluasi Kalaena disiapkan dalam {} detik: tahun {} lengkap (evaluasi tahunan "
                    + "tersimpan), {} triwulan tahun ini dievaluasi (triwulan terakhir masih berjalan), Renja {} dibuka",
                    (System.nanoTime() - mulai) / 1_000_000_000, hasil.tahunLengkap(), hasil.triwulanTahunIni(),
                    hasil.renjaDibuka());
        } catch (RuntimeException e) {
            log.warn("Demo: Renja dan evaluasi Kalaena tidak dapat disiapkan seluruhnya", e);
        }
        log.info("Demo kecamatan Kalaena dan Wasuponda dimuat. Kata sandi semua akun demo: {}", DemoData.SANDI_DEMO);
    }

    private boolean basisDataBawaan() {
        try (Connection c = dataSource.getConnection()) {
            return "H2".equals(c.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            return false;
        }
    }
}
