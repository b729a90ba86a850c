package org.warraq.render.view;

import java.util.List;

/**
 * One year on the archive overview.
 *
 * @param year   the year, its link and count
 * @param months its months, newest first, with counts
 */
public record ArchiveYear(CountLink year, List<CountLink> months) {
    public ArchiveYear {
        months = List.copyOf(months);
    }
}
