package org.ogicheck.read;

import java.io.EOFException;
import java.util.Locale;
import java.util.zip.ZipException;
import org.ogicheck.i18n.Said;

/**
 * The common reasons the libraries (POI, PDFBox, ofdrw, ImageIO) give for a file they cannot read, in the user's
 * language: encrypted, not a zip archive, a bad header, cut short, a format version not supported, a part of its
 * structure missing or broken. Told by the
 * exception's class, or by its message where the library has no class for it. Any other reason is the library's
 * own line, as it says it (nothing better is known).
 */
final class LibraryReasons {
    private LibraryReasons() {
    }

    /** the reason of {@code e} (or of a cause of it) in words of the readers' bundle, else {@code libraryLine} */
    static Object of(Throwable e, String libraryLine) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String key = key(t);
            if (key != null) return Said.of(ReadException.BUNDLE, key);
        }
        return libraryLine;
    }

    private static String key(Throwable t) {
        String m = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
        if (t instanceof org.apache.poi.EncryptedDocumentException
            || t instanceof org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException || m.contains("encrypted")
            || m.contains("password")) {
            return "reason.encrypted";
        }
        if (t instanceof org.apache.poi.OldFileFormatException || m.contains("too old") || m.contains("unsupported version")
            || m.contains("not supported version")) {
            return "reason.version";
        }
        if (t instanceof EOFException || m.contains("unexpected end") || m.contains("truncated") || m.contains("premature end")
            || m.contains("end of file") || m.contains("end of stream") || m.contains("eof")) {
            return "reason.truncated";
        }
        if (t instanceof org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException || t instanceof ZipException
            || m.contains("not a zip") || m.contains("end header") || m.contains("no valid entries")) {
            return "reason.notZip";
        }
        if (t instanceof org.apache.poi.poifs.filesystem.NotOLE2FileException || m.contains("header doesn't contain")
            || m.contains("invalid header") || m.contains("header signature") || m.contains("bad header")) {
            return "reason.header";
        }
        if (m.contains("structure broken") || m.contains("corrupt") || m.contains("missing") || m.contains("reached eos")
            || m.contains("expected") || m.contains("invalid") || m.contains("not found")) {
            return "reason.structure";
        }
        return null;
    }
}
