package org.ogicheck.read;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.zip.DataFormatException;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.MissingOperandException;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorName;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorN;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorSpace;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceCMYKColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceGrayColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceRGBColor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingColor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingColorN;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingColorSpace;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingDeviceCMYKColor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingDeviceGrayColor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingDeviceRGBColor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.MissingResourceException;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;

/**
 * The ruling lines of a PDF page, read in the same pass over its content stream as its text: the
 * path and colour operators ({@link #operators}) are added to the text stripper, and feed the
 * {@link PdfRulings} of the page being read. The ruling lines are the page's stroked axis-parallel
 * segments and its thin filled rectangles (how Word, WPS and most converters draw cell borders), in
 * white neither; points go through the current transformation matrix as in PDFBox's graphics
 * engine, and into top-down coordinates of the page as displayed (turned by /Rotate), as text
 * positions are. Curves are no ruling lines, images and shadings neither.
 */
final class PdfRulings {
    /** a filled rectangle this thin is a line */
    private static final float THIN = 2.5f;

    private final List<PdfTableBuilder.Seg> segs = new ArrayList<>();
    private final List<List<Point2D>> path = new ArrayList<>();
    private List<Point2D> sub;
    /** the images the page draws that may be pictures of their own (not translucent, no red seal) */
    private final List<Pictures.Pic> pics = new ArrayList<>();
    /** the current path has a curve */
    private boolean curve;
    /** painted paths with a curve: outlined text, a chart, a drawn seal */
    private int curved;
    private final float llx;
    private final float ury;
    private final float width;
    private final float height;
    private final int rotation;
    /** what a colour operator threw on this page: the page's lines are not known */
    private Exception failed;

    PdfRulings(PDPage page) {
        PDRectangle crop = page.getCropBox();
        llx = crop.getLowerLeftX();
        ury = crop.getUpperRightY();
        width = crop.getWidth();
        height = crop.getHeight();
        rotation = Math.floorMod(page.getRotation(), 360);
    }

    /** the page's ruling segments, collinear ones that touch joined; what a colour operator threw, if one did */
    List<PdfTableBuilder.Seg> segs() throws IOException {
        if (failed instanceof IOException e) throw e;
        if (failed instanceof RuntimeException e) throw e;
        return PdfTableBuilder.merge(segs);
    }

    /** the images the page draws (not translucent, no red seal), in top-down points */
    List<Pictures.Pic> pics() {
        return pics;
    }

    /** the page shows a drawing: {@link Pictures#DRAWING_PATHS} painted paths with curves or more */
    boolean drawing() {
        return curved >= Pictures.DRAWING_PATHS;
    }

    /**
     * The operators that build and paint paths and set colours, for {@code engine} (which keeps the
     * graphics state); {@code page} gives the rulings of the page being read.
     */
    static List<OperatorProcessor> operators(PDFStreamEngine engine, Supplier<PdfRulings> page) {
        List<OperatorProcessor> out = new ArrayList<>();
        for (String name : List.of(OperatorName.MOVE_TO, OperatorName.LINE_TO, OperatorName.CURVE_TO,
            OperatorName.CURVE_TO_REPLICATE_INITIAL_POINT, OperatorName.CURVE_TO_REPLICATE_FINAL_POINT,
            OperatorName.CLOSE_PATH, OperatorName.APPEND_RECT, OperatorName.ENDPATH, OperatorName.STROKE_PATH,
            OperatorName.CLOSE_AND_STROKE, OperatorName.FILL_NON_ZERO, OperatorName.LEGACY_FILL_NON_ZERO,
            OperatorName.FILL_EVEN_ODD, OperatorName.FILL_NON_ZERO_AND_STROKE, OperatorName.FILL_EVEN_ODD_AND_STROKE,
            OperatorName.CLOSE_FILL_NON_ZERO_AND_STROKE, OperatorName.CLOSE_FILL_EVEN_ODD_AND_STROKE)) {
            out.add(new PathOperator(engine, name, null, page));
        }
        for (OperatorProcessor colour : List.of(new SetStrokingColorSpace(engine), new SetNonStrokingColorSpace(engine),
            new SetStrokingColor(engine), new SetNonStrokingColor(engine), new SetStrokingColorN(engine),
            new SetNonStrokingColorN(engine), new SetStrokingDeviceGrayColor(engine), new SetNonStrokingDeviceGrayColor(engine),
            new SetStrokingDeviceRGBColor(engine), new SetNonStrokingDeviceRGBColor(engine),
            new SetStrokingDeviceCMYKColor(engine), new SetNonStrokingDeviceCMYKColor(engine))) {
            out.add(new PathOperator(engine, colour.getName(), colour, page));
        }
        out.add(new ImageOperator(engine, OperatorName.DRAW_OBJECT, page));
        out.add(new ImageOperator(engine, OperatorName.BEGIN_INLINE_IMAGE, page));
        return out;
    }

    /**
     * One path operator, as PDFBox's graphics engine reads it, or one colour operator of PDFBox. What a
     * colour operator throws is kept by the page's rulings, so that it fails the reading of a page whose
     * lines are wanted (a page with a text layer) and not of a scanned page, whose lines were never read.
     */
    private static final class PathOperator extends OperatorProcessor {
        private final String name;
        /** PDFBox's colour operator, or null for a path operator */
        private final OperatorProcessor colour;
        private final Supplier<PdfRulings> page;

        PathOperator(PDFStreamEngine engine, String name, OperatorProcessor colour, Supplier<PdfRulings> page) {
            super(engine);
            this.name = name;
            this.colour = colour;
            this.page = page;
        }

        @Override
        public String getName() {
            return name;
        }

        @Override
        public void process(Operator operator, List<COSBase> operands) throws IOException {
            PdfRulings r = page.get();
            if (colour != null) {
                setColour(operator, operands, r);
                return;
            }
            switch (name) {
                case OperatorName.MOVE_TO, OperatorName.LINE_TO -> {
                    if (operands.size() < 2) throw new MissingOperandException(operator, operands);
                    if (!(operands.get(0) instanceof COSNumber x) || !(operands.get(1) instanceof COSNumber y)) return;
                    Point2D.Float p = getContext().transformedPoint(x.floatValue(), y.floatValue());
                    if (name.equals(OperatorName.MOVE_TO)) r.moveTo(p.x, p.y);
                    else r.lineTo(p.x, p.y);
                }
                // curves are no ruling lines: a new sub-path starts at the end point
                case OperatorName.CURVE_TO -> endOfCurve(operator, operands, 6, r);
                case OperatorName.CURVE_TO_REPLICATE_INITIAL_POINT, OperatorName.CURVE_TO_REPLICATE_FINAL_POINT ->
                    endOfCurve(operator, operands, 4, r);
                case OperatorName.CLOSE_PATH -> r.closePath();
                case OperatorName.APPEND_RECT -> {
                    if (operands.size() < 4) throw new MissingOperandException(operator, operands);
                    if (!checkArrayTypesClass(operands, COSNumber.class)) return;
                    float x1 = ((COSNumber) operands.get(0)).floatValue();
                    float y1 = ((COSNumber) operands.get(1)).floatValue();
                    float x2 = ((COSNumber) operands.get(2)).floatValue() + x1;
                    float y2 = ((COSNumber) operands.get(3)).floatValue() + y1;
                    PDFStreamEngine c = getContext();
                    r.appendRectangle(c.transformedPoint(x1, y1), c.transformedPoint(x2, y1), c.transformedPoint(x2, y2),
                        c.transformedPoint(x1, y2));
                }
                case OperatorName.ENDPATH -> r.reset();
                case OperatorName.STROKE_PATH -> r.stroke(stroking());
                case OperatorName.CLOSE_AND_STROKE -> {
                    r.closePath();
                    r.stroke(stroking());
                }
                case OperatorName.FILL_NON_ZERO, OperatorName.LEGACY_FILL_NON_ZERO, OperatorName.FILL_EVEN_ODD -> r.fill(nonStroking());
                case OperatorName.FILL_NON_ZERO_AND_STROKE, OperatorName.FILL_EVEN_ODD_AND_STROKE -> r.fillAndStroke(nonStroking(), stroking());
                default -> {
                    r.closePath();
                    r.fillAndStroke(nonStroking(), stroking());
                }
            }
        }

        private void setColour(Operator operator, List<COSBase> operands, PdfRulings r) throws IOException {
            if (r.failed != null) return;
            try {
                colour.process(operator, operands);
            } catch (MissingOperandException | MissingResourceException e) {
                throw e; // PDFBox's engine logs these and goes on
            } catch (IOException e) {
                if (e.getCause() instanceof DataFormatException) throw e; // logged likewise
                r.failed = e;
            } catch (RuntimeException e) {
                r.failed = e;
            }
        }

        private void endOfCurve(Operator operator, List<COSBase> operands, int count, PdfRulings r) throws IOException {
            if (operands.size() < count) throw new MissingOperandException(operator, operands);
            if (!checkArrayTypesClass(operands, COSNumber.class)) return;
            Point2D.Float end = getContext().transformedPoint(((COSNumber) operands.get(count - 2)).floatValue(),
                ((COSNumber) operands.get(count - 1)).floatValue());
            r.moveTo(end.x, end.y);
            r.curve = true;
        }

        private PDColor stroking() {
            return getContext().getGraphicsState().getStrokingColor();
        }

        private PDColor nonStroking() {
            return getContext().getGraphicsState().getNonStrokingColor();
        }
    }

    /**
     * An image drawn ({@code Do} of an image, an inline image {@code BI}): its place is the unit square through the
     * current transformation matrix. A form is drawn by PDFBox's own operator, so that its text and paths are read.
     * A translucent image (a watermark) and a red seal are no pictures of their own.
     */
    private static final class ImageOperator extends OperatorProcessor {
        private final String name;
        private final Supplier<PdfRulings> page;
        private final org.apache.pdfbox.contentstream.operator.DrawObject form;

        ImageOperator(PDFStreamEngine engine, String name, Supplier<PdfRulings> page) {
            super(engine);
            this.name = name;
            this.page = page;
            this.form = new org.apache.pdfbox.contentstream.operator.DrawObject(engine);
        }

        @Override
        public String getName() {
            return name;
        }

        @Override
        public void process(Operator operator, List<COSBase> operands) throws IOException {
            org.apache.pdfbox.pdmodel.graphics.image.PDImage image;
            if (name.equals(OperatorName.BEGIN_INLINE_IMAGE)) {
                image = new org.apache.pdfbox.pdmodel.graphics.image.PDInlineImage(operator.getImageParameters(),
                    operator.getImageData(), getContext().getResources());
            } else {
                if (operands.isEmpty() || !(operands.get(0) instanceof org.apache.pdfbox.cos.COSName n)) {
                    form.process(operator, operands);
                    return;
                }
                org.apache.pdfbox.pdmodel.PDResources res = getContext().getResources();
                org.apache.pdfbox.pdmodel.graphics.PDXObject x = res == null ? null : res.getXObject(n);
                if (!(x instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject xi)) {
                    form.process(operator, operands);
                    return;
                }
                image = xi;
            }
            org.apache.pdfbox.pdmodel.graphics.state.PDGraphicsState gs = getContext().getGraphicsState();
            if (gs.getNonStrokeAlphaConstant() < 0.9) return;
            org.apache.pdfbox.util.Matrix m = gs.getCurrentTransformationMatrix();
            PdfRulings r = page.get();
            float left = Float.MAX_VALUE;
            float top = Float.MAX_VALUE;
            float right = -Float.MAX_VALUE;
            float bottom = -Float.MAX_VALUE;
            for (float[] c : new float[][] {{0, 0}, {1, 0}, {0, 1}, {1, 1}}) {
                Point2D.Float p = m.transformPoint(c[0], c[1]);
                Point2D.Float t = r.top(p.x, p.y);
                left = Math.min(left, t.x);
                right = Math.max(right, t.x);
                top = Math.min(top, t.y);
                bottom = Math.max(bottom, t.y);
            }
            if (right - left < Pictures.ICON_PT || bottom - top < Pictures.ICON_PT) return;
            if (Pictures.seal(decoded(image))) return;
            r.pics.add(new Pictures.Pic(left, top, right, bottom));
        }

        /** the image at about 128 pixels on its longer side, or null when it cannot be decoded (then it counts as a picture) */
        private static java.awt.image.BufferedImage decoded(org.apache.pdfbox.pdmodel.graphics.image.PDImage image) {
            try {
                int sub = Math.max(1, Math.max(image.getWidth(), image.getHeight()) / 128);
                return image.getImage(null, sub);
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }
    }

    /** a user-space point in top-down coordinates of the page as displayed (turned by /Rotate), as text positions are */
    private Point2D.Float top(double x, double y) {
        float u = (float) x - llx;
        float v = ury - (float) y;
        return switch (rotation) {
            case 90 -> new Point2D.Float(height - v, u);
            case 180 -> new Point2D.Float(width - u, height - v);
            case 270 -> new Point2D.Float(v, width - u);
            default -> new Point2D.Float(u, v);
        };
    }

    private void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        List<Point2D> r = new ArrayList<>();
        for (Point2D p : new Point2D[] {p0, p1, p2, p3, p0}) r.add(top(p.getX(), p.getY()));
        path.add(r);
        sub = null;
    }

    private void moveTo(float x, float y) {
        sub = new ArrayList<>();
        sub.add(top(x, y));
        path.add(sub);
    }

    private void lineTo(float x, float y) {
        if (sub == null) {
            moveTo(x, y);
        } else {
            sub.add(top(x, y));
        }
    }

    private void closePath() {
        if (sub != null && !sub.isEmpty()) sub.add(sub.get(0));
    }

    private void stroke(PDColor color) {
        if (curve && visible(color)) curved++;
        if (visible(color)) {
            for (List<Point2D> s : path) {
                for (int i = 1; i < s.size(); i++) segment(s.get(i - 1), s.get(i));
            }
        }
        reset();
    }

    private void fill(PDColor color) {
        if (curve && visible(color)) curved++;
        if (visible(color)) {
            for (List<Point2D> s : path) thinFill(s);
        }
        reset();
    }

    private void reset() {
        path.clear();
        sub = null;
        curve = false;
    }

    private void fillAndStroke(PDColor fillColor, PDColor strokeColor) {
        List<List<Point2D>> p = new ArrayList<>(path);
        fill(fillColor);
        path.addAll(p); // its curve was counted by the fill: the stroke is the same path
        stroke(strokeColor);
    }

    private void segment(Point2D a, Point2D b) {
        float x1 = (float) a.getX();
        float y1 = (float) a.getY();
        float x2 = (float) b.getX();
        float y2 = (float) b.getY();
        if (Math.abs(y1 - y2) <= 1 && Math.abs(x1 - x2) > 1) {
            segs.add(new PdfTableBuilder.Seg(true, (y1 + y2) / 2, Math.min(x1, x2), Math.max(x1, x2)));
        } else if (Math.abs(x1 - x2) <= 1 && Math.abs(y1 - y2) > 1) {
            segs.add(new PdfTableBuilder.Seg(false, (x1 + x2) / 2, Math.min(y1, y2), Math.max(y1, y2)));
        }
    }

    private void thinFill(List<Point2D> s) {
        if (s.size() < 3) return;
        double minX = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (Point2D p : s) {
            minX = Math.min(minX, p.getX());
            maxX = Math.max(maxX, p.getX());
            minY = Math.min(minY, p.getY());
            maxY = Math.max(maxY, p.getY());
        }
        float w = (float) (maxX - minX);
        float h = (float) (maxY - minY);
        if (h <= THIN && w > THIN) segs.add(new PdfTableBuilder.Seg(true, (float) (minY + maxY) / 2, (float) minX, (float) maxX));
        else if (w <= THIN && h > THIN) segs.add(new PdfTableBuilder.Seg(false, (float) (minX + maxX) / 2, (float) minY, (float) maxY));
    }

    /** white lines and fills draw nothing on paper */
    private static boolean visible(PDColor color) {
        try {
            int rgb = color.toRGB();
            return (rgb & 0xF0F0F0) != 0xF0F0F0;
        } catch (IOException | RuntimeException e) {
            return true;
        }
    }
}
