package org.warraq.maven;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

/** A command line for Warraq, built from a goal's parameters; unset parameters are left to the CLI's defaults. */
final class CliArguments {
    private final List<String> args = new ArrayList<>();

    CliArguments(String command) {
        args.add(command);
    }

    CliArguments flag(String name, boolean set) {
        if (set) {
            args.add(name);
        }
        return this;
    }

    CliArguments option(String name, Object value) {
        if (value != null) {
            args.add(name);
            args.add(value instanceof File file ? file.getAbsolutePath() : value.toString());
        }
        return this;
    }

    /** The last argument, after {@code --} so that a value starting with a hyphen is not taken for an option. */
    CliArguments positional(String value) {
        args.add("--");
        args.add(value);
        return this;
    }

    List<String> toList() {
        return List.copyOf(args);
    }
}
