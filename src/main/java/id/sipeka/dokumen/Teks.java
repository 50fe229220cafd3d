package id.sipeka.dokumen;

/** Makes user text safe for XHTML and XML: escaped markup, no characters XML forbids. */
final class Teks {

    private Teks() {
    }

    static String xml(String teks) {
        if (teks == null) {
            return "";
        }
        StringBuilder hasil = new StringBuilder(teks.length() + 16);
        for (int i = 0; i < teks.length(); i++) {
            char c = teks.charAt(i);
            switch (c) {
                case '&' -> hasil.append("&amp;");
                case '<' -> hasil.append("&lt;");
                case '>' -> hasil.append("&gt;");
                case '"' -> hasil.append("&quot;");
                case '\'' -> hasil.append("&#39;");
                default -> {
                    // XML 1.0 forbids most control characters; a pasted one would break the whole document.
                    if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') {
                        hasil.append(c);
                    }
                }
            }
        }
        return hasil.toString();
    }

    /** Text that keeps its line breaks in HTML. */
    static String xmlDenganBaris(String teks) {
        return xml(teks).replace("\r\n", "\n").replace("\n", "<br/>");
    }
}
