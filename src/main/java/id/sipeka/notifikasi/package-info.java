/**
 * Notifications: reminders before a deadline and escalations after it. {@link id.sipeka.notifikasi.Pemberitahu}
 * is the notifier interface processes call; today it records in-app notifications (e-mail can be added behind it).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifikasi",
        allowedDependencies = {"base", "base :: ui", "organisasi", "security"})
package id.sipeka.notifikasi;
