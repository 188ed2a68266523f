package org.ogicheck.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Report metadata and the document-wide facts the rules judge. Plain data, filled by the parser. */
public final class Report {
    public static final String DEPARTMENT = "department";
    public static final String GOVERNMENT = "government";

    private String source;
    private String title;
    private String agency;
    private String agencyFrom;
    private String kind;
    private String kindFrom;
    private Integer year;
    private String yearFrom;
    /**
     * where the text stops short (a cut page or copy): the table it stops inside ("APP", "LIT", "A20.五"), or "TEXT"
     * when its last line is a sentence cut off; null when it ends as a report ends
     */
    private String cutIn;
    /** the section the text stops short in (0: before the first heading) */
    private int cutSection;
    private Integer titleYear;
    private String edition;
    private LocalDate published;
    private LocalDate signed;
    private String publishedFrom;
    private String periodText;
    private LocalDate periodStart;
    private LocalDate periodEnd;
    private SourceRef periodSrc = SourceRef.NONE;
    private final List<String> markers2019 = new ArrayList<>();
    private final List<String> markers2021 = new ArrayList<>();
    private String fullText = "";
    /** no picture of the input is seen (plain text; a PDF, OFD or .doc whose reader is unsure): a table published as an image left nothing */
    private boolean picturesUnseen;

    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }

    /** the pages (1-based) read by OCR: a scanned PDF page or an image; empty when the text was read as text */
    private java.util.Set<Integer> ocrPages = java.util.Set.of();

    public java.util.Set<Integer> getOcrPages() { return ocrPages; }
    public void setOcrPages(java.util.Set<Integer> pages) { this.ocrPages = java.util.Set.copyOf(pages); }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getAgency() { return agency; }
    public void setAgency(String agency, String from) { this.agency = agency; this.agencyFrom = from; }
    public String getAgencyFrom() { return agencyFrom; }
    /** department, government, or null when unknown */
    public String getKind() { return kind; }
    public void setKind(String kind, String from) { this.kind = kind; this.kindFrom = from; }
    public String getKindFrom() { return kindFrom; }
    public boolean isGovernment() { return GOVERNMENT.equals(kind); }
    public boolean isDepartment() { return DEPARTMENT.equals(kind); }
    public Integer getYear() { return year; }
    public void setYear(Integer year, String from) { this.year = year; this.yearFrom = from; }
    public String getYearFrom() { return yearFrom; }
    public Integer getTitleYear() { return titleYear; }
    public void setTitleYear(Integer titleYear) { this.titleYear = titleYear; }
    /** "2019", "2021", "mixed", or null when no format label was seen */
    public String getEdition() { return edition; }
    public void setEdition(String edition) { this.edition = edition; }
    /**
     * the layout the tables are judged by: the edition, or for a mixed report the one its year
     * requires; null when no format label was seen
     */
    public String getLayout() {
        if ("2019".equals(edition) || "2021".equals(edition)) return edition;
        if ("mixed".equals(edition) && year != null) return year >= 2021 ? "2021" : "2019";
        return null;
    }
    public void setCut(String where, int section) { this.cutIn = where; this.cutSection = section; }
    /**
     * whether section {@code number} comes after the place the text stops short: the text never reached it, so
     * whether the report has it is not known
     */
    public boolean afterCut(int number) {
        return cutIn != null && number > cutSection;
    }
    /**
     * whether the text stops short inside section {@code number}: what the section holds after that place (its table,
     * its last sentences) was never read
     */
    public boolean stopsIn(int number) {
        return cutIn != null && number == cutSection;
    }
    /** whether 第二十条 block {@code item} (一 … 九) comes after the place the text stops short */
    public boolean afterCutBlock(String item) {
        if (cutIn == null) return false;
        if (!cutIn.startsWith("A20.")) return cutSection <= 2 && cutIn.equals("TEXT");
        String order = "一二三四五六七八九";
        return order.indexOf(item) > order.indexOf(cutIn.substring(4));
    }
    public LocalDate getPublished() { return published; }
    public void setPublished(LocalDate published, String from) { this.published = published; this.publishedFrom = from; }
    public String getPublishedFrom() { return publishedFrom; }
    /** the date the report is signed on (the date line under the signing agency at its end), or null */
    public LocalDate getSigned() { return signed; }
    public void setSigned(LocalDate signed) { this.signed = signed; }
    /** the sentence stating the statistics period, or null */
    public String getPeriodText() { return periodText; }
    public LocalDate getPeriodStart() { return periodStart; }
    public LocalDate getPeriodEnd() { return periodEnd; }
    public SourceRef getPeriodSrc() { return periodSrc; }
    public void setPeriod(String text, LocalDate start, LocalDate end, SourceRef src) {
        this.periodText = text;
        this.periodStart = start;
        this.periodEnd = end;
        this.periodSrc = src;
    }
    public Integer getPeriodYear() {
        return periodStart != null ? Integer.valueOf(periodStart.getYear()) : null;
    }
    /** labels seen that belong only to the 2019 format */
    public List<String> getMarkers2019() { return markers2019; }
    /** labels seen that belong only to the 2021 format */
    public List<String> getMarkers2021() { return markers2021; }
    /** all narrative text of the report, for wording checks */
    public String getFullText() { return fullText; }
    public void setFullText(String fullText) { this.fullText = fullText; }
    /**
     * whether pictures of the input cannot be seen: plain text (a file, a paste, standard input), in which a table
     * published as an image, copied from its page, leaves its section with nothing under the heading; a PDF, OFD or
     * .doc whose reader may have missed one ({@link org.ogicheck.read.Document#showsPictures})
     */
    public boolean isPicturesUnseen() { return picturesUnseen; }
    public void setPicturesUnseen(boolean picturesUnseen) { this.picturesUnseen = picturesUnseen; }
}
