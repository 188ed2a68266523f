package org.ogicheck.read;

/** html reports. */
public final class HtmlReader {
    public Document read(String source, byte[] bytes) throws ReadException {
        throw new ReadException(source + ": html files are not supported yet");
    }
}
