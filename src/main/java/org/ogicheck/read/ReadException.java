package org.ogicheck.read;

/** The input cannot be read as a report; the message is one line naming the file and the reason. */
public class ReadException extends Exception {
    public ReadException(String message) {
        super(message);
    }

    public ReadException(String message, Throwable cause) {
        super(message, cause);
    }
}
