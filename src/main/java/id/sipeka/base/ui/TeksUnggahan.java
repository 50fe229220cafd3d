package id.sipeka.base.ui;

import com.vaadin.flow.component.upload.UploadI18N;
import id.sipeka.base.BatasUnggah;
import id.sipeka.base.Pesan;
import java.util.List;

/** The texts of Vaadin's upload in Bahasa Indonesia (its own are English), with the limit of the upload they belong to. */
final class TeksUnggahan {

    private TeksUnggahan() {
    }

    static UploadI18N indonesia(long batas) {
        String terlaluBesar = Pesan.get("unggah.terlaluBesarSingkat", BatasUnggah.megabyte(batas));
        return new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(Pesan.get("unggah.pilihBerkas")).setMany(Pesan.get("unggah.pilihBerkas")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(Pesan.get("unggah.letakkan")).setMany(Pesan.get("unggah.letakkan")))
                .setError(new UploadI18N.Error().setTooManyFiles(Pesan.get("unggah.terlaluBanyak"))
                        .setFileIsTooBig(terlaluBesar).setIncorrectFileType(Pesan.get("unggah.jenisDitolak")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status().setConnecting(Pesan.get("unggah.menghubungkan"))
                                .setStalled(Pesan.get("unggah.tertahan")).setProcessing(Pesan.get("unggah.memproses"))
                                .setHeld(Pesan.get("unggah.antre")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime().setPrefix(Pesan.get("unggah.sisaWaktu"))
                                .setUnknown(Pesan.get("unggah.sisaWaktuTakDiketahui")))
                        .setError(new UploadI18N.Uploading.Error().setServerUnavailable(Pesan.get("unggah.serverTakTersedia"))
                                .setUnexpectedServerError(Pesan.get("unggah.kesalahanServer"))
                                .setForbidden(Pesan.get("unggah.ditolakServer")).setFileTooLarge(terlaluBesar)))
                .setFile(new UploadI18N.File().setRetry(Pesan.get("unggah.ulangi")).setStart(Pesan.get("unggah.mulai"))
                        .setRemove(Pesan.get("unggah.hapus")))
                .setUnits(List.of("B", "kB", "MB", "GB", "TB"));
    }
}
