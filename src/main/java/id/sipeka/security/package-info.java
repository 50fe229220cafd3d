/**
 * Roles, the signed-in user and what they may do (kecamatan, unit, acting Plt./Plh. rights), the Spring Security
 * configuration and the bridge that makes Flowable's authenticated user the signed-in user.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Keamanan",
        allowedDependencies = {"base"})
package id.sipeka.security;
