/**
 * The reminder and escalation beans every process calls from its timers ({@code ${pengingatTugas}},
 * {@code ${eskalasiTugas}}): who to tell and what follows from the BPMN task itself.
 */
package id.sipeka.notifikasi.workflow;
