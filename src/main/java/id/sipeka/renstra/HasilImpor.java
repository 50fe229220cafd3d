package id.sipeka.renstra;

import java.util.List;

/** A successful import: what was stored, and the warnings (e.g. a printed pagu that differs from its sum). */
public record HasilImpor(long renstraId, int tahunAwal, int tahunAkhir, int jumlahProgram, int jumlahKegiatan,
        int jumlahSubKegiatan, int jumlahTujuanSasaran, List<MasalahImpor> peringatan) {
}
