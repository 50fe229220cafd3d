/**
 * The app shell (layout, menu, landing page, error handling) and small UI helpers shared by every feature's views.
 */
@org.springframework.modulith.NamedInterface("ui")
package id.sipeka.base.ui;
