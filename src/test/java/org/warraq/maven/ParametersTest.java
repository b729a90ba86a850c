package org.warraq.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.warraq.cli.Main;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The goals take the command line's options one for one, as {@code -Dwarraq.<option>}: checked against the
 * command line's own model and the plugin descriptor Maven reads, so the two cannot drift apart.
 */
class ParametersTest {
    private static final Map<String, WarraqMojo> GOALS = Map.of("build", new BuildMojo(), "check", new CheckMojo(),
            "serve", new ServeMojo(), "new", new NewMojo());
    private static final Set<String> MAVEN_ONLY = Set.of("skip");
    private static final Pattern PROPERTY = Pattern.compile("\\$\\{warraq\\.([a-zA-Z]+)}");

    /** Option names of a command ("drafts", "port"…) and its positional parameters by label ("title"). */
    private static Set<String> cliOptions(String command) {
        CommandLine cli = new CommandLine(new Main()).getSubcommands().get(command);
        Set<String> names = new TreeSet<>();
        for (OptionSpec option : cli.getCommandSpec().options()) {
            if (!option.usageHelp() && !option.versionHelp()) {
                names.add(option.longestName().substring(2));
            }
        }
        cli.getCommandSpec().positionalParameters().forEach(p -> names.add(p.paramLabel().toLowerCase(java.util.Locale.ROOT)));
        return names;
    }

    /** The user properties of each goal in the plugin descriptor, e.g. build -> [clean, debug, drafts…]. */
    private static Map<String, Set<String>> descriptorProperties() throws Exception {
        Map<String, Set<String>> goals = new TreeMap<>();
        try (InputStream in = ParametersTest.class.getResourceAsStream("/META-INF/maven/plugin.xml")) {
            assertThat(in).as("plugin descriptor (made by maven-plugin-plugin at process-classes)").isNotNull();
            NodeList mojos = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in).getElementsByTagName("mojo");
            for (int i = 0; i < mojos.getLength(); i++) {
                Element mojo = (Element) mojos.item(i);
                Set<String> properties = new TreeSet<>();
                NodeList configuration = ((Element) mojo.getElementsByTagName("configuration").item(0)).getChildNodes();
                for (int j = 0; j < configuration.getLength(); j++) {
                    Node node = configuration.item(j);
                    Matcher m = PROPERTY.matcher(node.getTextContent());
                    if (node.getNodeType() == Node.ELEMENT_NODE && m.matches()) {
                        properties.add(m.group(1));
                    }
                }
                goals.put(mojo.getElementsByTagName("goal").item(0).getTextContent(), properties);
            }
        }
        return goals;
    }

    @Test
    void everyCommandLineOptionIsAUserPropertyOfItsGoalAndNothingElseIs() throws Exception {
        Map<String, Set<String>> descriptor = descriptorProperties();
        for (String goal : GOALS.keySet()) {
            Set<String> properties = new TreeSet<>(descriptor.get(goal));
            properties.removeAll(MAVEN_ONLY);
            assertThat(properties).as("-Dwarraq.* of goal " + goal).isEqualTo(cliOptions(goal));
        }
        assertThat(descriptor.keySet()).containsExactlyInAnyOrder("build", "check", "serve", "new", "new-site", "help");
    }

    @Test
    void everyParameterSetReachesTheCommandLine() throws Exception {
        for (Map.Entry<String, WarraqMojo> goal : GOALS.entrySet()) {
            WarraqMojo mojo = goal.getValue();
            List<String> values = new ArrayList<>();
            for (Class<?> type = mojo.getClass(); type != WarraqMojo.class.getSuperclass(); type = type.getSuperclass()) {
                for (Field field : type.getDeclaredFields()) {
                    if (!Modifier.isStatic(field.getModifiers()) && !MAVEN_ONLY.contains(field.getName())) {
                        field.set(mojo, sample(field));
                        values.add(field.getName());
                    }
                }
            }
            List<String> args = mojo.arguments().toList();
            assertThat(args.get(0)).isEqualTo(goal.getKey());
            for (String option : cliOptions(goal.getKey())) {
                if (option.equals("title")) {
                    assertThat(args.subList(args.size() - 2, args.size())).containsExactly("--", "sample title");
                } else {
                    assertThat(args).as(goal.getKey() + " with every parameter set").contains("--" + option);
                }
            }
            assertThat(values).as("fields of " + goal.getKey()).hasSameSizeAs(cliOptions(goal.getKey()));
        }
    }

    private static Object sample(Field field) {
        Class<?> type = field.getType();
        if (type == boolean.class) {
            return true;
        } else if (type == Integer.class) {
            return 7;
        } else if (type == File.class) {
            return new File("/tmp/sample");
        }
        return "sample " + field.getName();
    }

    @Test
    void unsetParametersAreLeftToTheCommandLinesDefaults() {
        BuildMojo build = new BuildMojo();
        build.root = new File("/srv/news");
        build.setLog(new RecordingLog());
        assertThat(build.arguments().toList()).containsExactly("build", "--root", new File("/srv/news").getAbsolutePath());

        ServeMojo serve = new ServeMojo();
        serve.root = new File("/srv/news");
        serve.port = 0;
        serve.setLog(new RecordingLog(true));
        assertThat(serve.arguments().toList()).containsExactly("serve", "--port", "0", "--root",
                new File("/srv/news").getAbsolutePath(), "--debug");
    }
}
