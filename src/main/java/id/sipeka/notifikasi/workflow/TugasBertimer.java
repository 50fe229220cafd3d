package id.sipeka.notifikasi.workflow;

import id.sipeka.base.RuteTugas;
import id.sipeka.security.Peran;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import org.flowable.bpmn.model.BoundaryEvent;
import org.flowable.bpmn.model.FlowNode;
import org.flowable.bpmn.model.UserTask;
import org.flowable.common.engine.api.delegate.Expression;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.impl.util.CommandContextUtil;

/**
 * The user task a reminder or escalation timer is attached to, read from the BPMN model and resolved against the
 * process variables: its name ("Isi laporan evaluasi TW III"), who works on it (its candidate group), who hears
 * when it is late (the task's {@code sipeka:eskalasi} attribute), its deadline, the screen it opens and the document
 * it is about (the optional {@code sipeka:subjek} expression, e.g. {@code laporan:${laporanId}}: the step that moves
 * that document on makes the reminder done). Any
 * process gets reminders and escalations by attaching the two timers; nothing here knows a process by name.
 */
record TugasBertimer(String nama, long kecamatanId, Peran pelaksana, Long unitId, Peran eskalasi, LocalDate batas,
        String rute, String subjek) {

    /** Namespace of SIPEKA's own BPMN attributes. */
    static final String NAMESPACE = "http://sipeka.id/bpmn";

    static TugasBertimer dari(DelegateExecution execution, ZoneId zona) {
        FlowNode layanan = (FlowNode) execution.getCurrentFlowElement();
        BoundaryEvent timer = (BoundaryEvent) layanan.getIncomingFlows().getFirst().getSourceFlowElement();
        UserTask tugas = (UserTask) timer.getAttachedToRef();
        String grup = teks(tugas.getCandidateGroups().getFirst(), execution);
        String[] bagian = grup.split(":", 2);
        long kecamatanId = ((Number) execution.getVariable("kecamatanId")).longValue();
        Peran pelaksana = switch (bagian[0]) {
            case "unit" -> Peran.KEPALA_UNIT;
            case "sekcam" -> Peran.SEKCAM;
            case "camat" -> Peran.CAMAT;
            default -> throw new IllegalStateException("Grup tugas tidak dikenal: " + grup);
        };
        Long unitId = pelaksana == Peran.KEPALA_UNIT ? Long.valueOf(bagian[1]) : null;
        String eskalasi = tugas.getAttributeValue(NAMESPACE, "eskalasi");
        if (eskalasi == null) {
            throw new IllegalStateException("Tugas " + tugas.getId() + " tanpa atribut sipeka:eskalasi");
        }
        String subjek = tugas.getAttributeValue(NAMESPACE, "subjek");
        return new TugasBertimer(teks(tugas.getName(), execution), kecamatanId, pelaksana, unitId,
                Peran.valueOf(eskalasi.toUpperCase()), batas(tugas.getDueDate(), execution, zona),
                RuteTugas.dari(tugas.getFormKey(), execution.getProcessInstanceBusinessKey()),
                subjek == null ? null : teks(subjek, execution));
    }

    /** The due date is the start of the day after the deadline; the deadline itself is the day before it. */
    private static LocalDate batas(String dueDate, DelegateExecution execution, ZoneId zona) {
        if (dueDate == null) {
            return null;
        }
        Object nilai = nilai(dueDate, execution);
        Instant jatuhTempo = switch (nilai) {
            case Date d -> d.toInstant();
            case String s -> ZonedDateTime.parse(s, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
            default -> throw new IllegalStateException("Batas waktu tidak dikenal: " + nilai);
        };
        return jatuhTempo.atZone(zona).toLocalDate().minusDays(1);
    }

    private static String teks(String ekspresi, DelegateExecution execution) {
        return String.valueOf(nilai(ekspresi, execution));
    }

    private static Object nilai(String ekspresi, DelegateExecution execution) {
        Expression e = CommandContextUtil.getProcessEngineConfiguration().getExpressionManager().createExpression(ekspresi);
        return e.getValue(execution);
    }
}
