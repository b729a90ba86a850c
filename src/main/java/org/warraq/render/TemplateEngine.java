package org.warraq.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.StrongCacheStorage;
import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNotFoundException;
import freemarker.template.Version;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;
import org.warraq.diag.Position;
import org.warraq.diag.Problem;
import org.warraq.diag.Problems;
import org.warraq.files.SiteLayout;
import org.warraq.render.view.Html;
import org.warraq.theme.Theme;

/**
 * The one FreeMarker {@link Configuration} of a build: HTML output format with auto-escaping for every
 * template, an explicit {@code incompatible_improvements}, and locked down (no {@code ?new}, no
 * {@code ?api}, no access to Java classes). Templates receive view records only; {@link Html} values are
 * the only markup they can print unescaped.
 */
public final class TemplateEngine {
    public static final Version VERSION = Configuration.VERSION_2_3_34;

    private final Configuration configuration;
    private final Theme theme;

    public TemplateEngine(Theme theme) {
        this.theme = theme;
        Configuration cfg = new Configuration(VERSION);
        cfg.setTemplateLoader(loader(theme));
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputEncoding("UTF-8");
        cfg.setURLEscapingCharset("UTF-8");
        cfg.setRecognizeStandardFileExtensions(true);
        cfg.setOutputFormat(HTMLOutputFormat.INSTANCE);
        cfg.setLocale(Locale.ROOT);
        cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
        cfg.setNumberFormat("computer");
        cfg.setBooleanFormat("c");
        cfg.setLocalizedLookup(false);
        cfg.setWhitespaceStripping(true);
        cfg.setCacheStorage(new StrongCacheStorage());
        cfg.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setAttemptExceptionReporter((e, env) -> { });
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setObjectWrapper(new ViewWrapper());
        this.configuration = cfg;
    }

    public Theme theme() {
        return theme;
    }

    /** Loads (and so checks) each of {@code names}; syntax errors are reported with their positions. */
    public void check(List<String> names, Problems problems) {
        for (String name : names) {
            try {
                configuration.getTemplate(name);
            } catch (TemplateNotFoundException e) {
                problems.add(Problem.error(SiteLayout.TEMPLATES + "/" + name, Position.START, "template not found",
                        "the default theme has it; restore the file or remove your templates/ folder's copy"));
            } catch (ParseException e) {
                problems.add(syntaxError(name, e));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Renders template {@code name} with {@code model} as the data-model root.
     *
     * @return the problem, at its template position, when the template fails
     */
    public Optional<Problem> render(String name, Object model, Writer out) {
        try {
            Template template = configuration.getTemplate(name);
            template.process(model, out);
            return Optional.empty();
        } catch (ParseException e) {
            return Optional.of(syntaxError(name, e));
        } catch (TemplateException e) {
            String source = e.getTemplateSourceName() == null ? name : e.getTemplateSourceName();
            String message = e instanceof freemarker.core.InvalidReferenceException && e.getBlamedExpressionString() != null
                    ? "'" + e.getBlamedExpressionString() + "' is missing or null; test optional values with ?? or give a default with !"
                    : oneLine(e.getMessageWithoutStackTop());
            return Optional.of(Problem.error(theme.display(source), new Position(e.getLineNumber() == null ? 1 : e.getLineNumber(),
                    e.getColumnNumber() == null ? 1 : e.getColumnNumber()), message, ""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Problem syntaxError(String name, ParseException e) {
        return Problem.error(theme.display(e.getTemplateName() == null ? name : e.getTemplateName()),
                new Position(e.getLineNumber(), e.getColumnNumber()), "template syntax error: " + oneLine(e.getEditorMessage()), "");
    }

    private static String oneLine(String message) {
        if (message == null) {
            return "template error";
        }
        String text = message.replaceAll("\\s*\\n\\s*", " ").replaceAll("-{3,}", "").strip();
        text = text.replaceAll(" \\[in template \"[^\"]*\" at line \\d+, column \\d+\\]", "");
        int expecting = text.indexOf(", but was expecting");
        if (expecting > 0) {
            text = text.substring(0, expecting) + ": something on this line is not closed (check ${…} and <#…>)";
        }
        text = text.replace("Tip: ", "").replaceAll("\\s+", " ");
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    private static TemplateLoader loader(Theme theme) {
        ClassTemplateLoader builtIn = new ClassTemplateLoader(TemplateEngine.class.getClassLoader(), Theme.BUILT_IN);
        if (theme.userDir().isEmpty()) {
            return builtIn;
        }
        try {
            return new MultiTemplateLoader(new TemplateLoader[] {new FileTemplateLoader(theme.userDir().get().toFile()), builtIn});
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Wraps {@link Html} as markup that is printed unescaped; everything else as FreeMarker does by default. */
    private static final class ViewWrapper extends DefaultObjectWrapper {
        ViewWrapper() {
            super(new DefaultObjectWrapperBuilder(VERSION), true);
        }

        @Override
        public TemplateModel wrap(Object obj) throws TemplateModelException {
            if (obj instanceof Html html) {
                return HTMLOutputFormat.INSTANCE.fromMarkup(html.markup());
            }
            return super.wrap(obj);
        }
    }
}
