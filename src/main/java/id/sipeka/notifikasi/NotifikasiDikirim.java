package id.sipeka.notifikasi;

/** A notification was stored; after the commit its readers who asked for it get it by e-mail. */
record NotifikasiDikirim(long notifikasiId, long kecamatanId) {
}
