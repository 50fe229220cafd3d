/** Beans called from processes/renja.bpmn20.xml (service tasks and timer paths). */
package id.sipeka.renja.workflow;
