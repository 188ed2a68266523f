package org.ogicheck.read;

/** doc reports. */
public final class DocReader {
    public Document read(String source, byte[] bytes) throws ReadException {
        throw new ReadException(source + ": doc files are not supported yet");
    }
}
