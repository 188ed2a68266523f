package org.ogicheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.ogicheck.TestSupport;

/** The HTML result shows the report's text with each questioned sentence marked and linked to its finding. */
class HtmlNarrativeTest {

    @Test
    void questionedSentenceIsMarkedInTheText() {
        CliRun r = CliRun.of("check", "--format", "html", TestSupport.corpus("text/2024_hongzequ_county.txt").toString());
        Document doc = Jsoup.parse(r.out());
        assertThat(doc.select("p.text")).hasSizeGreaterThan(5);
        Element mark = doc.selectFirst("mark.q");
        assertThat(mark).isNotNull();
        assertThat(mark.text()).contains("受理政府信息公开申请 17 件");
        Element ref = mark.nextElementSibling();
        assertThat(ref.hasClass("ref")).isTrue();
        Element finding = doc.getElementById(ref.attr("href").substring(1));
        assertThat(finding).isNotNull();
        assertThat(finding.text()).contains("TXT-002");
    }
}
