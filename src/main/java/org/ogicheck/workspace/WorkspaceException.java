package org.ogicheck.workspace;

/** A workspace that cannot be opened, read or written: the message is the one line to show (Chinese), naming what and where. */
public final class WorkspaceException extends Exception {
    private static final long serialVersionUID = 1L;

    public WorkspaceException(String message) {
        super(message);
    }

    public WorkspaceException(String message, Throwable cause) {
        super(message, cause);
    }
}
