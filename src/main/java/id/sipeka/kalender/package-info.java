/**
 * Working days: the national holidays and cuti bersama (a table the admin keeps from the yearly SKB 3 Menteri) and
 * the arithmetic deadlines, reminders and escalations count with; Flowable's timers reach it as the business
 * calendar {@value id.sipeka.kalender.KalenderFlowable#NAMA}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Kalender kerja",
        allowedDependencies = {"base", "base :: ui", "security", "audit"})
package id.sipeka.kalender;
