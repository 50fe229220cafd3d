/**
 * Screens of the document module: the public verification page, the archive; and, for the content modules' screens,
 * the passphrase/TOTP field and dialog of a signing through BSrE ({@link id.sipeka.dokumen.ui.MedanKredensial},
 * {@link id.sipeka.dokumen.ui.DialogKredensial}).
 */
@org.springframework.modulith.NamedInterface("ui")
package id.sipeka.dokumen.ui;
