package id.sipeka.base;

import java.util.Map;
import java.util.Set;
import org.flowable.bpmn.model.BpmnModel;

/**
 * One document's process as the screens draw it: the deployed definition (with its BPMN DI), the steps open now, the
 * steps already done, and the values that fill a name such as "Isi laporan evaluasi TW ${tw}". Built by
 * {@link PembacaAlurProses} inside a module's process adapter; a screen gets only the picture ({@link #gambar()}).
 *
 * @param saatIni ids of the flow nodes active now (no sub process, no waiting timer)
 * @param selesai ids of the flow nodes passed at least once (drawn in a second tone unless active again)
 * @param nilai   process variables named in a node's name
 */
public record AlurProses(BpmnModel model, Set<String> saatIni, Set<String> selesai, Map<String, Object> nilai) {

    public AlurProses {
        saatIni = Set.copyOf(saatIni);
        selesai = Set.copyOf(selesai);
        nilai = Map.copyOf(nilai);
    }

    /** The same process with other current steps and nothing marked done (a view of one part of the document). */
    public AlurProses hanyaSaatIni(Set<String> langkah) {
        return new AlurProses(model, langkah, Set.of(), nilai);
    }

    /** The picture: an SVG drawn from the definition's DI, the current steps highlighted. */
    public DiagramAlur gambar() {
        return new DiagramAlur(GambarAlurProses.svg(this), !saatIni.isEmpty(), !selesai.isEmpty());
    }

    /**
     * A process drawn as SVG (drawn on the server from the BPMN DI, see {@link GambarAlurProses}).
     *
     * @param adaSaatIni whether any step is highlighted as current
     * @param adaSelesai whether any step is drawn as done
     */
    public record DiagramAlur(String svg, boolean adaSaatIni, boolean adaSelesai) {
    }
}
