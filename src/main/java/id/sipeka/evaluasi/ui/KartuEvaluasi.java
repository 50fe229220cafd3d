package id.sipeka.evaluasi.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import id.sipeka.base.FormatIndonesia;
import id.sipeka.base.Pesan;
import id.sipeka.base.ui.KartuBeranda;
import id.sipeka.evaluasi.EvaluasiData.BarisMatriks;
import id.sipeka.evaluasi.EvaluasiData.EvaluasiRingkas;
import id.sipeka.evaluasi.EvaluasiData.LaporanData;
import id.sipeka.evaluasi.EvaluasiData.SelMatriks;
import id.sipeka.evaluasi.EvaluasiQueryService;
import id.sipeka.evaluasi.StatusLaporan;
import id.sipeka.evaluasi.Tindakan;
import id.sipeka.security.Akses;
import id.sipeka.security.PenggunaSipeka;
import id.sipeka.security.Peran;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Beranda: the current quarter's evaluation — for a unit its own report's state, last day and the sekcam's reason
 * when returned; for the sekcam and the camat the quarter's completeness at a glance (reports per state, late ones).
 */
@org.springframework.stereotype.Component
class KartuEvaluasi implements KartuBeranda {

    private final EvaluasiQueryService evaluasi;
    private final Akses akses;

    KartuEvaluasi(EvaluasiQueryService evaluasi, Akses akses) {
        this.evaluasi = evaluasi;
        this.akses = akses;
    }

    @Override
    public int urutan() {
        return 40;
    }

    @Override
    public Optional<Component> untukSaya() {
        PenggunaSipeka saya = akses.pengguna();
        if (saya.kecamatanId() == null) {
            return Optional.empty();
        }
        Optional<EvaluasiRingkas> terbaru = evaluasi.daftar(saya.kecamatanId()).stream()
                .max(Comparator.comparingInt(EvaluasiRingkas::tahun).thenComparingInt(EvaluasiRingkas::triwulan));
        if (terbaru.isEmpty()) {
            return Optional.empty();
        }
        EvaluasiRingkas e = terbaru.get();
        String judul = Pesan.get("beranda.evaluasiJudul", FormatIndonesia.triwulan(e.triwulan()), String.valueOf(e.tahun()));
        Long unit = saya.unitKerjaId();
        if ((saya.peran() == Peran.KEPALA_UNIT || saya.peran() == Peran.STAF) && unit != null) {
            Optional<Long> laporanId = evaluasi.laporanId(e.id(), unit);
            if (laporanId.isEmpty()) {
                return Optional.empty();
            }
            LaporanData l = evaluasi.laporan(laporanId.get());
            Div isi = new Div(KartuBeranda.baris(Pesan.get("beranda.laporanStatus", l.unitNama(),
                    Pesan.get("beranda.laporan." + l.status().name())),
                    Pesan.get("beranda.batas", FormatIndonesia.tanggal(l.batas()))
                            + (l.terlambat() ? " · " + Pesan.get("beranda.terlambat") : "")));
            if (l.status() == StatusLaporan.DIKEMBALIKAN && l.alasan() != null) {
                isi.add(KartuBeranda.baris(Pesan.get("beranda.alasan", l.alasan()), null));
            }
            return Optional.of(KartuBeranda.kartu("kartu-evaluasi", judul, null, isi,
                    KartuBeranda.lanjutkan("kartu-evaluasi-lanjutkan", "evaluasi/" + e.id() + "/laporan")));
        }
        Map<StatusLaporan, Integer> perStatus = new EnumMap<>(StatusLaporan.class);
        int terlambat = 0;
        int jumlah = 0;
        for (BarisMatriks b : evaluasi.matriks(saya.kecamatanId(), e.tahun())) {
            SelMatriks s = b.triwulan().get(e.triwulan());
            if (s != null) {
                jumlah++;
                perStatus.merge(s.status(), 1, Integer::sum);
                terlambat += s.terlambat() ? 1 : 0;
            }
        }
        Div isi = new Div(KartuBeranda.baris(Pesan.get("beranda.evaluasiLengkap", n(perStatus, StatusLaporan.DITANDATANGANI), jumlah),
                Pesan.get("beranda.evaluasiRincian", n(perStatus, StatusLaporan.DIVERIFIKASI),
                        n(perStatus, StatusLaporan.DIAJUKAN), n(perStatus, StatusLaporan.DIKEMBALIKAN),
                        n(perStatus, StatusLaporan.DIISI), terlambat)));
        Div aksi = new Div(KartuBeranda.lanjutkan("kartu-evaluasi-lanjutkan", "evaluasi"));
        aksi.addClassName("aksi-kartu");
        semuaSekaligus(e.id()).ifPresent(aksi::add);
        isi.add(aksi);
        return Optional.of(KartuBeranda.kartu("kartu-evaluasi", judul, null, isi));
    }

    /**
     * One click to the sekcam's verification or the camat's signature of every report waiting for it in this quarter:
     * the screen opens with the "several at once" dialog. Counted by the same question the screen asks per report.
     */
    private Optional<Button> semuaSekaligus(long evaluasiId) {
        long verifikasi = 0;
        long tandaTangan = 0;
        for (LaporanData l : evaluasi.semuaLaporan(evaluasiId)) {
            Set<Tindakan> boleh = evaluasi.tindakan(l.id());
            verifikasi += boleh.contains(Tindakan.VERIFIKASI) ? 1 : 0;
            tandaTangan += boleh.contains(Tindakan.TANDA_TANGAN) ? 1 : 0;
        }
        Button b;
        // one waiting report is one "Buka" on the task card; the dialog is for several
        if (tandaTangan > 1) {
            b = KartuBeranda.lanjutkan("kartu-evaluasi-semua", "evaluasi/" + evaluasiId + "/tandatangan?semua");
            b.setText(Pesan.get("beranda.tandaTanganiSemua", tandaTangan));
        } else if (verifikasi > 1) {
            b = KartuBeranda.lanjutkan("kartu-evaluasi-semua", "evaluasi/" + evaluasiId + "/verifikasi?semua");
            b.setText(Pesan.get("beranda.verifikasiSemua", verifikasi));
        } else {
            return Optional.empty();
        }
        return Optional.of(b);
    }

    private static int n(Map<StatusLaporan, Integer> perStatus, StatusLaporan s) {
        return Objects.requireNonNullElse(perStatus.get(s), 0);
    }
}
