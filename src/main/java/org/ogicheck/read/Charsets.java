package org.ogicheck.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/** Decodes bytes whose charset is not declared: BOM first, then strict UTF-8, then GB18030. */
public final class Charsets {
    public static final Charset GB18030 = Charset.forName("GB18030");
    /** what stands for a byte that is no character */
    public static final char REPLACED = '\uFFFD';
    /**
     * The most bytes replaced in a file still read (one NUL, an invalid sequence, a download cut
     * inside a character); with more, or more than one in 200 bytes, the file is unreadable.
     */
    public static final int MAX_REPLACED = 32;

    private Charsets() {
    }

    /**
     * Text decoded with a few careless bytes replaced by {@link #REPLACED}.
     *
     * @param replaced for each line (1-based, as the text readers count) the bytes replaced in it; empty when none
     */
    public record Lenient(String text, TreeMap<Integer, Integer> replaced) {
    }

    /** the text, with the charset detected (never assumed) */
    public static String decode(byte[] bytes) throws CharacterCodingException {
        Charset bom = bom(bytes);
        if (bom != null) return strict(bom, bytes, bomLength(bom));
        try {
            return strict(StandardCharsets.UTF_8, bytes, 0);
        } catch (CharacterCodingException notUtf8) {
            return strict(GB18030, bytes, 0);
        }
    }

    /**
     * As {@link #decode}, but a file with a few bytes that are no character in its charset (or NUL
     * characters) is read with them replaced; only a file where no charset leaves at most
     * {@link #MAX_REPLACED} such bytes (and one in 200) is unreadable.
     */
    public static Lenient lenient(byte[] bytes) throws CharacterCodingException {
        int max = budget(bytes.length);
        Charset bom = bom(bytes);
        int offset = bom == null ? 0 : bomLength(bom);
        String text = null;
        int replaced = 0;
        // a UTF-8 file with a stray byte is read as UTF-8, before GB18030 could take it for other characters
        for (Charset cs : bom != null ? List.of(bom) : List.of(StandardCharsets.UTF_8, GB18030)) {
            try {
                text = strict(cs, bytes, offset);
                replaced = 0;
                break;
            } catch (CharacterCodingException notThis) {
                int[] errors = {0};
                text = replacing(cs, bytes, offset, max, errors);
                replaced = errors[0];
                if (text != null) break;
            }
        }
        if (text == null) throw new CharacterCodingException();
        int nul = 0;
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\0') nul++;
        if (replaced + nul > max) throw new CharacterCodingException();
        TreeMap<Integer, Integer> lines = new TreeMap<>();
        if (replaced + nul == 0) return new Lenient(text, lines);
        text = text.replace('\0', REPLACED);
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) line++;
            else if (c == REPLACED) lines.merge(line, 1, Integer::sum);
        }
        return new Lenient(text, lines);
    }

    private static int budget(int length) {
        return Math.min(MAX_REPLACED, Math.max(1, length / 200));
    }

    /** the text with each malformed or unmappable byte run replaced, or null past {@code max} of them */
    private static String replacing(Charset cs, byte[] bytes, int offset, int max, int[] errors) {
        CharsetDecoder d = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(bytes.length + 16);
        while (true) {
            CoderResult r = d.decode(in, out, true);
            if (r.isUnderflow()) break;
            if (r.isOverflow()) return null;
            if (++errors[0] > max) return null;
            out.put(REPLACED);
            in.position(in.position() + r.length());
        }
        d.flush(out);
        out.flip();
        return out.toString();
    }

    private static Charset bom(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) return StandardCharsets.UTF_16LE;
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) return StandardCharsets.UTF_16BE;
        return null;
    }

    private static int bomLength(Charset bom) {
        return bom.equals(StandardCharsets.UTF_8) ? 3 : 2;
    }

    static String strict(Charset cs, byte[] bytes, int offset) throws CharacterCodingException {
        return cs.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
            .toString();
    }
}
