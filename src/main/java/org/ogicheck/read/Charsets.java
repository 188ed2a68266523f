package org.ogicheck.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Decodes bytes whose charset is not declared: BOM first, then strict UTF-8, then GB18030. */
public final class Charsets {
    public static final Charset GB18030 = Charset.forName("GB18030");

    private Charsets() {
    }

    /** the text, with the charset detected (never assumed) */
    public static String decode(byte[] bytes) throws CharacterCodingException {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return strict(StandardCharsets.UTF_8, bytes, 3);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return strict(StandardCharsets.UTF_16LE, bytes, 2);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return strict(StandardCharsets.UTF_16BE, bytes, 2);
        }
        try {
            return strict(StandardCharsets.UTF_8, bytes, 0);
        } catch (CharacterCodingException notUtf8) {
            return strict(GB18030, bytes, 0);
        }
    }

    static String strict(Charset cs, byte[] bytes, int offset) throws CharacterCodingException {
        return cs.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
            .toString();
    }
}
