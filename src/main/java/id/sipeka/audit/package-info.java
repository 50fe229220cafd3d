/**
 * The append-only audit log: who changed what, when, in which record, from which value to which. Every service
 * that changes data writes here in the same transaction.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit",
        allowedDependencies = {"base", "security"})
package id.sipeka.audit;
