package id.sipeka.base;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.flowable.bpmn.model.BoundaryEvent;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.FlowElement;
import org.flowable.bpmn.model.FlowNode;
import org.flowable.bpmn.model.SubProcess;
import org.flowable.engine.HistoryService;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.history.HistoricActivityInstance;
import org.flowable.engine.history.HistoricProcessInstance;
import org.flowable.engine.repository.ProcessDefinition;
import org.flowable.variable.api.history.HistoricVariableInstance;
import org.springframework.stereotype.Component;

/**
 * Reads one document's process from Flowable for its picture ({@link AlurProses}): the latest instance with the
 * document's business key, its active steps (runtime), the steps it has passed (history) and the definition it runs
 * on. Called by each module's process adapter (ProsesRenja, ProsesEvaluasi), never by a screen.
 */
@Component
public class PembacaAlurProses {

    private static final Pattern VARIABEL = Pattern.compile("\\$\\{\\s*(\\w+)\\s*}");

    private final RuntimeService runtime;
    private final HistoryService history;
    private final RepositoryService repository;

    PembacaAlurProses(RuntimeService runtime, HistoryService history, RepositoryService repository) {
        this.runtime = runtime;
        this.history = history;
        this.repository = repository;
    }

    /** The latest instance of process {@code kunciProses} for the business key; empty when there is none. */
    public Optional<AlurProses> baca(String kunciProses, String kunciBisnis) {
        List<HistoricProcessInstance> terakhir = history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(kunciProses).processInstanceBusinessKey(kunciBisnis)
                .orderByProcessInstanceStartTime().desc().listPage(0, 1);
        if (terakhir.isEmpty()) {
            return Optional.empty();
        }
        HistoricProcessInstance p = terakhir.getFirst();
        BpmnModel model = modelBergambar(p.getProcessDefinitionId(), kunciProses);
        boolean berjalan = p.getEndTime() == null;
        Set<String> aktif = berjalan ? langkah(model, runtime.getActiveActivityIds(p.getId()), Set.of()) : Set.of();
        // taken sequence flows are in the history too: they tell a timer that fired from one cancelled with its task
        Set<String> dilalui = history.createHistoricActivityInstanceQuery().processInstanceId(p.getId()).finished().list()
                .stream().map(HistoricActivityInstance::getActivityId).collect(Collectors.toSet());
        Set<String> lewat = langkah(model, dilalui, dilalui);
        return Optional.of(new AlurProses(model, aktif, lewat, nilai(model, p.getId(), berjalan)));
    }

    /**
     * The definition the instance runs on; an instance started before its file carried BPMN DI draws the newest
     * version of the same process instead (SIPEKA changes a process's picture, never its element ids, in place).
     */
    private BpmnModel modelBergambar(String definisiId, String kunciProses) {
        BpmnModel model = repository.getBpmnModel(definisiId);
        if (!model.getLocationMap().isEmpty()) {
            return model;
        }
        ProcessDefinition terbaru = repository.createProcessDefinitionQuery().processDefinitionKey(kunciProses)
                .latestVersion().singleResult();
        return terbaru == null ? model : repository.getBpmnModel(terbaru.getId());
    }

    /**
     * Of the activity ids, the steps a reader follows: sub processes are containers, not steps, and a timer on a task
     * is one only once it has fired, i.e. one of its outgoing flows is among {@code dilalui} (Flowable also records a
     * timer that ended unfired with its task).
     */
    private static Set<String> langkah(BpmnModel model, Collection<String> aktivitas, Set<String> dilalui) {
        Set<String> hasil = new HashSet<>();
        for (String id : aktivitas) {
            FlowElement e = model.getMainProcess().getFlowElement(id, true);
            boolean langkah = e instanceof BoundaryEvent b
                    ? b.getOutgoingFlows().stream().anyMatch(f -> dilalui.contains(f.getId()))
                    : e instanceof FlowNode && !(e instanceof SubProcess);
            if (langkah) {
                hasil.add(id);
            }
        }
        return hasil;
    }

    /** The process variables the nodes' names refer to ("${tw}"), from the running instance or its history. */
    private Map<String, Object> nilai(BpmnModel model, String prosesId, boolean berjalan) {
        Set<String> nama = new HashSet<>();
        for (FlowElement e : model.getMainProcess().findFlowElementsOfType(FlowElement.class, true)) {
            if (e.getName() != null) {
                Matcher m = VARIABEL.matcher(e.getName());
                while (m.find()) {
                    nama.add(m.group(1));
                }
            }
        }
        if (nama.isEmpty()) {
            return Map.of();
        }
        Map<String, Object> hasil = new HashMap<>();
        if (berjalan) {
            runtime.getVariables(prosesId, nama).forEach((k, v) -> {
                if (v != null) {
                    hasil.put(k, v);
                }
            });
        } else {
            for (String n : nama) {
                history.createHistoricVariableInstanceQuery().processInstanceId(prosesId).variableName(n).list().stream()
                        .filter(v -> prosesId.equals(v.getExecutionId()) && v.getValue() != null).findFirst()
                        .map(HistoricVariableInstance::getValue).ifPresent(v -> hasil.put(n, v));
            }
        }
        return hasil;
    }
}
