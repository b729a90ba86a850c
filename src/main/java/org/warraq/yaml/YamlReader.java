package org.warraq.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.warraq.diag.Position;
import org.warraq.diag.Problem;
import org.warraq.diag.Problems;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads YAML (front matter, {@code site.yaml}) into a {@link YamlNode} tree that keeps positions.
 *
 * <p>Jackson's streaming YAML parser does the scanning; this class builds the tree and enforces the
 * limits that make hostile input harmless: aliases are refused (so "billion laughs" cannot expand),
 * nesting is capped at {@link #MAX_DEPTH}, and the document size is capped. Duplicate keys are errors.
 */
public final class YamlReader {
    /** Deepest nesting accepted; real front matter needs 3. */
    public static final int MAX_DEPTH = 16;

    private final YAMLFactory factory;

    public YamlReader(int maxCodePoints) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(Math.max(1024, maxCodePoints));
        options.setNestingDepthLimit(4 * MAX_DEPTH);
        options.setAllowDuplicateKeys(true);
        factory = YAMLFactory.builder()
                .loaderOptions(options)
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(4 * MAX_DEPTH).build())
                .build();
    }

    /**
     * Parses {@code text}. Positions in the tree and in problems are shifted down by {@code lineOffset}
     * lines (the lines of the file above the YAML). An empty document gives an empty map.
     *
     * @return the tree, or empty when the YAML is broken (the reason is added to {@code problems})
     */
    public Optional<YamlNode> read(String text, String path, int lineOffset, Problems problems) {
        try (YAMLParser parser = factory.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return Optional.of(new YamlMap(List.of(), new Position(1 + lineOffset, 1)));
            }
            Builder builder = new Builder(parser, path, lineOffset, problems);
            YamlNode root = builder.value(first, 0);
            return builder.failed ? Optional.empty() : Optional.of(root);
        } catch (Refused e) {
            problems.add(e.problem);
            return Optional.empty();
        } catch (JsonProcessingException e) {
            problems.add(syntaxProblem(e, path, lineOffset));
            return Optional.empty();
        } catch (YAMLException e) {
            problems.add(Problem.error(path, new Position(1 + lineOffset, 1), "YAML could not be read: " + firstLine(e.getMessage()), ""));
            return Optional.empty();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Problem syntaxProblem(JsonProcessingException e, String path, int lineOffset) {
        if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
            String problem = marked.getProblem() == null ? "" : marked.getProblem();
            org.yaml.snakeyaml.error.Mark where = marked.getProblemMark();
            boolean atEnd = problem.contains("end of stream") || problem.contains("<stream end>");
            if (atEnd && marked.getContextMark() != null) {
                where = marked.getContextMark();
            }
            return Problem.error(path, new Position(where.getLine() + 1 + lineOffset, where.getColumn() + 1),
                    "YAML syntax error: " + describe(marked, problem), hintFor(problem, marked.getContext()));
        }
        JsonLocation at = e.getLocation();
        int line = at == null ? 1 : Math.max(1, at.getLineNr());
        int column = at == null ? 1 : Math.max(1, at.getColumnNr());
        String message = firstLine(e.getOriginalMessage());
        if (message.toLowerCase(java.util.Locale.ROOT).contains("nesting depth")) {
            return depthProblem(path, new Position(line + lineOffset, column));
        }
        return Problem.error(path, new Position(line + lineOffset, column), "YAML could not be read: " + message, "");
    }

    private static Problem depthProblem(String path, Position at) {
        return Problem.error(path, at,
                "YAML is nested more than " + MAX_DEPTH + " levels deep", "front matter needs only a few levels");
    }

    private static String describe(MarkedYAMLException e, String problem) {
        String context = e.getContext() == null ? "" : e.getContext();
        if (context.contains("quoted scalar")) {
            return "a quoted value is not closed";
        }
        if (problem.contains("\\t(TAB)") || problem.contains("'\\t'")) {
            return "a tab character where YAML expects spaces";
        }
        String text = problem.replace("\\t(TAB)", "tab").replace("(Do not use tab for indentation)", "").strip();
        return context.isEmpty() ? text : context + ": " + text;
    }

    private static String hintFor(String problem, String context) {
        if (problem.contains("TAB")) {
            return "indent with spaces, never tabs";
        }
        if (context != null && context.contains("quoted scalar")) {
            return "add the closing quote on the same line";
        }
        if (problem.contains("mapping values are not allowed")) {
            return "check the indentation of this line; a value containing ': ' must be quoted";
        }
        if (context != null && (context.contains("flow sequence") || context.contains("flow mapping"))) {
            return "close the bracket, and separate items with commas";
        }
        if (problem.contains("could not find expected ':'")) {
            return "each line needs 'key: value'";
        }
        return "";
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int nl = message.indexOf('\n');
        return (nl < 0 ? message : message.substring(0, nl)).strip();
    }

    /** Builds the tree from the token stream; recursion depth is bounded by {@link #MAX_DEPTH}. */
    private static final class Builder {
        private final YAMLParser parser;
        private final String path;
        private final int lineOffset;
        private final Problems problems;
        private boolean failed;

        Builder(YAMLParser parser, String path, int lineOffset, Problems problems) {
            this.parser = parser;
            this.path = path;
            this.lineOffset = lineOffset;
            this.problems = problems;
        }

        private Position at() {
            JsonLocation at = parser.currentTokenLocation();
            return new Position(Math.max(1, at.getLineNr()) + lineOffset, Math.max(1, at.getColumnNr()));
        }

        YamlNode value(JsonToken token, int depth) throws IOException {
            Position at = at();
            if (depth > MAX_DEPTH) {
                throw new Refused(depthProblem(path, at));
            }
            if (parser.isCurrentAlias()) {
                throw new Refused(Problem.error(path, at, "YAML aliases (*" + parser.getText() + ") are not allowed",
                        "write the value out in full"));
            }
            return switch (token) {
                case START_OBJECT -> map(at, depth);
                case START_ARRAY -> list(at, depth);
                case VALUE_STRING -> new YamlScalar(parser.getText(), YamlScalar.Kind.STRING, at);
                case VALUE_NUMBER_INT -> new YamlScalar(parser.getText(), YamlScalar.Kind.INTEGER, at);
                case VALUE_NUMBER_FLOAT -> new YamlScalar(parser.getText(), YamlScalar.Kind.DECIMAL, at);
                case VALUE_TRUE, VALUE_FALSE -> new YamlScalar(parser.getText(), YamlScalar.Kind.BOOLEAN, at);
                case VALUE_NULL -> new YamlScalar(parser.getText(), YamlScalar.Kind.NULL, at);
                default -> new YamlScalar(parser.getText(), YamlScalar.Kind.STRING, at);
            };
        }

        private YamlMap map(Position at, int depth) throws IOException {
            List<YamlMap.Entry> entries = new ArrayList<>();
            Map<String, Position> seen = new HashMap<>();
            JsonToken token;
            while ((token = parser.nextToken()) != JsonToken.END_OBJECT) {
                if (token == null) {
                    throw new IOException("unexpected end of YAML");
                }
                String key = parser.currentName();
                Position keyAt = at();
                YamlNode value = value(parser.nextToken(), depth + 1);
                Position first = seen.putIfAbsent(key, keyAt);
                if (first != null) {
                    failed = true;
                    problems.add(Problem.error(path, keyAt,
                            "duplicate key '" + key + "'", "it is already set on line " + first.line() + "; keep one"));
                } else {
                    entries.add(new YamlMap.Entry(key, keyAt, value));
                }
            }
            return new YamlMap(entries, at);
        }

        private YamlList list(Position at, int depth) throws IOException {
            List<YamlNode> items = new ArrayList<>();
            JsonToken token;
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                if (token == null) {
                    throw new IOException("unexpected end of YAML");
                }
                items.add(value(token, depth + 1));
            }
            return new YamlList(items, at);
        }
    }

    /** Thrown out of the tree builder at the first alias or past the nesting limit, to stop reading. */
    private static final class Refused extends IOException {
        private static final long serialVersionUID = 1L;
        private final transient Problem problem;

        Refused(Problem problem) {
            super(problem.message(), null);
            this.problem = problem;
        }
    }
}
