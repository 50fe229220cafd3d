package id.sipeka.dokumen;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import javax.xml.namespace.QName;
import org.apache.xmlbeans.XmlCursor;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * An editable Word document from the same model as the PDF: real tables (merged header cells, header rows repeated
 * on every page), landscape sections for wide tables, page numbers as fields, and table of contents / list of
 * tables as Word fields that Word refreshes when the file is opened.
 */
final class DocxDokumen {

    // Office PCs in kecamatan offices have Arial; the PDF embeds DejaVu Sans, which they usually lack.
    static final String FONT = "Arial";
    private static final String VML = "urn:schemas-microsoft-com:vml";
    static final String GAYA_KETERANGAN = "KeteranganTabel";
    private static final long A4_PENDEK = 11906;
    private static final long A4_PANJANG = 16838;
    static final long LEBAR_ISI_POTRET = A4_PENDEK - 1418 - 1020;
    static final long LEBAR_ISI_LANSKAP = A4_PANJANG - 850 - 850;

    private DocxDokumen() {
    }

    static byte[] tulis(Dokumen dokumen) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream keluar = new ByteArrayOutputStream()) {
            doc.getProperties().getCoreProperties().setTitle(dokumen.judul());
            doc.getProperties().getCoreProperties().setSubjectProperty(HtmlDokumen.subjek(dokumen));
            doc.getProperties().getCoreProperties().setCreator(dokumen.metadata().instansi());
            gayaKeterangan(doc);
            // Word recalculates the contents, the list of tables and the page numbers when the file is opened.
            doc.enforceUpdateFields();
            kepalaDanKaki(doc, dokumen);
            if (dokumen.sampul() != null) {
                sampul(doc, dokumen.sampul());
            }
            List<Bab> semua = dokumen.semuaBab();
            int pengantar = dokumen.pengantar().size();
            boolean lanskap = false;
            for (int b = 0; b < semua.size(); b++) {
                if (b == pengantar && dokumen.daftarIsi()) {
                    daftar(doc, dokumen);
                }
                Bab bab = semua.get(b);
                XWPFParagraph judul = doc.createParagraph();
                // The very first chapter of a document without cover and contents starts on page one.
                judul.setPageBreak(!lanskap && !(b == 0 && dokumen.sampul() == null && (pengantar > 0 || !dokumen.daftarIsi())));
                judul.setAlignment(ParagraphAlignment.CENTER);
                pPr(judul).addNewOutlineLvl().setVal(BigInteger.ZERO);
                if (!bab.label().isEmpty()) {
                    tebal(judul, bab.label(), 13).addBreak();
                }
                String[] baris = bab.judul().split("\n");
                for (int i = 0; i < baris.length; i++) {
                    XWPFRun r = tebal(judul, baris[i], 13);
                    if (i < baris.length - 1) {
                        r.addBreak();
                    }
                }
                lanskap = false;
                for (Bagian bagian : bab.bagian()) {
                    if (!bagian.label().isEmpty()) {
                        XWPFParagraph h2 = doc.createParagraph();
                        h2.setSpacingBefore(240);
                        pPr(h2).addNewOutlineLvl().setVal(BigInteger.ONE);
                        tebal(h2, bagian.label(), 11);
                    }
                    for (Blok blok : bagian.blok()) {
                        switch (blok) {
                            case Paragraf p -> paragraf(doc, p.teks());
                            case Tabel t -> {
                                if (t.lanskap()) {
                                    akhiriBagian(doc, false);
                                }
                                TabelDocx.tulis(doc, t);
                                if (t.lanskap()) {
                                    akhiriBagian(doc, true);
                                    lanskap = true;
                                }
                            }
                            case Gambar g -> gambar(doc, g);
                            case TandaTangan t -> tandaTangan(doc, t);
                            case TandaTanganBersama d -> tandaTanganBersama(doc, d);
                        }
                    }
                }
            }
            if (semua.size() == pengantar && dokumen.daftarIsi()) {
                daftar(doc, dokumen);
            }
            ukuranHalaman(doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                    : doc.getDocument().getBody().addNewSectPr(), false);
            doc.write(keluar);
            return keluar.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void gayaKeterangan(XWPFDocument doc) {
        CTStyle gaya = CTStyle.Factory.newInstance();
        gaya.setStyleId(GAYA_KETERANGAN);
        gaya.setType(STStyleType.PARAGRAPH);
        gaya.addNewName().setVal("Keterangan Tabel");
        gaya.addNewQFormat();
        var rPr = gaya.addNewRPr();
        rPr.addNewB();
        rPr.addNewSz().setVal(BigInteger.valueOf(20));
        gaya.addNewPPr().addNewJc().setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc.CENTER);
        doc.createStyles().addStyle(new XWPFStyle(gaya));
    }

    private static void kepalaDanKaki(XWPFDocument doc, Dokumen dokumen) {
        XWPFHeaderFooterPolicy kebijakan = doc.createHeaderFooterPolicy();
        if (dokumen.draf()) {
            // POI's watermark creates the default, first and even headers with a "DRAF" text shape in each.
            kebijakan.createWatermark("DRAF");
            // The policy keeps these three to itself (the document's header list stays empty).
            for (XWPFHeader h : List.of(kebijakan.getDefaultHeader(), kebijakan.getFirstPageHeader(),
                    kebijakan.getEvenPageHeader())) {
                samarkanTandaAir(h);
            }
        }
        XWPFHeader kepala = doc.getHeaderFooterPolicy().getDefaultHeader() != null
                ? doc.getHeaderFooterPolicy().getDefaultHeader() : doc.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph p = kepala.getParagraphs().isEmpty() ? kepala.createParagraph() : kepala.getParagraphs().getFirst();
        XWPFRun r = p.createRun();
        r.setFontFamily(FONT);
        r.setFontSize(8);
        r.setText(dokumen.judul() + " — " + dokumen.metadata().instansi() + (dokumen.draf() ? " — DRAF" : ""));
        XWPFFooter kaki = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph pk = kaki.createParagraph();
        pk.setAlignment(ParagraphAlignment.RIGHT);
        teks(pk, "Halaman ", 8);
        pk.getCTP().addNewFldSimple().setInstr("PAGE");
        teks(pk, " dari ", 8);
        pk.getCTP().addNewFldSimple().setInstr("NUMPAGES");
    }

    /** POI draws the watermark solid black and level; a draft mark must not hide the text under it. */
    private static void samarkanTandaAir(XWPFHeader header) {
        try (XmlCursor kursor = header._getHdrFtr().newCursor()) {
            while (kursor.hasNextToken()) {
                if (kursor.toNextToken().isStart() && "shape".equals(kursor.getName().getLocalPart())
                        && VML.equals(kursor.getName().getNamespaceURI())) {
                    kursor.setAttributeText(new QName("fillcolor"), "#D9D9D9");
                    String gaya = kursor.getAttributeText(new QName("style"));
                    kursor.setAttributeText(new QName("style"), gaya + ";rotation:315");
                }
            }
        }
    }

    private static void sampul(XWPFDocument doc, Sampul sampul) {
        XWPFParagraph jarak = doc.createParagraph();
        jarak.setSpacingBefore(2400);
        for (int i = 0; i < sampul.baris().size(); i++) {
            XWPFParagraph p = doc.createParagraph();
            p.setAlignment(ParagraphAlignment.CENTER);
            p.setSpacingAfter(i == 0 ? 1200 : 400);
            String[] baris = sampul.baris().get(i).split("\n");
            for (int j = 0; j < baris.length; j++) {
                XWPFRun r = tebal(p, baris[j], i == 0 ? 20 : 14);
                if (j < baris.length - 1) {
                    r.addBreak();
                }
            }
        }
    }

    /** Contents and list of tables as Word TOC fields; the current headings are the field's text until Word refreshes it. */
    private static void daftar(XWPFDocument doc, Dokumen dokumen) {
        XWPFParagraph judul = doc.createParagraph();
        judul.setPageBreak(dokumen.sampul() != null || !dokumen.pengantar().isEmpty());
        judul.setAlignment(ParagraphAlignment.CENTER);
        tebal(judul, "DAFTAR ISI", 13);
        List<String> isi = dokumen.semuaBab().stream().flatMap(b -> java.util.stream.Stream.concat(
                java.util.stream.Stream.of(b.labelLengkap()),
                b.bagian().stream().map(Bagian::label).filter(l -> !l.isEmpty()).map(l -> "    " + l))).toList();
        bidangDaftar(doc, "TOC \\o \"1-2\" \\h \\z \\u", isi);
        List<Tabel> tabel = dokumen.tabel();
        if (!tabel.isEmpty()) {
            XWPFParagraph jt = doc.createParagraph();
            jt.setPageBreak(true);
            jt.setAlignment(ParagraphAlignment.CENTER);
            tebal(jt, "DAFTAR TABEL", 13);
            bidangDaftar(doc, "TOC \\h \\z \\t \"Keterangan Tabel,1\"", tabel.stream().map(Tabel::label).toList());
        }
    }

    private static void bidangDaftar(XWPFDocument doc, String instruksi, List<String> baris) {
        for (int i = 0; i < baris.size(); i++) {
            XWPFParagraph p = doc.createParagraph();
            if (i == 0) {
                p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
                var instr = p.createRun().getCTR().addNewInstrText();
                instr.setStringValue(instruksi);
                instr.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
                p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
            }
            teks(p, baris.get(i), 10);
            if (i == baris.size() - 1) {
                p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
            }
        }
    }

    private static void paragraf(XWPFDocument doc, String isi) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.BOTH);
        p.setSpacingAfter(120);
        String[] baris = isi.replace("\r\n", "\n").split("\n", -1);
        for (int i = 0; i < baris.length; i++) {
            XWPFRun r = teks(p, baris[i], 10);
            if (i < baris.length - 1) {
                r.addBreak();
            }
        }
    }

    /**
     * Ends the current section with a paragraph carrying its page setup. Word keeps a section's settings in the
     * paragraph that closes it, so the section before a wide table is closed portrait and the table's own
     * section landscape.
     */
    private static void akhiriBagian(XWPFDocument doc, boolean lanskap) {
        XWPFParagraph p = doc.createParagraph();
        CTSectPr sect = pPr(p).addNewSectPr();
        // Word gives a section without header references no header at all if it is the first one: every section
        // names the same header and footer.
        CTSectPr akhir = doc.getDocument().getBody().getSectPr();
        for (var ref : akhir.getHeaderReferenceList()) {
            sect.addNewHeaderReference().set(ref);
        }
        for (var ref : akhir.getFooterReferenceList()) {
            sect.addNewFooterReference().set(ref);
        }
        ukuranHalaman(sect, lanskap);
    }

    private static void ukuranHalaman(CTSectPr sect, boolean lanskap) {
        CTPageSz ukuran = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        ukuran.setW(BigInteger.valueOf(lanskap ? A4_PANJANG : A4_PENDEK));
        ukuran.setH(BigInteger.valueOf(lanskap ? A4_PENDEK : A4_PANJANG));
        ukuran.setOrient(lanskap ? STPageOrientation.LANDSCAPE : STPageOrientation.PORTRAIT);
        CTPageMar tepi = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        tepi.setTop(BigInteger.valueOf(lanskap ? 1020 : 1247));
        tepi.setBottom(BigInteger.valueOf(lanskap ? 907 : 1134));
        tepi.setLeft(BigInteger.valueOf(lanskap ? 850 : 1418));
        tepi.setRight(BigInteger.valueOf(lanskap ? 850 : 1020));
        tepi.setHeader(BigInteger.valueOf(567));
        tepi.setFooter(BigInteger.valueOf(567));
    }

    /** A picture at the width of the text (portrait), its caption under it in the caption style. */
    private static void gambar(XWPFDocument doc, Gambar g) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setKeepNext(true);
        // twips (1/20 pt) to EMU: 635 EMU per twip
        long lebar = (long) LEBAR_ISI_POTRET * 635;
        long tinggi = lebar * g.tinggiPx() / g.lebarPx();
        try (var isi = new java.io.ByteArrayInputStream(g.png())) {
            p.createRun().addPicture(isi, org.apache.poi.xwpf.usermodel.Document.PICTURE_TYPE_PNG,
                    g.label().isEmpty() ? "gambar.png" : g.label() + ".png", (int) lebar, (int) tinggi);
        } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IllegalStateException("Gambar tidak dapat dimuat: " + g.label(), e);
        }
        if (!g.label().isEmpty()) {
            // not the table caption style: that one feeds the list of tables
            XWPFParagraph judul = doc.createParagraph();
            judul.setAlignment(ParagraphAlignment.CENTER);
            teks(judul, g.label(), 9).setBold(true);
        }
    }

    private static void tandaTangan(XWPFDocument doc, TandaTangan t) {
        doc.createParagraph();
        XWPFTable tabel = doc.createTable(1, 2);
        tabel.removeBorders();
        tabel.setWidth(String.valueOf(LEBAR_ISI_POTRET));
        tabel.getRow(0).setCantSplitRow(true);
        XWPFTableCell kanan = tabel.getRow(0).getCell(1);
        XWPFParagraph p = kanan.getParagraphs().getFirst();
        teks(p, t.tempatTanggal(), 10).addBreak();
        XWPFRun jabatan = teks(p, t.jabatanTertulis(), 10);
        for (int i = 0; i < 4; i++) {
            jabatan.addBreak();
        }
        XWPFRun nama = teks(p, t.nama(), 10);
        nama.setBold(true);
        nama.setUnderline(org.apache.poi.xwpf.usermodel.UnderlinePatterns.SINGLE);
        nama.addBreak();
        teks(p, t.pangkatTertulis(), 10).addBreak();
        teks(p, t.nipTertulis(), 10);
    }

    /** Both blocks side by side (left the countersigner, right the first signer) under the first signer's date. */
    private static void tandaTanganBersama(XWPFDocument doc, TandaTanganBersama d) {
        doc.createParagraph();
        XWPFTable tabel = doc.createTable(1, 2);
        tabel.removeBorders();
        tabel.setWidth(String.valueOf(LEBAR_ISI_POTRET));
        tabel.getRow(0).setCantSplitRow(true);
        blokDocx(tabel.getRow(0).getCell(0).getParagraphs().getFirst(), "", d.labelKiri(), d.kiri());
        blokDocx(tabel.getRow(0).getCell(1).getParagraphs().getFirst(), d.kanan().tempatTanggal(), d.labelKanan(), d.kanan());
    }

    private static void blokDocx(XWPFParagraph p, String tempatTanggal, String label, TandaTangan t) {
        teks(p, tempatTanggal, 10).addBreak();
        teks(p, label, 10).addBreak();
        XWPFRun jabatan = teks(p, t.jabatanTertulis(), 10);
        for (int i = 0; i < 4; i++) {
            jabatan.addBreak();
        }
        XWPFRun nama = teks(p, t.nama(), 10);
        nama.setBold(true);
        nama.setUnderline(org.apache.poi.xwpf.usermodel.UnderlinePatterns.SINGLE);
        nama.addBreak();
        teks(p, t.pangkatTertulis(), 10).addBreak();
        teks(p, t.nipTertulis(), 10);
    }

    /** A paragraph has at most one pPr; POI's setters may have created it already. */
    static org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr pPr(XWPFParagraph p) {
        return p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
    }

    static XWPFRun teks(XWPFParagraph p, String isi, int ukuran) {
        XWPFRun r = p.createRun();
        r.setFontFamily(FONT);
        r.setFontSize(ukuran);
        r.setText(isi);
        return r;
    }

    static XWPFRun tebal(XWPFParagraph p, String isi, int ukuran) {
        XWPFRun r = teks(p, isi, ukuran);
        r.setBold(true);
        return r;
    }
}
