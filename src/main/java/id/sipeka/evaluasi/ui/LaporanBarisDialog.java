package id.sipeka.evaluasi.ui;

import id.sipeka.base.ui.FieldTeks;
import id.sipeka.base.Rupiah;
import id.sipeka.base.Kuantitas;
import id.sipeka.base.BatasTeks;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import id.sipeka.base.ui.PemilihTanggal;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import id.sipeka.base.AngkaIndonesia;
import id.sipeka.base.FormatIndonesia;
import id.sipeka.base.ui.FieldAngka;
import id.sipeka.base.ui.Notifikasi;
import id.sipeka.base.ui.UnggahanTerbatas;
import id.sipeka.evaluasi.Capaian;
import id.sipeka.evaluasi.EvaluasiData.BarisLaporan;
import id.sipeka.evaluasi.EvaluasiData.BuktiData;
import id.sipeka.evaluasi.EvaluasiData.IndikatorLainLaporan;
import id.sipeka.evaluasi.EvaluasiData.KegiatanData;
import id.sipeka.evaluasi.EvaluasiData.UbahLaporanBaris;
import id.sipeka.evaluasi.EvaluasiQueryService;
import id.sipeka.evaluasi.PengisianLaporanService;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One sub kegiatan of the report: realisasi kinerja and keuangan with their capaian shown as they are typed (computed
 * by {@link Capaian}, the same as everywhere), kendala, tindak lanjut, the activities carried out and evidence files.
 */
class LaporanBarisDialog extends Dialog {

    final TextField realisasi = new TextField(getTranslation("laporanBarisDialog.realisasi"));
    final TextField realisasiRp = new TextField(getTranslation("laporanBarisDialog.realisasiRp"));
    final Span capaian = new Span();
    final TextArea kendala = new TextArea(getTranslation("laporanBarisDialog.kendala"));
    final TextArea tindakLanjut = new TextArea(getTranslation("laporanBarisDialog.tindakLanjut"));
    final TextArea catatanKeuangan = new TextArea(getTranslation("laporanBarisDialog.catatanKeuangan"));
    final Button simpan = new Button(getTranslation("umum.simpan"));
    /** The realisasi of the sub kegiatan's second, third, … indicator, by its urutan. */
    final Map<Integer, TextField> realisasiLain = new LinkedHashMap<>();
    UnggahanTerbatas unggahanBukti;

    /** @param batasBukti the largest evidence file ({@code sipeka.unggah.bukti}), enforced while it is uploaded */
    LaporanBarisDialog(EvaluasiQueryService evaluasi, PengisianLaporanService pengisian, BarisLaporan b, int tahun, List<String> desa, long batasBukti,
            Runnable sesudah) {
        setHeaderTitle(b.kode() + " " + b.nama());
        setWidth("min(60em, 95vw)");
        Paragraph acuan = new Paragraph(getTranslation("laporanBarisDialog.acuan", LaporanTabel.teks(b.indikator()),
                LaporanTabel.angka(b.targetTw()), LaporanTabel.teks(b.satuan()), LaporanTabel.rp(b.targetRpTw()),
                LaporanTabel.angka(b.targetTahunan()), b.anggaran() == null ? "–" : FormatIndonesia.rupiah(b.anggaran())));
        add(acuan);
        if (b.alasanKembali() != null) {
            Paragraph alasan = new Paragraph(getTranslation("laporanBarisDialog.dikembalikan", b.alasanKembali()));
            alasan.addClassName("masalah");
            add(alasan);
        }
        realisasi.setId("isi-realisasi");
        realisasiRp.setId("isi-realisasi-rp");
        capaian.setId("capaian-langsung");
        realisasi.setValue(LaporanTabel.angka(b.realisasiTw()));
        realisasi.setSuffixComponent(new Span(LaporanTabel.teks(b.satuan())));
        realisasiRp.setValue(LaporanTabel.rp(b.realisasiRpTw()));
        kendala.setMaxLength(BatasTeks.KENDALA);
        tindakLanjut.setMaxLength(BatasTeks.KENDALA);
        catatanKeuangan.setMaxLength(BatasTeks.CATATAN_KEUANGAN);
        kendala.setValue(LaporanTabel.teks(b.kendala()));
        tindakLanjut.setValue(LaporanTabel.teks(b.tindakLanjut()));
        catatanKeuangan.setValue(LaporanTabel.teks(b.catatanKeuangan()));
        // live capaian while typing, from the same computation the service uses
        realisasi.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
        realisasiRp.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
        realisasi.addValueChangeListener(e -> hitung(b));
        realisasiRp.addValueChangeListener(e -> hitung(b));
        hitung(b);
        FormLayout form = new FormLayout(realisasi, realisasiRp, capaian);
        form.setColspan(capaian, 2);
        for (IndikatorLainLaporan i : b.indikatorLain()) {
            TextField f = new TextField(getTranslation("laporanBarisDialog.realisasiIndikatorLain", i.urutan(), i.indikator()));
            f.setId("isi-realisasi-" + i.urutan());
            f.setValue(LaporanTabel.angka(i.realisasiTw()));
            f.setSuffixComponent(new Span(LaporanTabel.teks(i.satuan())));
            f.setHelperText(getTranslation("laporanBarisDialog.targetIndikatorLain", LaporanTabel.angka(i.targetTahunan()),
                    LaporanTabel.teks(i.satuan()), LaporanTabel.angka(i.realisasiSd()), FormatIndonesia.persen(i.capaianSd()),
                    i.targetTw() == null ? "–" : LaporanTabel.angka(i.targetTw()), FormatIndonesia.persen(i.capaianTw())));
            realisasiLain.put(i.urutan(), f);
            form.add(f);
        }
        form.add(kendala, tindakLanjut, catatanKeuangan);
        add(form);
        add(kegiatan(pengisian, b, tahun, desa, sesudah), bukti(evaluasi, pengisian, b, batasBukti, sesudah));
        simpan.setId("simpan-laporan-baris");
        simpan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        simpan.addClickListener(e -> {
            Optional<BigDecimal> r = FieldAngka.baca(realisasi, false);
            Optional<Long> rp = FieldAngka.bacaRupiah(realisasiRp);
            boolean teksSah = FieldTeks.sah(kendala, BatasTeks.KENDALA) & FieldTeks.sah(tindakLanjut, BatasTeks.KENDALA)
                    & FieldTeks.sah(catatanKeuangan, BatasTeks.CATATAN_KEUANGAN);
            Map<Integer, BigDecimal> lain = new HashMap<>();
            boolean lainSah = true;
            for (var f : realisasiLain.entrySet()) {
                Optional<BigDecimal> nilai = FieldAngka.baca(f.getValue(), false);
                lainSah &= nilai != null;
                if (nilai != null) {
                    lain.put(f.getKey(), nilai.orElse(null));
                }
            }
            if (r == null || rp == null || !teksSah || !lainSah) {
                return;
            }
            try {
                pengisian.simpanBaris(new UbahLaporanBaris(b.id(), b.version(), r.orElse(null),
                        rp.orElse(null), kendala.getValue(), tindakLanjut.getValue(),
                        catatanKeuangan.getValue(), lain));
                Notifikasi.sukses(getTranslation("umum.tersimpan"));
                close();
                sesudah.run();
            } catch (RuntimeException ex) {
                Notifikasi.gagal(ex);
            }
        });
        getFooter().add(new Button(getTranslation("umum.batal"), e -> close()), simpan);
    }

    private void hitung(BarisLaporan b) {
        String teksKinerja = "–";
        String teksRp = "–";
        try {
            // a value beyond its bound is not computed with: it is marked, naming the field, when saving
            BigDecimal r = AngkaIndonesia.parse(realisasi.getValue())
                    .filter(v -> Kuantitas.masalah(v, "").isEmpty()).orElse(null);
            teksKinerja = FormatIndonesia.persen(Capaian.kinerja(b.targetTw(), r, b.polaritas()));
            BigDecimal rp = AngkaIndonesia.parse(realisasiRp.getValue())
                    .filter(v -> Rupiah.masalah(v, "").isEmpty()).orElse(null);
            teksRp = FormatIndonesia.persen(Capaian.keuangan(b.targetRpTw(), rp == null ? null : rp.longValueExact()));
        } catch (RuntimeException tidakTerbaca) {
            // shown when saving, with the field marked; here the capaian simply stays "–"
        }
        capaian.setText(getTranslation("laporanBarisDialog.capaian", teksKinerja, teksRp));
    }

    private com.vaadin.flow.component.Component kegiatan(PengisianLaporanService pengisian, BarisLaporan b, int tahun,
            List<String> desa, Runnable sesudah) {
        var wadah = new com.vaadin.flow.component.orderedlayout.VerticalLayout(
                new H4(getTranslation("laporanBarisDialog.kegiatan")));
        wadah.setPadding(false);
        UnorderedList daftar = new UnorderedList();
        for (KegiatanData k : b.kegiatan()) {
            Button hapus = new Button(getTranslation("laporanBarisDialog.hapus"), e -> {
                try {
                    pengisian.hapusKegiatan(k.id());
                    close();
                    sesudah.run();
                } catch (RuntimeException ex) {
                    Notifikasi.gagal(ex);
                }
            });
            hapus.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            daftar.add(new ListItem(new Span(FormatIndonesia.tanggal(k.tanggal()) + ", " + k.desa() + ": " + k.uraian() + " "), hapus));
        }
        DatePicker tanggal = new PemilihTanggal(getTranslation("laporanBarisDialog.tanggal"));
        tanggal.setMin(LocalDate.of(tahun, 1, 1));
        tanggal.setMax(LocalDate.of(tahun, 12, 31));
        ComboBox<String> lokasi = new ComboBox<>(getTranslation("laporanBarisDialog.desa"), desa);
        TextField uraian = FieldTeks.batasi(new TextField(getTranslation("laporanBarisDialog.uraian")), BatasTeks.CATATAN_KEUANGAN);
        uraian.setWidth("24em");
        Button tambah = new Button(getTranslation("laporanBarisDialog.tambahKegiatan"), e -> {
            try {
                pengisian.tambahKegiatan(b.id(), new KegiatanData(null, tanggal.getValue(), lokasi.getValue(), uraian.getValue()));
                close();
                sesudah.run();
            } catch (RuntimeException ex) {
                Notifikasi.gagal(ex);
            }
        });
        HorizontalLayout baris = new HorizontalLayout(tanggal, lokasi, uraian, tambah);
        baris.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        baris.setWrap(true);
        wadah.add(daftar, baris);
        return wadah;
    }

    private com.vaadin.flow.component.Component bukti(EvaluasiQueryService evaluasi, PengisianLaporanService pengisian, BarisLaporan b, long batasBukti,
            Runnable sesudah) {
        var wadah = new com.vaadin.flow.component.orderedlayout.VerticalLayout(
                new H4(getTranslation("laporanBarisDialog.bukti")));
        wadah.setPadding(false);
        UnorderedList daftar = new UnorderedList();
        for (BuktiData x : b.bukti()) {
            Anchor unduh = new Anchor(DownloadHandler.fromInputStream(ev -> {
                var berkas = evaluasi.berkasBukti(x.id());
                return new DownloadResponse(new ByteArrayInputStream(berkas.isi()), berkas.nama(), berkas.jenis(), berkas.isi().length);
            }), x.nama());
            Button hapus = new Button(getTranslation("laporanBarisDialog.hapus"), e -> {
                try {
                    pengisian.hapusBukti(x.id());
                    close();
                    sesudah.run();
                } catch (RuntimeException ex) {
                    Notifikasi.gagal(ex);
                }
            });
            hapus.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            String ukuran = getTranslation("laporanBarisDialog.ukuran", FormatIndonesia.angka(x.ukuran()));
            daftar.add(new ListItem(unduh, new Span(" " + ukuran + " "), hapus));
        }
        unggahanBukti = UnggahanTerbatas.keMemori(batasBukti, (nama, isi) -> {
            try {
                pengisian.unggahBukti(b.id(), nama, isi);
                Notifikasi.sukses(getTranslation("laporanBarisDialog.buktiTersimpan", nama));
                close();
                sesudah.run();
            } catch (RuntimeException ex) {
                Notifikasi.gagal(ex);
            }
        });
        Upload unggah = unggahanBukti.pasangPada(new Upload());
        unggah.setAcceptedFileTypes("application/pdf", "image/png", "image/jpeg", ".pdf", ".png", ".jpg", ".jpeg");
        wadah.add(daftar, unggah);
        return wadah;
    }
}
