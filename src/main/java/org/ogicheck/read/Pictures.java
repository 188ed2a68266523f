package org.ogicheck.read;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * The pictures a fixed-layout page shows (a PDF or OFD page), and which of them may be a table published as a
 * picture: one place decides for both readers. Not counted: an icon, a bullet or a small logo (smaller than
 * {@link #ICON_PT} on a side, as the HTML reader's icons under 48 px); an image in the page's head or foot band;
 * an image under text (a page background, a watermark, a seal stamped over the signature and date: a visible
 * glyph lies on it); an image at the same place on {@link #RUNNING_PAGES} pages or more (a letterhead, a
 * watermark); and, decided by the reader that decodes it, a translucent image or a red seal ({@link #seal}). A
 * page without text that shows an image is a scan, read by OCR: its images are no pictures of their own.
 */
final class Pictures {
    private Pictures() {
    }

    /** points: 48 px at 96 dpi, the HTML reader's icon size */
    static final float ICON_PT = 36;
    /** an image at the same place on this many pages is part of the page's design */
    static final int RUNNING_PAGES = 3;
    /** the head and foot bands of a page (a fraction of its height), as for page numbers */
    private static final float MARGIN = 0.08f;
    /** a page with this many painted curved paths (outlined text, a chart, a drawn seal) shows a drawing */
    static final int DRAWING_PATHS = 20;

    /** an image's place on its page, in top-down points */
    record Pic(float left, float top, float right, float bottom) {
        boolean samePlace(Pic o) {
            return Math.abs(left - o.left) <= 2 && Math.abs(top - o.top) <= 2 && Math.abs(right - o.right) <= 2
                && Math.abs(bottom - o.bottom) <= 2;
        }
    }

    /** the pictures of one page that may be a table published as a picture, top to bottom */
    static List<Pic> kept(List<Pic> pics, float height, List<PdfReader.Glyph> glyphs) {
        List<Pic> out = new ArrayList<>();
        for (Pic p : pics) {
            if (p.right() - p.left() < ICON_PT || p.bottom() - p.top() < ICON_PT) continue;
            if (p.bottom() < height * MARGIN || p.top() > height * (1 - MARGIN)) continue;
            if (underText(p, glyphs)) continue;
            out.add(p);
        }
        out.sort(java.util.Comparator.comparingDouble(Pic::top));
        return out;
    }

    /** each page's pictures without those at the same place on {@link #RUNNING_PAGES} pages or more */
    static List<List<Pic>> withoutRunning(List<List<Pic>> pages) {
        List<List<Pic>> out = new ArrayList<>();
        for (List<Pic> page : pages) {
            List<Pic> kept = new ArrayList<>();
            for (Pic p : page) {
                int seen = 0;
                for (List<Pic> other : pages) if (other.stream().anyMatch(p::samePlace)) seen++;
                if (seen < RUNNING_PAGES) kept.add(p);
            }
            out.add(kept);
        }
        return out;
    }

    /** a visible glyph lies on the image (inside it by more than its border): text over a background, a watermark, a seal */
    private static boolean underText(Pic p, List<PdfReader.Glyph> glyphs) {
        for (PdfReader.Glyph g : glyphs) {
            float cx = g.x() + g.width() / 2;
            float cy = g.centerY();
            if (cx > p.left() + 2 && cx < p.right() - 2 && cy > p.top() + 2 && cy < p.bottom() - 2) return true;
        }
        return false;
    }

    /**
     * a red seal (公章): most of the image's ink is red. Looked at on a grid of at most about 64 × 64 samples;
     * white and near-white (the paper) is no ink.
     */
    static boolean seal(BufferedImage img) {
        if (img == null || img.getWidth() == 0 || img.getHeight() == 0) return false;
        int step = Math.max(1, Math.max(img.getWidth(), img.getHeight()) / 64);
        int ink = 0;
        int red = 0;
        for (int y = 0; y < img.getHeight(); y += step) {
            for (int x = 0; x < img.getWidth(); x += step) {
                int argb = img.getRGB(x, y);
                if ((argb >>> 24) < 128) continue;
                int r = argb >> 16 & 0xFF;
                int g = argb >> 8 & 0xFF;
                int b = argb & 0xFF;
                if (r > 230 && g > 230 && b > 230) continue;
                ink++;
                if (r > 140 && r - g > 60 && r - b > 60) red++;
            }
        }
        return ink > 0 && red >= ink * 0.6;
    }
}
