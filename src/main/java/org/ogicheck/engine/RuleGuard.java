package org.ogicheck.engine;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SuperExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.LocalClassDeclarationStmt;
import com.github.javaparser.ast.stmt.LocalRecordDeclarationStmt;
import com.github.javaparser.ast.stmt.SynchronizedStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import java.io.StringReader;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.BindingDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.EntryPointDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.ForallDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.PatternSourceDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.ogicheck.i18n.Said;

/**
 * The rule guard: a rule file is read with Drools' own parser, every piece of code in it (function
 * bodies, consequences, {@code eval}, constraints, {@code from} sources, accumulate arguments) with a
 * Java parser, and every type, method and name is resolved against an allow-list: the fact model,
 * {@link Emit} and {@link Figures}, plain {@code java.lang} values, the {@code java.util} collections
 * and streams, {@code java.math} and {@code java.time}. What cannot be read or resolved is refused:
 * no class literals, no class loaders, no reflection, no threads, no I/O, no globals, no declared
 * types, no inline accumulate code, no loops other than for-each (every rule must end), no MVEL
 * dialect, no expressions in attributes or metadata. Each refusal is one Chinese line
 * "file:line: reason".
 */
final class RuleGuard {
    /** the classes rule code may name; everything else is refused */
    private static final List<Class<?>> ALLOWED = List.of(
        String.class, StringBuilder.class, CharSequence.class, Math.class, Integer.class, Long.class, Double.class,
        Float.class, Short.class, Byte.class, Boolean.class, Character.class, Number.class, Object.class, Comparable.class,
        Iterable.class, Enum.class,
        java.util.List.class, java.util.ArrayList.class, java.util.LinkedList.class, java.util.Map.class,
        java.util.Map.Entry.class, java.util.HashMap.class, java.util.LinkedHashMap.class, java.util.TreeMap.class,
        java.util.Set.class, java.util.HashSet.class, java.util.LinkedHashSet.class, java.util.TreeSet.class,
        java.util.Collection.class, java.util.Collections.class, java.util.Comparator.class, java.util.Objects.class,
        java.util.Optional.class, java.util.OptionalInt.class, java.util.OptionalLong.class, java.util.OptionalDouble.class,
        java.util.Iterator.class, java.util.Arrays.class, java.util.StringJoiner.class,
        java.util.stream.Stream.class, java.util.stream.Collectors.class, java.util.stream.IntStream.class,
        java.util.stream.LongStream.class, java.util.stream.DoubleStream.class,
        java.util.function.Function.class, java.util.function.BiFunction.class, java.util.function.Predicate.class,
        java.util.function.Supplier.class, java.util.function.BinaryOperator.class, java.util.function.UnaryOperator.class,
        java.util.function.ToIntFunction.class, java.util.function.ToLongFunction.class,
        java.util.function.ToDoubleFunction.class,
        java.math.BigDecimal.class, java.math.BigInteger.class, java.math.RoundingMode.class, java.math.MathContext.class,
        java.time.LocalDate.class, java.time.LocalDateTime.class, java.time.Year.class, java.time.YearMonth.class,
        java.time.Month.class, java.time.DayOfWeek.class, java.time.Duration.class, java.time.Period.class,
        java.time.temporal.ChronoUnit.class,
        Emit.class, Figures.class, Figures.Figure.class, Figures.Readings.class, Figures.Imbalance.class, Figures.Unsure.class,
        org.ogicheck.model.Cell.class, org.ogicheck.model.Claim.class, org.ogicheck.model.ClaimSum.class,
        org.ogicheck.model.Finding.class, org.ogicheck.model.Param.class, org.ogicheck.model.ParseIssue.class,
        org.ogicheck.model.Prior.class, org.ogicheck.model.Report.class, org.ogicheck.model.Section.class,
        org.ogicheck.model.Sentence.class, org.ogicheck.model.Similarity.class, org.ogicheck.model.SourceRef.class,
        org.ogicheck.model.TableFact.class, org.ogicheck.model.Value.class, org.ogicheck.model.Value.Kind.class);
    /** methods never allowed whatever their receiver (reflection, threads, monitors, streams run on other threads) */
    private static final Set<String> DENIED_METHODS = Set.of("getClass", "getClassLoader", "forName", "loadClass",
        "getDeclaringClass", "wait", "notify", "notifyAll", "finalize", "clone", "parallel", "parallelStream",
        "exec", "exit", "halt", "getRuntime", "invoke", "newInstance", "setAccessible", "describeConstable");
    /** what a consequence may call without a receiver (Drools' own helpers) and on {@code drools} */
    private static final Set<String> CONSEQUENCE_CALLS = Set.of("insert", "insertLogical", "update", "retract", "delete");
    private static final Set<String> DROOLS_CALLS = Set.of("getRule");
    private static final Set<String> ACCUMULATE_FUNCTIONS = Set.of("sum", "count", "collectList", "collectSet", "min",
        "max", "average");
    private static final Set<String> ATTRIBUTES = Set.of("salience", "no-loop", "lock-on-active", "agenda-group",
        "activation-group", "auto-focus", "ruleflow-group", "dialect");
    private static final Pattern LITERAL = Pattern.compile("-?\\d+(\\.\\d+)?|true|false|\"([^\"\\\\]|\\\\.)*\"");
    private static final Pattern DRL_OPERATORS = Pattern.compile(
        "\\bnot\\s+(matches|memberOf|contains|excludes|soundslike)\\b|\\b(matches|memberOf|contains|excludes|soundslike)\\b");

    /** a binding at the start of a constraint: {@code $col : column} */
    private static final Pattern BINDING = Pattern.compile("^\\s*(\\$?[A-Za-z_]\\w*)\\s*:(?!:)\\s*(.*)$", Pattern.DOTALL);
    private static final Pattern IN = Pattern.compile("\\s(not\\s+)?in\\s*\\(");
    private static final String IN_CALL = "__in";

    private static final Map<String, Class<?>> BY_NAME = new HashMap<>();
    private static final Set<String> METHOD_NAMES = new HashSet<>();

    static {
        for (Class<?> c : ALLOWED) {
            BY_NAME.put(c.getName().replace('$', '.'), c);
            for (Method m : c.getMethods()) {
                if (Modifier.isPublic(m.getModifiers()) && safeType(m.getReturnType())) METHOD_NAMES.add(m.getName());
            }
        }
        METHOD_NAMES.removeAll(DENIED_METHODS);
    }

    private final String file;
    private final List<Said> out = new ArrayList<>();
    private final Set<String> packages = new LinkedHashSet<>(List.of("java.lang"));
    private final Map<String, Class<?>> simple = new HashMap<>();
    private final Set<String> functions = new HashSet<>();
    private final JavaParser java = new JavaParser(new ParserConfiguration()
        .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17));

    private RuleGuard(String file) {
        this.file = file;
    }

    static List<Said> check(Path path, String text) {
        RuleGuard g = new RuleGuard(RuleSet.rel(path.toString()));
        g.run(text);
        return g.out;
    }

    private static boolean safeType(Class<?> t) {
        String n = t.getName();
        return !(t == Class.class || t == ClassLoader.class || t == Thread.class || t == Module.class
            || n.startsWith("java.lang.reflect.") || n.startsWith("java.lang.invoke.") || n.startsWith("java.io.")
            || n.startsWith("java.nio.") || n.startsWith("java.net.") || n.startsWith("java.util.concurrent."));
    }

    /** one problem: the file, the line and the reason (a key of the engine's texts and its arguments) */
    private void refuse(int line, String key, Object... args) {
        out.add(Said.of(RulesException.BUNDLE, "at.line", file, Math.max(line, 1), Said.of(RulesException.BUNDLE, key, args)));
    }

    private void run(String text) {
        if (text.contains("\\u")) {
            refuse(RuleLint.lineOf(text, text.indexOf("\\u")), "guard.unicodeEscape");
        }
        DrlParser parser = new DrlParser();
        PackageDescr pkg;
        try {
            pkg = parser.parse(false, new StringReader(text));
        } catch (Exception | StackOverflowError e) {
            refuse(1, "guard.unparsable", oneLine(e.getMessage()));
            return;
        }
        if (parser.hasErrors() || pkg == null) {
            // one line of text the parser cannot read gives several errors, one per token it then tried: the first says it
            java.util.Set<Integer> said = new java.util.HashSet<>();
            for (DroolsError e : parser.getErrors()) {
                int line = e.getLines() != null && e.getLines().length > 0 ? e.getLines()[0] : 1;
                if (said.add(line)) refuse(line, "guard.unparsable", oneLine(e.getMessage()));
            }
            if (parser.getErrors().isEmpty()) refuse(1, "guard.unparsableNoReason");
            return;
        }
        for (ImportDescr i : pkg.getImports()) imports(i);
        for (ImportDescr i : pkg.getFunctionImports()) refuse(i.getLine(), "guard.functionImport", i.getTarget());
        for (ImportDescr i : pkg.getAccumulateImports()) refuse(i.getLine(), "guard.accumulateImport", i.getTarget());
        pkg.getGlobals().forEach(g -> refuse(g.getLine(), "guard.global", g.getIdentifier()));
        pkg.getTypeDeclarations().forEach(t -> refuse(t.getLine(), "guard.declare", t.getTypeName()));
        pkg.getEnumDeclarations().forEach(t -> refuse(t.getLine(), "guard.declareEnum"));
        pkg.getEntryPointDeclarations().forEach(t -> refuse(t.getLine(), "guard.entryPoint"));
        pkg.getWindowDeclarations().forEach(t -> refuse(t.getLine(), "guard.window"));
        pkg.getAttributes().forEach(a -> attribute(a));
        for (FunctionDescr f : pkg.getFunctions()) functions.add(f.getName());
        for (FunctionDescr f : pkg.getFunctions()) function(f);
        for (RuleDescr r : pkg.getRules()) rule(r);
    }

    private void imports(ImportDescr i) {
        String t = i.getTarget();
        if (t.endsWith(".*")) {
            String p = t.substring(0, t.length() - 2);
            if (BY_NAME.values().stream().noneMatch(c -> c.getPackageName().equals(p))) {
                refuse(i.getLine(), "guard.importPackage", t);
            } else {
                packages.add(p);
            }
            return;
        }
        Class<?> c = BY_NAME.get(t);
        if (c == null) {
            refuse(i.getLine(), "guard.importClass", t);
        } else {
            simple.put(c.getSimpleName(), c);
        }
    }

    private void attribute(AttributeDescr a) {
        if (!ATTRIBUTES.contains(a.getName())) {
            refuse(a.getLine(), "guard.attribute", a.getName());
        } else if ("dialect".equals(a.getName()) && !"java".equals(strip(a.getValue()))) {
            refuse(a.getLine(), "guard.dialect", a.getValue());
        } else if (a.getValue() != null && !a.getValue().isBlank() && !LITERAL.matcher(a.getValue().strip()).matches()
            && !a.getValue().strip().matches("[\\w.-]+")) {
            refuse(a.getLine(), "guard.attributeLiteral", a.getName(), oneLine(a.getValue()));
        }
    }

    private void function(FunctionDescr f) {
        if (f.getDialect() != null && !"java".equals(f.getDialect())) refuse(f.getLine(), "guard.functionDialect", f.getName());
        StringBuilder src = new StringBuilder("class G { ").append(f.getReturnType()).append(' ').append(f.getName()).append('(');
        for (int i = 0; i < f.getParameterNames().size(); i++) {
            if (i > 0) src.append(", ");
            src.append(f.getParameterTypes().get(i)).append(' ').append(f.getParameterNames().get(i));
        }
        String body = f.getBody() == null ? "" : f.getBody();
        src.append(") {\n").append(body).append("\n} }");
        ParseResult<com.github.javaparser.ast.CompilationUnit> r = java.parse(src.toString());
        int base = f.getLine();
        if (!r.isSuccessful() || r.getResult().isEmpty()) {
            refuse(base, "guard.functionJava", f.getName(), problem(r));
            return;
        }
        // the body starts on the line after the signature in src; f.getBody() starts on the signature's line
        code(r.getResult().get(), Set.of(), base - 1, null);
    }

    private void rule(RuleDescr r) {
        if (r.isQuery()) {
            refuse(r.getLine(), "guard.query", r.getName());
            return;
        }
        for (AttributeDescr a : r.getAttributes().values()) attribute(a);
        for (AnnotationDescr a : r.getAnnotations()) {
            for (Map.Entry<String, Object> v : a.getValueMap().entrySet()) {
                String val = String.valueOf(v.getValue()).strip();
                if (!LITERAL.matcher(val).matches()) {
                    refuse(a.getLine() > 0 ? a.getLine() : r.getLine(), "guard.metadataLiteral", r.getName(), a.getName(), oneLine(val));
                }
            }
        }
        if (r.getNamedConsequences() != null && !r.getNamedConsequences().isEmpty()) {
            refuse(r.getLine(), "guard.namedConsequence", r.getName());
        }
        Set<String> bound = new HashSet<>();
        if (r.getLhs() != null) {
            collectBindings(r.getLhs(), bound);
            lhs(r.getLhs(), bound);
        }
        Object c = r.getConsequence();
        String text = c == null ? "" : c.toString();
        ParseResult<BlockStmt> b = java.parseBlock("{\n" + text + "\n}");
        int base = r.getConsequenceLine() > 0 ? r.getConsequenceLine() : r.getLine();
        if (!b.isSuccessful() || b.getResult().isEmpty()) {
            refuse(base, "guard.consequenceJava", r.getName(), problem(b));
            return;
        }
        Set<String> names = new HashSet<>(bound);
        names.add("drools");
        names.add("kcontext");
        code(b.getResult().get(), names, base - 1, null);
    }

    private void collectBindings(BaseDescr d, Set<String> bound) {
        if (d instanceof PatternDescr p) {
            if (p.getIdentifier() != null) bound.add(p.getIdentifier());
            for (BaseDescr x : p.getDescrs()) collectBindings(x, bound);
            if (p.getSource() instanceof AccumulateDescr a) {
                for (BaseDescr x : a.getDescrs()) collectBindings(x, bound);
                if (a.getInput() != null) collectBindings(a.getInput(), bound);
                if (a.getFunctions() != null) {
                    a.getFunctions().forEach(fn -> { if (fn.getBind() != null) bound.add(fn.getBind()); });
                }
            } else if (p.getSource() instanceof CollectDescr cd && cd.getInputPattern() != null) {
                collectBindings(cd.getInputPattern(), bound);
            }
        } else if (d instanceof BindingDescr b) {
            bound.add(b.getVariable());
        } else if (d instanceof ExprConstraintDescr e && e.getExpression() != null) {
            java.util.regex.Matcher m = BINDING.matcher(e.getExpression());
            if (m.matches()) bound.add(m.group(1));
        } else if (d instanceof ConditionalElementDescr ce) {
            for (Object x : ce.getDescrs()) if (x instanceof BaseDescr bd) collectBindings(bd, bound);
        }
    }

    private void lhs(BaseDescr d, Set<String> bound) {
        if (d instanceof PatternDescr p) {
            pattern(p, bound);
        } else if (d instanceof EvalDescr e) {
            expression(String.valueOf(e.getContent()), e.getLine(), bound, null, "guard.what.eval");
        } else if (d instanceof ForallDescr f) {
            for (BaseDescr x : f.getDescrs()) lhs(x, bound);
        } else if (d instanceof ConditionalElementDescr ce) {
            for (Object x : ce.getDescrs()) {
                if (x instanceof BaseDescr bd) lhs(bd, bound);
                else refuse(d.getLine(), "guard.condition", "?");
            }
        } else {
            refuse(d.getLine(), "guard.condition", d.getClass().getSimpleName());
        }
    }

    private void pattern(PatternDescr p, Set<String> bound) {
        Class<?> type = type(p.getObjectType());
        if (type == null) {
            refuse(p.getLine(), "guard.patternType", p.getObjectType());
            return;
        }
        for (BaseDescr c : p.getDescrs()) {
            if (c instanceof ExprConstraintDescr e) {
                expression(e.getExpression(), c.getLine() > 0 ? c.getLine() : p.getLine(), bound, type, "guard.what.constraint");
            } else if (c instanceof BindingDescr b) {
                expression(b.getExpression(), c.getLine() > 0 ? c.getLine() : p.getLine(), bound, type, "guard.what.constraint");
            } else {
                refuse(c.getLine() > 0 ? c.getLine() : p.getLine(), "guard.constraint", c.getClass().getSimpleName());
            }
        }
        PatternSourceDescr src = p.getSource();
        if (src == null || src instanceof EntryPointDescr) return;
        if (src instanceof FromDescr f) {
            expression(f.getDataSource() == null ? "" : f.getDataSource().toString(), line(f, p), bound, null, "guard.what.from");
        } else if (src instanceof AccumulateDescr a) {
            if (!a.isExternalFunction() || a.getInitCode() != null || a.getActionCode() != null || a.getResultCode() != null) {
                refuse(line(a, p), "guard.accumulateCode");
                return;
            }
            for (BaseDescr x : a.getDescrs()) lhs(x, bound);
            if (a.getInput() != null && !a.getDescrs().contains(a.getInput())) lhs(a.getInput(), bound);
            for (AccumulateDescr.AccumulateFunctionCallDescr fn : a.getFunctions()) {
                if (!ACCUMULATE_FUNCTIONS.contains(fn.getFunction())) {
                    refuse(line(a, p), "guard.accumulateFunction", fn.getFunction());
                }
                for (String param : fn.getParams()) expression(param, line(a, p), bound, null, "guard.what.accumulate");
            }
        } else if (src instanceof CollectDescr cd) {
            if (cd.getInputPattern() != null) pattern(cd.getInputPattern(), bound);
        } else {
            refuse(line(src, p), "guard.source", src.getClass().getSimpleName());
        }
    }

    private static int line(BaseDescr d, BaseDescr parent) {
        return d.getLine() > 0 ? d.getLine() : parent.getLine();
    }

    /** one DRL expression (constraint, eval, from): DRL's word operators become == before Java reads it */
    private void expression(String text, int line, Set<String> bound, Class<?> fact, String what) {
        if (text == null) return;
        java.util.regex.Matcher b = BINDING.matcher(text);
        String expr = b.matches() ? b.group(2) : text;
        expr = DRL_OPERATORS.matcher(expr).replaceAll("==");
        expr = IN.matcher(expr).replaceAll(" == " + IN_CALL + "(");
        ParseResult<Expression> r = java.parseExpression(expr);
        if (!r.isSuccessful() || r.getResult().isEmpty()) {
            refuse(line, "guard.expressionJava", Said.of(RulesException.BUNDLE, what), oneLine(text));
            return;
        }
        code(r.getResult().get(), bound, line - 1, fact);
    }

    /** every node of one parsed piece of code against the allow-list; lineBase + node line = file line */
    private void code(Node root, Set<String> outer, int lineBase, Class<?> fact) {
        Set<String> names = new HashSet<>(outer);
        root.findAll(VariableDeclarator.class).forEach(v -> names.add(v.getNameAsString()));
        root.findAll(Parameter.class).forEach(v -> names.add(v.getNameAsString()));
        root.findAll(LambdaExpr.class).forEach(l -> l.getParameters().forEach(v -> names.add(v.getNameAsString())));
        root.walk(n -> node(n, names, lineBase, fact));
    }

    private void node(Node n, Set<String> names, int lineBase, Class<?> fact) {
        int line = lineBase + n.getBegin().map(p -> p.line).orElse(1);
        if (n instanceof WhileStmt || n instanceof DoStmt || n instanceof ForStmt) {
            refuse(line, "guard.loop");
        } else if (n instanceof SynchronizedStmt || n instanceof LocalClassDeclarationStmt || n instanceof LocalRecordDeclarationStmt) {
            refuse(line, "guard.synchronized");
        } else if (n instanceof ClassExpr) {
            refuse(line, "guard.classLiteral", n);
        } else if (n instanceof ThisExpr || n instanceof SuperExpr) {
            refuse(line, "guard.thisSuper");
        } else if (n instanceof ObjectCreationExpr o && o.getAnonymousClassBody().isPresent()) {
            refuse(line, "guard.anonymousClass");
        } else if (n instanceof ObjectCreationExpr o && List.of("Finding", "org.ogicheck.model.Finding").contains(o.getType().getNameWithScope())) {
            // a finding carries the ID and metadata of the rule that made it: a pack cannot speak for (or silence) another rule
            refuse(line, "guard.newFinding");
        } else if (n instanceof ArrayCreationExpr a && !a.getElementType().isPrimitiveType()
            && a.getElementType() instanceof ClassOrInterfaceType) {
            // element type is checked as a ClassOrInterfaceType below
        } else if (n instanceof ClassOrInterfaceType t) {
            if (t.getParentNode().filter(p -> p instanceof ClassOrInterfaceType).isPresent()) return; // the outer part of a qualified type
            String qn = t.getNameWithScope();
            if (type(qn) == null) refuse(line, "guard.type", qn);
        } else if (n instanceof MethodCallExpr m) {
            call(m, names, line, fact);
        } else if (n instanceof MethodReferenceExpr m) {
            if (!METHOD_NAMES.contains(m.getIdentifier()) && !"new".equals(m.getIdentifier())) {
                refuse(line, "guard.methodReference", m.getIdentifier());
            }
            if (m.getScope() instanceof NameExpr || m.getScope() instanceof FieldAccessExpr) nameChain(m.getScope(), names, line, fact);
        } else if (n instanceof NameExpr || n instanceof FieldAccessExpr) {
            if (n.getParentNode().filter(p -> p instanceof FieldAccessExpr).isPresent()) return; // checked from the outermost
            if (n.getParentNode().filter(p -> p instanceof MethodCallExpr mc && mc.getScope().filter(s -> s == n).isPresent()).isPresent()
                || n.getParentNode().filter(p -> p instanceof MethodReferenceExpr).isPresent()) {
                nameChain((Expression) n, names, line, fact);
                return;
            }
            nameChain((Expression) n, names, line, fact);
        }
    }

    private void call(MethodCallExpr m, Set<String> names, int line, Class<?> fact) {
        String name = m.getNameAsString();
        Optional<Expression> scope = m.getScope();
        if (scope.isEmpty()) {
            if (IN_CALL.equals(name)) return;
            // in a constraint, a call without a receiver is a method of the matched fact, itself an allowed class
            if (fact != null && Stream.of(fact.getMethods()).anyMatch(x -> x.getName().equals(name))
                && METHOD_NAMES.contains(name)) return;
            if (!functions.contains(name) && !CONSEQUENCE_CALLS.contains(name)) {
                refuse(line, "guard.call", name);
            }
            return;
        }
        if (scope.get() instanceof NameExpr s && ("drools".equals(s.getNameAsString()) || "kcontext".equals(s.getNameAsString()))
            && names.contains(s.getNameAsString())) {
            if (!DROOLS_CALLS.contains(name)) refuse(line, "guard.droolsCall", s + "." + name);
            return;
        }
        if (!METHOD_NAMES.contains(name)) refuse(line, "guard.method", name);
    }

    /**
     * A name or dotted name: its first part must be a local name, a binding, a fact property (in a
     * constraint) or an allowed type; a dotted name that starts with a package must be an allowed class.
     */
    private void nameChain(Expression e, Set<String> names, int line, Class<?> fact) {
        List<String> parts = new ArrayList<>();
        Expression x = e;
        while (x instanceof FieldAccessExpr f) {
            parts.add(0, f.getNameAsString());
            x = f.getScope();
        }
        if (!(x instanceof NameExpr root)) return; // a call or literal at the root is checked on its own
        String first = root.getNameAsString();
        parts.add(0, first);
        if (names.contains(first) || first.startsWith("$") && names.contains(first)) return;
        if (fact != null && property(fact, first)) return;
        if (type(first) != null) {
            staticMembers(type(first), parts.subList(1, parts.size()), line);
            return;
        }
        // a qualified class name: the longest allowed prefix
        for (int i = parts.size(); i >= 2; i--) {
            Class<?> c = type(String.join(".", parts.subList(0, i)));
            if (c != null) {
                staticMembers(c, parts.subList(i, parts.size()), line);
                return;
            }
        }
        refuse(line, "guard.name", String.join(".", parts));
    }

    private void staticMembers(Class<?> c, List<String> rest, int line) {
        Class<?> cur = c;
        for (String s : rest) {
            Class<?> nested = BY_NAME.get(cur.getName().replace('$', '.') + "." + s);
            if (nested != null) {
                cur = nested;
                continue;
            }
            try {
                Field f = cur.getField(s);
                if (!safeType(f.getType())) refuse(line, "guard.field", cur.getSimpleName() + "." + s);
                return;
            } catch (NoSuchFieldException ex) {
                refuse(line, "guard.member", cur.getSimpleName() + "." + s);
                return;
            }
        }
    }

    private static boolean property(Class<?> c, String name) {
        if (name.isEmpty()) return false;
        String cap = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        for (Method m : c.getMethods()) {
            if (m.getParameterCount() == 0 && (m.getName().equals("get" + cap) || m.getName().equals("is" + cap)
                || m.getName().equals(name)) && !DENIED_METHODS.contains(m.getName()) && safeType(m.getReturnType())) {
                return true;
            }
        }
        try {
            return safeType(c.getField(name).getType());
        } catch (NoSuchFieldException e) {
            return false;
        }
    }

    /** an allowed class by simple, nested or qualified name, or null */
    private Class<?> type(String name) {
        if (name == null) return null;
        Class<?> c = BY_NAME.get(name);
        if (c != null) return c;
        String head = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
        String tail = name.contains(".") ? name.substring(name.indexOf('.')) : "";
        Class<?> h = simple.get(head);
        if (h != null) return BY_NAME.get(h.getName().replace('$', '.') + tail);
        for (String p : packages) {
            c = BY_NAME.get(p + "." + name);
            if (c != null) return c;
        }
        return null;
    }

    private static String strip(String v) {
        if (v == null) return null;
        String s = v.strip();
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }

    private static String problem(ParseResult<?> r) {
        return r.getProblems().isEmpty() ? "" : oneLine(r.getProblems().get(0).getMessage());
    }

    private static String oneLine(String s) {
        if (s == null) return "";
        String t = s.replaceAll("\\s+", " ").strip();
        return t.length() > 160 ? t.substring(0, 160) + "…" : t;
    }
}
