package org.warraq.index;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.warraq.content.Article;

/**
 * Related stories: for each article, up to {@code max} others that share its section or its tags, scored by the
 * sum of the shared features' weights, a feature (a tag, a section) weighing {@code ln(N / its articles)}: a tag
 * on four stories of a hundred thousand counts for much, one on half the site for little. Ties go to the newer
 * story, then by slug and file ({@link SiteIndex#NEWEST_FIRST}).
 *
 * <p>Candidates are not every article sharing a feature (a common tag would make that quadratic) but, in each
 * of the article's features, the {@link #WINDOW} stories on either side of it in time: a rare tag's few stories
 * are always all candidates, however far apart in time, and a common tag contributes its nearest stories, which
 * is where a reader expects them. Each candidate is then scored exactly over all shared features. The cost is
 * {@code O(N · features per article · WINDOW)}, independent of how large the largest tag is.
 */
final class Related {
    /** Candidates taken on each side of an article in each of its features' newest-first lists. */
    static final int WINDOW = 24;

    private Related() {
    }

    /**
     * @param articles every article, newest first
     * @param features the groups whose sharing relates articles (tags and sections), each newest first
     * @param max      how many related stories per article
     * @return for each article (by position in {@code articles}), the positions of its related stories, best first
     */
    static int[][] of(List<Article> articles, List<Group> features, int max) {
        int n = articles.size();
        int[][] out = new int[n][];
        Arrays.fill(out, new int[0]);
        if (max <= 0 || n < 2 || features.isEmpty()) {
            return out;
        }
        Map<Article, Integer> position = new IdentityHashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            position.put(articles.get(i), i);
        }
        int[][] members = new int[features.size()][];
        double[] weight = new double[features.size()];
        int[] count = new int[n];
        for (int f = 0; f < features.size(); f++) {
            List<Article> list = features.get(f).articles();
            members[f] = new int[list.size()];
            for (int j = 0; j < list.size(); j++) {
                members[f][j] = position.get(list.get(j));
                count[members[f][j]]++;
            }
            weight[f] = Math.log((double) n / list.size());
        }
        int[][] featuresOf = new int[n][];
        int[][] placeIn = new int[n][];
        for (int i = 0; i < n; i++) {
            featuresOf[i] = new int[count[i]];
            placeIn[i] = new int[count[i]];
            count[i] = 0;
        }
        for (int f = 0; f < members.length; f++) {
            for (int j = 0; j < members[f].length; j++) {
                int i = members[f][j];
                featuresOf[i][count[i]] = f;
                placeIn[i][count[i]++] = j;
            }
        }
        int[] seen = new int[n];
        Arrays.fill(seen, -1);
        Best best = new Best(max);
        for (int i = 0; i < n; i++) {
            best.clear();
            for (int k = 0; k < featuresOf[i].length; k++) {
                int[] m = members[featuresOf[i][k]];
                int at = placeIn[i][k];
                for (int q = Math.max(0, at - WINDOW); q <= Math.min(m.length - 1, at + WINDOW); q++) {
                    int c = m[q];
                    if (c != i && seen[c] != i) {
                        seen[c] = i;
                        best.offer(c, shared(featuresOf[i], featuresOf[c], weight));
                    }
                }
            }
            out[i] = best.positions();
        }
        return out;
    }

    /** The summed weight of the features two ascending feature lists share. */
    private static double shared(int[] a, int[] b, double[] weight) {
        double sum = 0;
        int x = 0;
        int y = 0;
        while (x < a.length && y < b.length) {
            if (a[x] == b[y]) {
                sum += weight[a[x]];
                x++;
                y++;
            } else if (a[x] < b[y]) {
                x++;
            } else {
                y++;
            }
        }
        return sum;
    }

    /** The best few candidates offered so far: higher score first, then the lower position (the newer story). */
    private static final class Best {
        private final int[] positions;
        private final double[] scores;
        private int size;

        Best(int max) {
            positions = new int[max];
            scores = new double[max];
        }

        void clear() {
            size = 0;
        }

        void offer(int position, double score) {
            if (score <= 0) {
                return;
            }
            int at = size;
            while (at > 0 && (score > scores[at - 1] || score == scores[at - 1] && position < positions[at - 1])) {
                at--;
            }
            if (at >= positions.length) {
                return;
            }
            int last = Math.min(size, positions.length - 1);
            System.arraycopy(positions, at, positions, at + 1, last - at);
            System.arraycopy(scores, at, scores, at + 1, last - at);
            positions[at] = position;
            scores[at] = score;
            size = Math.min(size + 1, positions.length);
        }

        int[] positions() {
            return Arrays.copyOf(positions, size);
        }
    }
}
