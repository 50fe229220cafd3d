/**
 * Shared kernel: Indonesian formatting and parsing, value types (NIP), the message bundle, and the app shell
 * ({@code base.ui}). Depends on no other SIPEKA module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Base",
        allowedDependencies = {})
package id.sipeka.base;
