package org.ogicheck.web;

import static org.ogicheck.web.Texts.t;

import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ogicheck.parse.ReportParser;
import org.ogicheck.pipeline.ReportFacts;

/**
 * What a request asks to check: the report files (multipart fields {@code file}, any other file
 * field, or pasted {@code text}; or the raw body), last year's report ({@code previous}) and what
 * the user says about the report (kind, year, published, agency; query or form fields). A body
 * that is not multipart is the report itself, whatever its declared type: the content decides.
 */
record Submission(List<Upload> files, Upload previous, ReportParser.Options options) {

    /** the request cannot be checked as it is; the message is for the person who sent it, in the language of the request */
    static final class Invalid extends Exception {
        Invalid(String message) {
            super(message);
        }
    }

    static Submission of(Context ctx) throws IOException, Invalid {
        String lang = Reply.lang(ctx);
        Map<String, String> fields = new LinkedHashMap<>();
        List<Upload> files = new ArrayList<>();
        Upload previous = null;
        if (ctx.isMultipartFormData()) {
            Collection<Part> parts;
            try {
                ctx.uploadedFiles(); // Jetty splits the body with the limits of config.jetty.multipartConfig
                parts = ctx.req().getParts();
            } catch (IOException | ServletException | RuntimeException e) {
                throw malformed(e, lang);
            }
            for (Part p : parts) {
                byte[] data;
                try (InputStream in = p.getInputStream()) {
                    data = in.readAllBytes();
                }
                if (p.getSubmittedFileName() == null) {
                    fields.putIfAbsent(p.getName(), new String(data, StandardCharsets.UTF_8).strip());
                } else if (data.length > 0) {
                    String name = baseName(p.getSubmittedFileName());
                    Upload u = new Upload(name.isBlank() ? "upload" : name, data);
                    if (p.getName().equals("previous")) previous = u;
                    else files.add(u);
                }
            }
            String text = fields.getOrDefault("text", "");
            if (!text.isBlank()) files.add(new Upload("pasted.txt", text.getBytes(StandardCharsets.UTF_8)));
        } else {
            byte[] body;
            try {
                body = ctx.bodyAsBytes();
            } catch (HttpResponseException e) {
                throw e;
            } catch (Exception e) {
                throw slow(lang);
            }
            if (body.length > 0) {
                String name = ctx.queryParam("name");
                files.add(new Upload(name == null || name.isBlank() ? "upload" : name, body));
            }
        }
        for (String k : List.of("kind", "year", "published", "agency")) {
            String q = ctx.queryParam(k);
            if (q != null && !fields.containsKey(k)) fields.put(k, q.strip());
        }
        if (files.isEmpty()) throw new Invalid(t(lang, "submission.none"));
        return new Submission(files, previous, options(fields, lang));
    }

    /** a body that did not arrive: too slow (Jetty's minimum read rate, or idle), or the client went away */
    private static HttpResponseException slow(String lang) {
        return new HttpResponseException(408, t(lang, "submission.slow"));
    }

    private static boolean cutOff(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.util.concurrent.TimeoutException || t instanceof org.eclipse.jetty.io.EofException) return true;
        }
        return false;
    }

    /** a multipart body that Jetty could not split: too slow (408), over the size limit (413), or not in the format */
    private static RuntimeException malformed(Exception e, String lang) throws Invalid {
        if (cutOff(e)) return slow(lang);
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof HttpResponseException h) return h;
            String m = String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT);
            if (m.contains("exceed") || m.contains("too large") || m.contains("max")) return new ContentTooLargeResponse();
        }
        Throwable root = e;
        while (root.getCause() != null) root = root.getCause();
        throw new Invalid(t(lang, "submission.malformed", root.getClass().getSimpleName()));
    }

    /** the name without any folder a browser may send */
    private static String baseName(String filename) {
        if (filename == null) return "";
        return filename.substring(Math.max(filename.lastIndexOf('/'), filename.lastIndexOf('\\')) + 1);
    }

    private static ReportParser.Options options(Map<String, String> f, String lang) throws Invalid {
        try {
            return ReportFacts.of(f.get("year"), f.get("published"), f.get("agency"), f.get("kind"));
        } catch (ReportFacts.Invalid e) {
            throw new Invalid(switch (e.problem()) {
                case KIND -> t(lang, "submission.kind", e.value());
                case YEAR -> t(lang, "submission.year", e.value());
                case PUBLISHED -> t(lang, "submission.published", e.value());
            });
        }
    }

}
