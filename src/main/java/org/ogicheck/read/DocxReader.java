package org.ogicheck.read;

/** docx reports. */
public final class DocxReader {
    public Document read(String source, byte[] bytes) throws ReadException {
        throw new ReadException(source + ": docx files are not supported yet");
    }
}
