/**
 * Official documents: one document model (records) rendered to PDF/A, DOCX and XLSX; PAdES signatures with a key
 * per signer; the archive of every final document with its SHA-256; the public verification page. Content modules
 * (Renja, evaluasi) build a {@link id.sipeka.dokumen.Dokumen} and hand it to {@link id.sipeka.dokumen.DokumenService}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dokumen",
        allowedDependencies = {"base", "base :: ui", "audit", "organisasi", "security"})
package id.sipeka.dokumen;
