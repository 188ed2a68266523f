package org.ogicheck.web;

import static org.ogicheck.web.Texts.t;

/**
 * The start page: drop or choose one or several reports, or paste one, and say what the report
 * does not (kind, year, publication date, last year's report). Dropping needs no script: the
 * file field itself is the drop zone.
 */
final class UploadPage {
    private UploadPage() {
    }

    static String body(String lang, long maxUploadMb) {
        String q = t(lang, "lang.query");
        return "<h1>" + t(lang, "upload.heading") + "</h1>\n"
            + "<p>" + t(lang, "upload.intro") + "</p>\n"
            + "<form class=\"upload\" method=\"post\" action=\"/check" + q + "\" enctype=\"multipart/form-data\">\n"
            + "<label class=\"drop\">" + t(lang, "upload.drop")
            + "<input type=\"file\" name=\"file\" multiple></label>\n"
            + "<label>" + t(lang, "upload.paste")
            + "<textarea name=\"text\" spellcheck=\"false\"></textarea></label>\n"
            + "<fieldset><legend>" + t(lang, "upload.optional") + "</legend>\n"
            + "<label>" + t(lang, "upload.kind") + " <select name=\"kind\"><option value=\"\">"
            + t(lang, "upload.kind.detect") + "</option><option value=\"government\">" + t(lang, "upload.kind.government")
            + "</option><option value=\"department\">" + t(lang, "upload.kind.department") + "</option></select></label>\n"
            + "<label>" + t(lang, "upload.year") + " <input type=\"number\" name=\"year\" min=\"2008\" max=\"2100\"></label>\n"
            + "<label>" + t(lang, "upload.published") + " <input type=\"date\" name=\"published\"></label>\n"
            + "<label>" + t(lang, "upload.agency") + " <input type=\"text\" name=\"agency\"></label><br>\n"
            + "<label>" + t(lang, "upload.previous")
            + " <input type=\"file\" name=\"previous\"></label>\n</fieldset>\n"
            + "<button type=\"submit\">" + t(lang, "upload.submit") + "</button>\n"
            + "<p class=\"hint\">" + t(lang, "upload.limit", maxUploadMb) + "</p>\n</form>\n";
    }
}
