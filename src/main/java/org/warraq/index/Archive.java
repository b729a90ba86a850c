package org.warraq.index;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.warraq.content.Article;

/** The date archive: years, their months, their days, each with its articles newest first. */
public final class Archive {
    private Archive() {
    }

    /** One calendar day (in the site's time zone) that has articles. */
    public record Day(LocalDate date, List<Article> articles) {
        public Day {
            articles = List.copyOf(articles);
        }
    }

    /** One month that has articles, with its days newest first. */
    public record Month(YearMonth month, List<Day> days, List<Article> articles) {
        public Month {
            days = List.copyOf(days);
            articles = List.copyOf(articles);
        }
    }

    /** One year that has articles, with its months newest first. */
    public record Year(int year, List<Month> months, List<Article> articles) {
        public Year {
            months = List.copyOf(months);
            articles = List.copyOf(articles);
        }
    }
}
