package org.ogicheck.read;

/** pdf reports. */
public final class PdfReader {
    public Document read(String source, byte[] bytes) throws ReadException {
        throw new ReadException(source + ": pdf files are not supported yet");
    }
}
