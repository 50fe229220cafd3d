/** Screens of the document module: the public verification page. */
package id.sipeka.dokumen.ui;
