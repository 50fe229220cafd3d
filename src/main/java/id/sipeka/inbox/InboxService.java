package id.sipeka.inbox;

import id.sipeka.base.RuteTugas;
import id.sipeka.security.Akses;
import id.sipeka.security.PenggunaSipeka;
import id.sipeka.security.Penugasan;
import id.sipeka.security.Peran;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in user's open tasks. Tasks are offered to groups ("unit:&lt;id&gt;", "sekcam:&lt;kecamatan&gt;",
 * "camat:&lt;kecamatan&gt;"); the user's groups follow from their role, unit and Plt./Plh. valid today.
 */
@Service
public class InboxService {

    private final TaskService tasks;
    private final Akses akses;
    private final Clock clock;

    InboxService(TaskService tasks, Akses akses, Clock clock) {
        this.tasks = tasks;
        this.akses = akses;
        this.clock = clock;
    }

    /** @param rute the screen to open, e.g. "renja/12/bagian" (the formKey with the business key inserted) */
    public record Tugas(String id, String nama, String prosesKey, String kunciBisnis, String rute, Instant jatuhTempo,
            boolean terlambat, Instant dibuat) {
    }

    @Transactional(readOnly = true)
    public List<Tugas> tugasSaya() {
        List<String> grup = grupSaya();
        if (grup.isEmpty()) {
            return List.of();
        }
        Instant sekarang = clock.instant();
        List<Tugas> hasil = new ArrayList<>();
        for (Task t : tasks.createTaskQuery().taskCandidateGroupIn(grup).includeProcessVariables().list()) {
            String kunci = t.getProcessVariables().get("renjaId") == null ? null
                    : String.valueOf(t.getProcessVariables().get("renjaId"));
            Instant tempo = t.getDueDate() == null ? null : t.getDueDate().toInstant();
            hasil.add(new Tugas(t.getId(), t.getName(), t.getProcessDefinitionId().split(":")[0], kunci,
                    RuteTugas.dari(t.getFormKey(), kunci), tempo, tempo != null && tempo.isBefore(sekarang),
                    t.getCreateTime().toInstant()));
        }
        hasil.sort(Comparator.comparing(Tugas::jatuhTempo, Comparator.nullsLast(Comparator.naturalOrder())));
        return hasil;
    }

    /** The candidate groups of the signed-in user today. */
    public List<String> grupSaya() {
        PenggunaSipeka p = akses.pengguna();
        if (p.kecamatanId() == null) {
            return List.of();
        }
        var hariIni = akses.hariIni();
        Set<String> grup = new LinkedHashSet<>();
        if (p.unitKerjaId() != null && (p.peran() == Peran.KEPALA_UNIT || p.peran() == Peran.STAF)) {
            grup.add("unit:" + p.unitKerjaId());
        }
        for (Penugasan t : p.penugasanPada(hariIni)) {
            if (t.peran() == Peran.KEPALA_UNIT && t.unitKerjaId() != null) {
                grup.add("unit:" + t.unitKerjaId());
            }
        }
        if (p.punyaPeran(Peran.SEKCAM, hariIni)) {
            grup.add("sekcam:" + p.kecamatanId());
        }
        if (p.punyaPeran(Peran.CAMAT, hariIni)) {
            grup.add("camat:" + p.kecamatanId());
        }
        return List.copyOf(grup);
    }
}
