package org.ogicheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ogicheck.TestSupport;

/**
 * A hostile tester's inputs — cut, flipped, empty, binary, encrypted, password-protected, bombs — through every
 * command that reads a report: {@code check} (text, JSON into --out, English), {@code check -}, {@code parse},
 * {@code explain}, and a batch of all of them with one good report. Each is one line on stderr naming the file,
 * exit 2, nothing on stdout, no --out file, no stack trace; the batch names every input and still checks the good one.
 */
class HostileInputTest {
    private static final String GOOD = "fixtures/reports/2020_jianggan_amr_department.txt";

    @TempDir
    static Path dir;

    /** one attack: its file and what its line must say (in Chinese) */
    record Attack(String name, String says) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final List<Attack> ATTACKS = new ArrayList<>();

    @BeforeAll
    static void make() throws Exception {
        byte[] pdf = Files.readAllBytes(TestSupport.corpus("pdf/2024_hongzequ_county.pdf"));
        byte[] text = Files.readAllBytes(Path.of(GOOD));
        Random random = new Random(6);
        add("half.pdf", Arrays.copyOf(pdf, pdf.length / 2), "PDF 文件不完整");
        byte[] flipped = pdf.clone();
        for (int i = 0; i < 200; i++) flipped[1000 + random.nextInt(flipped.length - 1000)] ^= (byte) 0xFF;
        add("flipped.pdf", flipped, "PDF 文件");
        add("empty.txt", new byte[0], "文件是空的");
        add("zeros.pdf", new byte[10_000], "不能按 UTF-8");
        byte[] binary = new byte[20_000];
        random.nextBytes(binary);
        add("binary.txt", binary, "不能按 UTF-8");
        String report = new String(text, StandardCharsets.UTF_8);
        byte[] utf8 = report.substring(0, report.length() / 2).getBytes(StandardCharsets.UTF_8);
        byte[] gbk = report.substring(report.length() / 2).getBytes("GBK");
        byte[] mixed = Arrays.copyOf(utf8, utf8.length + gbk.length);
        System.arraycopy(gbk, 0, mixed, utf8.length, gbk.length);
        add("mixed-encodings.txt", mixed, "不能按 UTF-8");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            doc.protect(new StandardProtectionPolicy("owner", "secret", new AccessPermission()));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            add("encrypted.pdf", out.toByteArray(), "密码保护");
        }
        byte[] docx = docx(report);
        add("cut.docx", Arrays.copyOf(docx, docx.length - 100), "Word .docx");
        add("no-document.docx", without(docx, "word/document.xml"), "Word .docx");
        add("password.docx", encrypted(docx), "Word 文件有密码保护");
        add("bomb.docx", bomb(), "解压后过大");
        add("huge.png", pngHeader(20_000, 20_000), "图片过大");
        add("huge-page.pdf", hugeScannedPage(), "页面过大");
        // an OFD page without text is read by OCR as a scanned PDF page is: its image and the page within the same pixels
        add("huge-image.ofd", org.ogicheck.read.OfdTwins.scannedPage(dir, 210, 297, pngHeader(20_000, 20_000)), "图片过大");
        java.awt.image.BufferedImage small = new java.awt.image.BufferedImage(10, 10, java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        javax.imageio.ImageIO.write(small, "png", png);
        add("huge-page.ofd", org.ogicheck.read.OfdTwins.scannedPage(dir, 5_000, 5_000, png.toByteArray()), "页面过大");
        Files.createDirectory(dir.resolve("folder.pdf"));
        ATTACKS.add(new Attack("folder.pdf", "没有可检查的文件"));
    }

    private static void add(String name, byte[] bytes, String says) throws IOException {
        Files.write(dir.resolve(name), bytes);
        ATTACKS.add(new Attack(name, says));
    }

    /** a Word file of the report's lines, as POI writes it */
    private static byte[] docx(String report) throws IOException {
        try (org.apache.poi.xwpf.usermodel.XWPFDocument d = new org.apache.poi.xwpf.usermodel.XWPFDocument()) {
            report.lines().forEach(l -> d.createParagraph().createRun().setText(l));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            d.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] without(byte[] zip, String part) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip)); ZipOutputStream z = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(part)) continue;
                z.putNextEntry(new ZipEntry(e.getName()));
                in.transferTo(z);
            }
        }
        return out.toByteArray();
    }

    /** the .docx saved with a password, as Word saves it (agile encryption in an OLE2 file) */
    private static byte[] encrypted(byte[] docx) throws Exception {
        try (var fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem()) {
            var info = new org.apache.poi.poifs.crypt.EncryptionInfo(org.apache.poi.poifs.crypt.EncryptionMode.agile);
            var enc = info.getEncryptor();
            enc.confirmPassword("secret");
            try (var os = enc.getDataStream(fs)) {
                os.write(docx);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    /** a .docx whose document part unpacks to 110 MB of spaces (about 110 KB packed) */
    private static byte[] bomb() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.setLevel(Deflater.BEST_SPEED);
            z.putNextEntry(new ZipEntry("[Content_Types].xml"));
            z.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
                + "wordprocessingml.document.main+xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry("_rels/.rels"));
            z.write(("<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"r1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\""
                + " Target=\"word/document.xml\"/></Relationships>").getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry("word/document.xml"));
            z.write("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>"
                .getBytes(StandardCharsets.UTF_8));
            byte[] spaces = new byte[1 << 20];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 110; i++) z.write(spaces);
            z.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    /** a PDF of one page 200 inches square (the most PDF allows) showing an image and no text: 3.6 billion pixels to read by OCR */
    private static byte[] hugeScannedPage() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage(new org.apache.pdfbox.pdmodel.common.PDRectangle(14_400, 14_400));
            doc.addPage(page);
            var image = org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory.createFromImage(doc,
                new java.awt.image.BufferedImage(10, 10, java.awt.image.BufferedImage.TYPE_BYTE_GRAY));
            try (var cs = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
                cs.drawImage(image, 0, 0, 14_400, 14_400);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** a PNG that says it is width × height grey pixels (the decoder would need gigabytes for them), its data cut short */
    private static byte[] pngHeader(int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        chunk(out, "IHDR", java.nio.ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).array());
        chunk(out, "IDAT", new byte[0]);
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws IOException {
        byte[] typed = java.nio.ByteBuffer.allocate(4 + data.length).put(type.getBytes(StandardCharsets.US_ASCII)).put(data).array();
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(typed);
        out.write(java.nio.ByteBuffer.allocate(4).putInt(data.length).array());
        out.write(typed);
        out.write(java.nio.ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    static List<Attack> attacks() {
        return ATTACKS;
    }

    /** one line naming the file, exit 2, nothing on stdout, no stack trace */
    private static void refused(CliRun r, Attack a) {
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().strip().lines()).as(r.err()).singleElement().satisfies(l -> assertThat(l).contains(a.name()));
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("内部错误");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attacks")
    void checkSaysWhyInOneLine(Attack a) {
        CliRun r = CliRun.of("check", dir.resolve(a.name()).toString());
        refused(r, a);
        assertThat(r.err()).contains(a.says());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attacks")
    void checkIntoAnOutFileWritesNothing(Attack a) {
        Path out = dir.resolve("out-" + a.name() + ".json");
        refused(CliRun.of("check", "--format", "json", "--out", out.toString(), "--lang", "en", dir.resolve(a.name()).toString()), a);
        assertThat(out).doesNotExist();
    }

    /** the libraries' common reasons (cut short, not a zip, a bad header, encrypted) in the user's words, not in English */
    @ParameterizedTest(name = "{0}")
    @MethodSource("attacks")
    void theLineHasNoLibrarysEnglish(Attack a) {
        String line = CliRun.of("check", dir.resolve(a.name()).toString()).err().strip().replace(dir.resolve(a.name()).toString(), "");
        java.util.regex.Matcher english = java.util.regex.Pattern.compile("[A-Za-z]{3,}(?: [A-Za-z]{2,})+").matcher(line);
        assertThat(english.find() ? english.group() : "").as(line).isEmpty();
        String en = CliRun.of("--lang", "en", "check", dir.resolve(a.name()).toString()).err().strip();
        assertThat(en).as(en).doesNotContainPattern("\\p{IsHan}");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attacks")
    void parseSaysTheSame(Attack a) {
        if (a.name().equals("folder.pdf")) return; // parse takes one file: a folder is a file it cannot read
        CliRun r = CliRun.of("parse", "--format", "json", dir.resolve(a.name()).toString());
        refused(r, a);
        assertThat(r.err()).contains(a.says());
        refused(CliRun.of("explain", dir.resolve(a.name()).toString()), a);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attacks")
    void standardInputSaysTheSame(Attack a) throws IOException {
        if (Files.isDirectory(dir.resolve(a.name()))) return;
        byte[] bytes = Files.readAllBytes(dir.resolve(a.name()));
        java.util.function.Supplier<java.io.InputStream> before = Inputs.stdin;
        Inputs.stdin = () -> new java.io.ByteArrayInputStream(bytes);
        try {
            CliRun r = CliRun.of("check", "-");
            assertThat(r.code()).isEqualTo(2);
            assertThat(r.err().strip().lines()).singleElement().satisfies(l -> assertThat(l).contains("标准输入").contains(a.says()));
        } finally {
            Inputs.stdin = before;
        }
    }

    @Test
    void aBatchOfThemAllNamesEveryInputAndChecksTheGoodOne() throws IOException {
        Path batch = dir.resolve("batch");
        Files.createDirectories(batch);
        for (Attack a : ATTACKS) {
            if (!Files.isDirectory(dir.resolve(a.name()))) Files.copy(dir.resolve(a.name()), batch.resolve(a.name()));
        }
        Files.copy(Path.of(GOOD), batch.resolve("good.txt"));
        Files.createSymbolicLink(batch.resolve("moved.txt"), batch.resolve("gone.txt"));
        Path out = dir.resolve("batch.csv");
        CliRun r = CliRun.of("check", "--format", "csv", "--out", out.toString(), batch.toString());
        assertThat(r.code()).isEqualTo(2);
        String csv = Files.readString(out);
        assertThat(csv).contains("good.txt").contains("moved.txt");
        for (Attack a : ATTACKS) if (!a.name().equals("folder.pdf")) assertThat(csv).contains(a.name());
        assertThat(r.err().lines().filter(l -> l.startsWith("ogicheck: "))).hasSize(ATTACKS.size()).allMatch(l -> !l.contains("good.txt"));
        assertThat(r.err()).contains("moved.txt：文件不存在").doesNotContain("Exception");
    }

    @Test
    void aFolderWithoutReportsIsOneLineNamingIt() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("nothing-here"));
        Files.writeString(empty.resolve("README.md"), "notes");
        CliRun r = CliRun.of("check", empty.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip().lines()).singleElement().satisfies(l -> assertThat(l).contains("nothing-here").contains("没有可检查的文件"));
        CliRun en = CliRun.of("check", "--lang", "en", empty.toString(), GOOD);
        assertThat(en.code()).isEqualTo(2);
        assertThat(en.out()).isEmpty();
        assertThat(en.err().strip().lines()).singleElement().satisfies(l -> assertThat(l).contains("nothing-here").contains("holds no file to check"));
    }
}
