package org.warraq.plan;

import java.util.ArrayList;
import java.util.List;
import org.warraq.content.Content;
import org.warraq.routes.Routes;
import org.warraq.theme.Theme;
import org.warraq.util.Hashing;

/**
 * The files published as they are, read or stat'ed once per build: the theme's static files with their bytes
 * (keyed by their hash), the other files of {@code content/} (keyed by size and time), or what the load stage
 * cleaned them into (keyed by its hash).
 */
final class CopyPlanner {
    private CopyPlanner() {
    }

    static List<CopyPlan> plan(Theme theme, Content content, Routes routes) {
        List<CopyPlan> copies = new ArrayList<>();
        for (String name : theme.staticFiles()) {
            byte[] bytes = theme.read(Theme.STATIC + "/" + name).orElseThrow();
            copies.add(new CopyPlan.ThemeFile(routes.asset(name), name, bytes, Hashing.hex(bytes)));
        }
        for (String file : content.files()) {
            byte[] cleaned = content.cleaned().get(file);
            copies.add(cleaned != null
                    ? new CopyPlan.CleanedFile(routes.contentFile(file), file, cleaned, Hashing.hex(cleaned))
                    : new CopyPlan.ContentFile(routes.contentFile(file), file, content.stamp(file)));
        }
        return copies;
    }
}
