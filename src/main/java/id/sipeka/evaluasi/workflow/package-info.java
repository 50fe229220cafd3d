/** Beans the evaluation processes call: reminders, escalation, the recap step and the automatic quarterly start. */
package id.sipeka.evaluasi.workflow;
