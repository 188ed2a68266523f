package org.ogicheck.workspace;

import org.ogicheck.i18n.Said;

/**
 * A workspace that cannot be opened, read or written: one line naming what and where, kept unworded
 * ({@link Said}: a key of {@code org/ogicheck/workspace/texts_zh|en.properties} and its arguments)
 * and worded in the language asked ({@link #message(String)}); {@link #getMessage()} is the Chinese line.
 */
public final class WorkspaceException extends Exception {
    private static final long serialVersionUID = 1L;

    /** the bundle of the workspace's own words: its errors, the region's pages and downloads */
    public static final String BUNDLE = "org.ogicheck.workspace.texts";

    private final transient Said said;

    public WorkspaceException(Said said) {
        super(said.toString());
        this.said = said;
    }

    public WorkspaceException(Said said, Throwable cause) {
        super(said.toString(), cause);
        this.said = said;
    }

    /** one line of the workspace's bundle */
    static WorkspaceException of(String key, Object... args) {
        return new WorkspaceException(Said.of(BUNDLE, key, args));
    }

    /** the line, not yet worded */
    public Said said() {
        return said;
    }

    /** the line in the language asked (zh or en) */
    public String message(String lang) {
        return said.in(lang);
    }
}
