package org.ogicheck.read;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/** Reads any supported file, its type detected from the content (magic bytes, markup), not the name. */
public final class Readers {
    private Readers() {
    }

    public static Document read(Path file) throws ReadException {
        byte[] bytes;
        String name = file.toString();
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw ReadException.of("file.notFound", name);
        } catch (IOException e) {
            throw ReadException.of(e, "file.cannotRead", name, ReadException.oneLine(e));
        }
        return read(name, bytes);
    }

    /**
     * A file of any supported type; a report in traditional characters is read as its simplified form
     * ({@link Hant}: the text and HTML readers convert what they decode, the others what they read).
     */
    public static Document read(String name, byte[] bytes) throws ReadException {
        if (bytes.length == 0) throw ReadException.of("file.empty", name);
        String type = detect(bytes);
        return switch (type) {
            case "pdf" -> Hant.simplified(new PdfReader().read(name, bytes));
            case "png", "jpeg", "tiff" -> OcrReader.readImage(name, bytes, type);
            case "ofd" -> Hant.simplified(new OfdReader().read(name, bytes));
            case "docx" -> Hant.simplified(new DocxReader().read(name, bytes));
            case "doc" -> Hant.simplified(new DocReader().read(name, bytes));
            case "html" -> new HtmlReader().read(name, bytes);
            default -> new TextReader().read(name, bytes);
        };
    }

    /** pdf, png, jpeg, tiff, ofd (a zip with OFD.xml), docx (or any other zip), doc (OLE2), html or text */
    public static String detect(byte[] b) {
        if (startsWith(b, "%PDF")) return "pdf";
        if (b.length >= 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') return "png";
        if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) return "jpeg";
        if (b.length >= 4 && (b[0] == 'I' && b[1] == 'I' && b[2] == 42 && b[3] == 0 || b[0] == 'M' && b[1] == 'M' && b[2] == 0 && b[3] == 42)) {
            return "tiff";
        }
        if (b.length >= 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4) return ofd(b) ? "ofd" : "docx";
        if (b.length >= 8 && (b[0] & 0xFF) == 0xD0 && (b[1] & 0xFF) == 0xCF && (b[2] & 0xFF) == 0x11
            && (b[3] & 0xFF) == 0xE0) {
            return "doc";
        }
        String head = new String(b, 0, Math.min(b.length, 4096), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        if (head.contains("<html") || head.contains("<!doctype html") || head.contains("<body")
            || head.contains("<table") || head.contains("<meta")) {
            return "html";
        }
        return "text";
    }

    /** an OFD package (GB/T 33190) is a zip whose entry OFD.xml is its entry point */
    private static boolean ofd(byte[] b) {
        String names = new String(b, StandardCharsets.ISO_8859_1);
        return names.contains("OFD.xml") && !names.contains("[Content_Types].xml");
    }

    private static boolean startsWith(byte[] b, String magic) {
        int i = 0;
        while (i < b.length && i < 1024 && (b[i] == ' ' || b[i] == '\n' || b[i] == '\r' || b[i] == '\t')) i++;
        if (b.length - i < magic.length()) return false;
        for (int k = 0; k < magic.length(); k++) if (b[i + k] != magic.charAt(k)) return false;
        return true;
    }
}
