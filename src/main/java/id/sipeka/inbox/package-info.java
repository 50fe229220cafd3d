/** The user's open tasks across all processes, with due dates; each opens the screen named by its formKey. */
@org.springframework.modulith.ApplicationModule(displayName = "Inbox",
        allowedDependencies = {"base", "base :: ui", "notifikasi", "security"})
package id.sipeka.inbox;
