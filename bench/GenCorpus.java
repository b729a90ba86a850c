import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * GenCorpus -- a synthetic Arabic news corpus for the benchmark (Markdown + YAML front matter).
 *
 * <pre>
 *   java bench/GenCorpus.java --n N --out DIR [--seed 42] [--start 2020-01-01] [--years 5]
 *                             [--zone Asia/Riyadh] [--stats FILE]
 * </pre>
 *
 * Writes N articles as DIR/YYYY-MM-DD-aNNNNNN.md (local date of the dateline city, files numbered in
 * date order) that both Warraq and Hugo read as they are:
 *
 * <pre>
 *   ---
 *   title: "..."
 *   slug: "a004711"                    # only on the later article of a same-day title clash
 *   date: 2022-03-14T09:12:00+03:00    # local time of the dateline city, with its UTC offset
 *   tags:                              # 3-5 of 300 Arabic tags, Zipf-like use
 *     - "سياسة"
 *   source: "رويترز"                   # one of 10 agencies (bench/site.yaml registers them)
 *   dateline: "القاهرة"
 *   author: "..."
 *   summary: "..."
 *   ---
 * </pre>
 *
 * The body is Arabic prose of 400-700 words: a lead that starts with the dateline and agency,
 * paragraphs, often a "##" sub-heading and a blockquote, one bulleted list, one link, and a table in
 * about a fifth of the articles. All words come from the vocabulary below; instants are uniform over
 * the years from --start (UTC).
 *
 * Repeated headlines: the title forms repeat, so two articles of one day sometimes share a title and
 * would share a URL (/YYYY/MM/DD/title-slug/, the day taken in the site's time zone, --zone). As an
 * editor would, the generator gives the later one an explicit slug, its file id.
 *
 * Deterministic: the same --n, --seed, --start, --years and --zone give byte-identical files on any
 * JDK 17+, locale or time zone (java.util.Random's sequence is specified). JDK 17, no dependencies.
 *
 * --stats writes "key value" lines (articles, slugs, words, tables, then one "tag COUNT NAME" line
 * per tag used) for cross-checking the page counts of a build.
 */
public class GenCorpus {

    static final String[] AGENCIES = {
        "الأناضول", "رويترز", "فرانس برس", "أسوشيتد برس", "الألمانية",
        "شينخوا", "واس", "وام", "قنا", "أ ش أ",
    };

    /** Dateline cities and their fixed UTC offsets in minutes (no daylight saving, on purpose). */
    static final String[] CITIES = {
        "القاهرة", "الرياض", "دبي", "أبوظبي", "الدوحة", "بيروت", "عمّان", "بغداد", "دمشق", "الكويت",
        "المنامة", "مسقط", "الرباط", "الجزائر", "تونس", "طرابلس", "الخرطوم", "صنعاء", "القدس", "غزة",
        "إسطنبول", "أنقرة", "لندن", "باريس", "جنيف", "نيويورك", "واشنطن", "موسكو", "بكين", "نواكشوط",
    };
    static final int[] CITY_OFFSETS = {
        120, 180, 240, 240, 180, 120, 180, 180, 180, 180,
        180, 240, 60, 60, 60, 120, 120, 180, 120, 120,
        180, 180, 0, 60, 60, -300, -300, 180, 480, 0,
    };

    static final String[] FIRST_NAMES = {
        "أحمد", "محمد", "علي", "عمر", "خالد", "يوسف", "سارة", "مريم", "فاطمة", "ليلى",
        "هدى", "نور", "حسن", "حسين", "إبراهيم", "سلمى", "رنا", "طارق", "كريم", "ياسمين",
        "مصطفى", "هشام", "دينا", "عبد الله", "منى", "زينب", "سامي", "رامي", "وليد", "هالة",
    };
    static final String[] LAST_NAMES = {
        "المصري", "الخطيب", "العلي", "الحسيني", "الشامي", "النجار", "الحداد", "العبد الله",
        "السيد", "القاسم", "الزعبي", "البغدادي", "التونسي", "المغربي", "الكردي", "الأحمد",
        "الرفاعي", "الجبوري", "السعدي", "الفارس", "منصور", "يونس", "حمدان", "سليمان", "عثمان",
    };

    static final String[] TOPICS = {
        "سياسة", "اقتصاد", "رياضة", "ثقافة", "صحة", "تعليم", "تكنولوجيا", "علوم", "بيئة", "طاقة",
        "نفط", "غاز", "زراعة", "سياحة", "عقارات", "بورصة", "عملات", "تضخم", "بطالة", "استثمار",
        "تجارة", "صناعة", "نقل", "طيران", "موانئ", "انتخابات", "برلمان", "حكومة", "دستور", "قضاء",
        "حقوق الإنسان", "لاجئون", "هجرة", "إغاثة", "مساعدات إنسانية", "أمن", "دفاع", "إرهاب",
        "مفاوضات", "دبلوماسية", "قمة", "مؤتمر", "اتفاقية", "عقوبات", "احتجاجات", "نقابات",
        "مرأة", "شباب", "طفولة", "أسرة", "فن", "سينما", "موسيقى", "مسرح", "أدب", "كتب", "تراث",
        "آثار", "متاحف", "إعلام", "صحافة", "إنترنت", "ذكاء اصطناعي", "أمن سيبراني", "فضاء",
        "مناخ", "جفاف", "فيضانات", "زلازل", "مياه", "كهرباء", "طاقة شمسية", "سيارات كهربائية",
        "كرة القدم", "كرة السلة", "تنس", "ألعاب القوى", "أولمبياد", "كأس العالم", "دوري أبطال",
        "لقاحات", "أوبئة", "مستشفيات", "أدوية", "غذاء", "أسعار", "ضرائب", "موازنة", "ديون",
        "بنوك", "تمويل", "شركات ناشئة", "اتصالات", "بنية تحتية", "إسكان", "مدن ذكية",
    };

    static final String[] COUNTRIES = {
        "مصر", "السعودية", "الإمارات", "قطر", "الكويت", "البحرين", "عمان", "اليمن", "العراق",
        "سوريا", "لبنان", "الأردن", "فلسطين", "ليبيا", "تونس", "الجزائر", "المغرب", "موريتانيا",
        "السودان", "الصومال", "جيبوتي", "جزر القمر", "تركيا", "إيران", "الولايات المتحدة",
        "روسيا", "الصين", "اليابان", "الهند", "باكستان", "فرنسا", "ألمانيا", "بريطانيا",
        "إيطاليا", "إسبانيا", "أوكرانيا", "البرازيل", "كندا", "أستراليا", "إثيوبيا", "نيجيريا",
        "جنوب أفريقيا", "كوريا الجنوبية", "إندونيسيا", "ماليزيا", "أفغانستان", "اليونان",
        "قبرص", "السويد", "النرويج",
    };

    static final String[] ORGS = {
        "الأمم المتحدة", "مجلس الأمن", "الجامعة العربية", "الاتحاد الأوروبي", "الاتحاد الأفريقي",
        "مجلس التعاون الخليجي", "منظمة الصحة العالمية", "صندوق النقد الدولي", "البنك الدولي",
        "أوبك", "حلف الناتو", "اليونسكو", "اليونيسف", "الصليب الأحمر", "منظمة التجارة العالمية",
        "مجموعة العشرين", "منظمة التعاون الإسلامي", "الفيفا", "اللجنة الأولمبية", "الأونروا",
    };

    static final String[] TAG_PREFIXES = {"انتخابات", "اقتصاد", "رياضة", "أخبار", "سياحة", "شؤون"};

    static final String[] SUBJECTS = {
        "وزير الخارجية", "رئيس الوزراء", "المتحدث باسم الحكومة", "وزير المالية", "وزير الاقتصاد",
        "رئيس البرلمان", "وزير الصحة", "وزير التعليم", "محافظ البنك المركزي", "وزير الطاقة",
        "الأمين العام", "مدير الشركة", "رئيس الاتحاد", "مسؤول رفيع", "مصدر دبلوماسي",
        "المتحدث العسكري", "رئيس البلدية", "وزير النقل", "وزيرة الثقافة", "رئيس اللجنة",
        "خبراء اقتصاديون", "مراقبون", "محللون سياسيون", "نشطاء", "سكان محليون",
    };
    /** Reporting verbs, each with the particle that introduces the reported clause. */
    static final String[][] VERBS = {
        {"قال", "إن"}, {"أكد", "أن"}, {"أعلن", "أن"}, {"أفاد", "بأن"}, {"أوضح", "أن"},
        {"كشف", "عن أن"}, {"صرح", "بأن"}, {"شدد", "على أن"}, {"أشار", "إلى أن"}, {"ذكر", "أن"},
        {"رأى", "أن"}, {"حذر", "من أن"},
    };
    static final String[] VERBS_TITLE = {
        "يبحث", "يعلن", "يؤكد", "يحذر من", "يكشف عن", "يدعو إلى", "يناقش", "يستعرض", "يطلق",
        "يوقع", "يفتتح", "يرفض", "يتابع", "يراجع",
    };
    static final String[] OBJECTS = {
        "خطة جديدة لتطوير البنية التحتية", "اتفاقية تعاون مشترك", "حزمة من الإجراءات الاقتصادية",
        "نتائج الاجتماع الوزاري", "تطورات الأوضاع في المنطقة", "مشروع قانون الموازنة العامة",
        "ارتفاع أسعار المواد الغذائية", "برنامجا لدعم الشباب", "مبادرة لتعزيز الاستثمار",
        "استعدادات الموسم الجديد", "تقريرا حول معدلات النمو", "خطة لمواجهة التغير المناخي",
        "آليات تنفيذ الاتفاق", "نتائج الانتخابات البلدية", "جهود الإغاثة الإنسانية",
        "سبل تعزيز العلاقات الثنائية", "إطلاق منصة رقمية جديدة", "توسعة شبكة الكهرباء الوطنية",
        "إجراءات لخفض معدلات التضخم", "تحديات قطاع التعليم", "افتتاح مستشفى جديد",
        "تعديلات على قانون الاستثمار", "مشروعات الطاقة المتجددة", "خطة لإعادة الإعمار",
    };
    static final String[] CLAUSES = {
        "الحكومة ماضية في تنفيذ الإصلاحات المعلنة", "المرحلة المقبلة تتطلب تنسيقا أكبر",
        "المفاوضات لا تزال مستمرة بين الأطراف المعنية", "النتائج الأولية تبعث على التفاؤل",
        "الأسواق شهدت تقلبات ملحوظة خلال الأسبوع الماضي", "الجهود تتركز على حماية المدنيين",
        "المشروع سيوفر آلاف فرص العمل للشباب", "الوضع الأمني يشهد تحسنا تدريجيا",
        "الاجتماع المقبل سيعقد خلال الشهر القادم", "التعاون الإقليمي ضرورة لا غنى عنها",
        "الموازنة الجديدة تركز على القطاعات الاجتماعية", "الأرقام تعكس تعافيا في النشاط",
        "اللجنة ستقدم تقريرها النهائي قريبا", "الخطة تشمل جميع المحافظات دون استثناء",
        "الأولوية تبقى لتحسين مستوى المعيشة", "الحوار هو السبيل الوحيد لحل الأزمة",
    };
    static final String[] TIMES = {
        "اليوم الأحد", "اليوم الاثنين", "اليوم الثلاثاء", "اليوم الأربعاء", "اليوم الخميس",
        "اليوم الجمعة", "اليوم السبت", "مساء أمس", "صباح اليوم", "في وقت سابق اليوم",
        "خلال الأسبوع الجاري", "في ختام الاجتماع", "في مؤتمر صحفي", "في بيان رسمي",
        "في تصريحات للصحفيين", "في كلمة ألقاها",
    };
    static final String[] COMPLEMENTS = {
        "وسط اهتمام واسع من وسائل الإعلام", "بحضور عدد من المسؤولين والخبراء",
        "في ظل ظروف اقتصادية صعبة", "بعد أشهر من المشاورات المكثفة",
        "على هامش أعمال المؤتمر الدولي", "وفق ما نقلته وسائل إعلام محلية",
        "بحسب بيان صادر عن المكتب الإعلامي", "في إطار خطة التنمية الشاملة",
        "رغم التحديات التي تواجه القطاع", "استجابة لمطالب المواطنين",
        "في خطوة وصفها مراقبون بالمهمة", "بالتزامن مع تحركات دبلوماسية نشطة",
    };
    static final String[] LIST_ITEMS = {
        "تشكيل لجنة مشتركة لمتابعة التنفيذ", "زيادة المخصصات المالية للقطاع الصحي",
        "تسهيل إجراءات الاستثمار الأجنبي", "إطلاق برامج تدريب مهني للشباب",
        "تعزيز الرقابة على الأسواق والأسعار", "توسيع شبكة الحماية الاجتماعية",
        "تطوير منظومة النقل العام", "دعم المشروعات الصغيرة والمتوسطة",
        "رفع كفاءة استخدام الطاقة والمياه", "تحديث التشريعات المنظمة للقطاع",
        "عقد اجتماعات دورية لتقييم النتائج", "تبادل الخبرات والمعلومات بين الجانبين",
        "إنشاء صندوق لدعم المتضررين", "تحسين الخدمات الرقمية للمواطنين",
    };
    static final String[] SUBHEADINGS = {
        "خلفية", "ردود فعل", "أرقام ومؤشرات", "الموقف الرسمي", "تفاصيل الاتفاق",
        "تداعيات محتملة", "المرحلة المقبلة", "آراء الخبراء",
    };
    static final String[] TABLE_METRICS = {
        "معدل النمو", "نسبة التضخم", "معدل البطالة", "حجم الصادرات", "حجم الواردات",
        "الاستثمار الأجنبي", "عدد السياح", "إنتاج النفط", "الدين العام", "عجز الموازنة",
    };
    static final String[] LINK_TEXTS = {"التقرير الكامل", "البيان الرسمي", "نص الاتفاقية", "الموقع الرسمي", "التفاصيل"};

    static final String[] TAGS = tagPool();
    /** Cumulative Zipf-like weights of TAGS (rank r weighs 1 / (r + 1)^0.8). */
    static final double[] TAG_CUM = cumulativeWeights(TAGS.length);

    /** 300 distinct Arabic tags, most used first. */
    static String[] tagPool() {
        Set<String> pool = new LinkedHashSet<>();
        pool.addAll(Arrays.asList(TOPICS).subList(0, 20));
        pool.addAll(Arrays.asList(COUNTRIES).subList(0, 20));
        pool.addAll(Arrays.asList(TOPICS).subList(20, TOPICS.length));
        pool.addAll(Arrays.asList(COUNTRIES).subList(20, COUNTRIES.length));
        pool.addAll(Arrays.asList(ORGS));
        pool.addAll(Arrays.asList(CITIES));
        for (int i = 0; pool.size() < 300; i++) {
            pool.add(TAG_PREFIXES[i % TAG_PREFIXES.length] + " " + COUNTRIES[(i / TAG_PREFIXES.length) % COUNTRIES.length]);
        }
        return pool.toArray(String[]::new);
    }

    static double[] cumulativeWeights(int n) {
        double[] cum = new double[n];
        double acc = 0;
        for (int r = 0; r < n; r++) {
            acc += 1.0 / Math.pow(r + 1, 0.8);
            cum[r] = acc;
        }
        return cum;
    }

    // ---- one article -------------------------------------------------------------------------

    /** The draws of one article, in a fixed order from one Random: the whole corpus is one sequence. */
    static final class Writer {
        private final Random rng;

        Writer(Random rng) {
            this.rng = rng;
        }

        int below(int n) {
            return (int) (rng.nextDouble() * n);
        }

        String pick(String[] values) {
            return values[below(values.length)];
        }

        String[] pickVerb() {
            return VERBS[below(VERBS.length)];
        }

        List<String> tags() {
            int k = 3 + below(3);
            List<String> chosen = new ArrayList<>(k);
            while (chosen.size() < k) {
                String tag = TAGS[weightedTag()];
                if (!chosen.contains(tag)) {
                    chosen.add(tag);
                }
            }
            return chosen;
        }

        private int weightedTag() {
            double x = rng.nextDouble() * TAG_CUM[TAG_CUM.length - 1];
            int i = Arrays.binarySearch(TAG_CUM, x);
            return i >= 0 ? i : Math.min(-i - 1, TAG_CUM.length - 1);
        }

        String sentence(String city) {
            int form = below(6);
            String s = pick(SUBJECTS);
            String[] vp = pickVerb();
            String v = vp[0], p = vp[1];
            String text = switch (form) {
                case 0 -> v + " " + s + " " + pick(TIMES) + " " + p + " " + pick(CLAUSES) + "، " + pick(COMPLEMENTS);
                case 1 -> "وبحث " + s + " " + pick(OBJECTS) + " في " + city + " " + pick(COMPLEMENTS);
                case 2 -> "و" + v + " " + s + " " + p + " " + pick(CLAUSES) + "، مضيفا أن " + pick(CLAUSES);
                case 3 -> "ويأتي ذلك " + pick(COMPLEMENTS) + "، إذ تناقش الجهات المعنية " + pick(OBJECTS) + " و" + pick(OBJECTS);
                case 4 -> "من جهته، " + v + " " + pick(SUBJECTS) + " " + p + " " + pick(CLAUSES);
                default -> "وفي " + city + "، تابع " + s + " " + pick(OBJECTS) + " " + pick(TIMES) + "، " + pick(COMPLEMENTS);
            };
            return text + ".";
        }

        String paragraph(String city, int sentences) {
            int n = sentences > 0 ? sentences : 3 + below(3);
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < n; i++) {
                if (i > 0) {
                    out.append(' ');
                }
                out.append(sentence(city));
            }
            return out.toString();
        }

        String title(String city) {
            return switch (below(3)) {
                case 0 -> pick(SUBJECTS) + " " + pick(VERBS_TITLE) + " " + pick(OBJECTS);
                case 1 -> city + ": " + pick(SUBJECTS) + " " + pick(VERBS_TITLE) + " " + pick(OBJECTS);
                default -> pick(OBJECTS) + " " + pick(COMPLEMENTS);
            };
        }

        String table(int year) {
            int rows = 3 + below(3);
            List<String> metrics = new ArrayList<>(rows);
            while (metrics.size() < rows) {
                String m = pick(TABLE_METRICS);
                if (!metrics.contains(m)) {
                    metrics.add(m);
                }
            }
            StringBuilder out = new StringBuilder()
                    .append("| المؤشر | ").append(year - 1).append(" | ").append(year).append(" | التغير |\n")
                    .append("| --- | ---: | ---: | ---: |");
            for (String m : metrics) {
                double a = tenths(1 + rng.nextDouble() * 99);
                double b = tenths(a * (0.8 + rng.nextDouble() * 0.4));
                double change = tenths((b - a) / a * 100) + 0.0;   // + 0.0: no "-0.0"
                out.append("\n| ").append(m).append(" | ").append(decimal(a)).append(" | ").append(decimal(b))
                        .append(" | ").append(change >= 0 ? "+" : "").append(decimal(change)).append("% |");
            }
            return out.toString();
        }

        /** The body and its count of Arabic words: blocks until the target length and the list and link are in. */
        Body body(String city, String source, int year, int id) {
            int target = 400 + below(241);
            List<String> blocks = new ArrayList<>();
            String lead = "**" + city + " (" + source + ")** — " + paragraph(city, 2);
            blocks.add(lead);
            int words = arabicWords(lead);
            boolean hasTable = rng.nextDouble() < 0.2;
            boolean hasQuote = rng.nextDouble() < 0.3;
            boolean hasSub = rng.nextDouble() < 0.5;
            int listAt = 2 + below(2);
            int linkAt = 1 + below(3);
            boolean listDone = false, linkDone = false, tableDone = false, quoteDone = false, subDone = false;
            for (int i = 1; words < target || !(listDone && linkDone); i++) {
                String block;
                if (i >= listAt && !listDone) {
                    List<String> items = new ArrayList<>();
                    for (int k = 3 + below(3); k > 0; k--) {
                        String item = pick(LIST_ITEMS);
                        if (!items.contains(item)) {
                            items.add(item);
                        }
                    }
                    StringBuilder list = new StringBuilder("وتضمنت أبرز النقاط ما يلي:\n");
                    items.forEach(item -> list.append("\n- ").append(item).append('.'));
                    block = list.toString();
                    listDone = true;
                } else if (i >= linkAt && !linkDone) {
                    block = paragraph(city, 2) + " ويمكن الاطلاع على [" + pick(LINK_TEXTS) + "](https://example.org/news/"
                            + year + "/" + id + ") لمزيد من المعلومات.";
                    linkDone = true;
                } else if (hasSub && !subDone && i >= 3) {
                    block = "## " + pick(SUBHEADINGS) + "\n\n" + paragraph(city, 0);
                    subDone = true;
                } else if (hasQuote && !quoteDone && i >= 2) {
                    block = "> " + sentence(city);
                    quoteDone = true;
                } else if (hasTable && !tableDone && i >= 3) {
                    block = "وتظهر الأرقام التالية تطور المؤشرات الرئيسية:\n\n" + table(year);
                    tableDone = true;
                } else {
                    block = paragraph(city, 0);
                }
                blocks.add(block);
                words += arabicWords(block);
            }
            return new Body(String.join("\n\n", blocks) + "\n", words, tableDone);
        }
    }

    record Body(String text, int words, boolean hasTable) {
    }

    static double tenths(double x) {
        return Math.round(x * 10) / 10.0;
    }

    static String decimal(double x) {
        return String.format(Locale.ROOT, "%.1f", x);
    }

    /** Words with at least one letter of the Arabic block. */
    static int arabicWords(String text) {
        int count = 0;
        boolean inWord = false, arabic = false;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isWhitespace(c)) {
                if (inWord && arabic) {
                    count++;
                }
                inWord = arabic = false;
            } else {
                inWord = true;
                arabic |= c >= '\u0600' && c <= '\u06ff';
            }
        }
        return count;
    }

    /** A YAML double-quoted scalar (the vocabulary has no quote, backslash or control character). */
    static String quoted(String s) {
        return '"' + s + '"';
    }

    /**
     * What a URL slug made from this title would be, near enough to tell clashes: letters and digits
     * kept, marks dropped, anything else a word break, capped at 80 code points on a word boundary.
     */
    static String titleKey(String title) {
        StringBuilder out = new StringBuilder();
        boolean gap = false;
        for (int cp : title.codePoints().toArray()) {
            if (Character.isLetterOrDigit(cp)) {
                if (gap && out.length() > 0) {
                    out.append('-');
                }
                out.appendCodePoint(cp);
                gap = false;
            } else if (Character.getType(cp) != Character.NON_SPACING_MARK) {
                gap = true;
            }
        }
        String key = out.toString();
        if (key.codePointCount(0, key.length()) > 80) {
            key = key.substring(0, key.offsetByCodePoints(0, 80));
            int cut = key.lastIndexOf('-');
            key = cut > 0 ? key.substring(0, cut) : key;
        }
        return key;
    }

    // ---- the corpus ----------------------------------------------------------------------------

    record Options(int n, long seed, LocalDate start, int years, ZoneId zone, Path out, Path stats) {
    }

    public static void main(String[] args) throws Exception {
        Options o;
        try {
            o = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("GenCorpus: " + e.getMessage());
            System.err.println("usage: java bench/GenCorpus.java --n N --out DIR [--seed 42] [--start 2020-01-01]"
                    + " [--years 5] [--zone Asia/Riyadh] [--stats FILE]");
            System.exit(2);
            return;
        }
        generate(o);
    }

    static Options parse(String[] args) {
        Map<String, String> a = new HashMap<>(Map.of("--seed", "42", "--start", "2020-01-01", "--years", "5",
                "--zone", "Asia/Riyadh"));
        for (int i = 0; i < args.length; i += 2) {
            String key = args[i];
            if (!Set.of("--n", "--out", "--seed", "--start", "--years", "--zone", "--stats").contains(key)) {
                throw new IllegalArgumentException("unknown option " + key);
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(key + " needs a value");
            }
            a.put(key, args[i + 1]);
        }
        if (!a.containsKey("--n") || !a.containsKey("--out")) {
            throw new IllegalArgumentException("--n and --out are required");
        }
        try {
            int n = Integer.parseInt(a.get("--n"));
            int years = Integer.parseInt(a.get("--years"));
            if (n < 1 || years < 1) {
                throw new IllegalArgumentException("--n and --years must be positive");
            }
            return new Options(n, Long.parseLong(a.get("--seed")), LocalDate.parse(a.get("--start")), years,
                    ZoneId.of(a.get("--zone")), Path.of(a.get("--out")),
                    a.containsKey("--stats") ? Path.of(a.get("--stats")) : null);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    static void generate(Options o) throws Exception {
        Random rng = new Random(o.seed());
        Writer w = new Writer(rng);
        Instant start = o.start().atStartOfDay(ZoneOffset.UTC).toInstant();
        long span = o.start().plusYears(o.years()).atStartOfDay(ZoneOffset.UTC).toEpochSecond() - start.getEpochSecond();
        long[] instants = new long[o.n()];
        for (int i = 0; i < instants.length; i++) {
            instants[i] = (long) (rng.nextDouble() * span);   // all instants first: file numbers follow time
        }
        Arrays.sort(instants);
        Files.createDirectories(o.out());

        DateTimeFormatter day = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);
        Map<String, Integer> tagCounts = new LinkedHashMap<>();
        Set<String> urls = new HashSet<>();   // site-zone day + title key of articles that kept their title slug
        long words = 0;
        int slugs = 0, tables = 0;
        ExecutorService io = Executors.newFixedThreadPool(4);
        List<Future<?>> pending = new ArrayList<>();
        for (int i = 0; i < instants.length; i++) {
            int id = i + 1;
            int c = w.below(CITIES.length);
            String city = CITIES[c];
            OffsetDateTime when = start.plusSeconds(instants[i])
                    .atOffset(ZoneOffset.ofTotalSeconds(CITY_OFFSETS[c] * 60));
            String source = w.pick(AGENCIES);
            String author = w.pick(FIRST_NAMES) + " " + w.pick(LAST_NAMES);
            List<String> tags = w.tags();
            String title = w.title(city);
            String summary = w.sentence(city);
            Body body = w.body(city, source, when.getYear(), id);
            String fileId = String.format(Locale.ROOT, "a%06d", id);

            StringBuilder md = new StringBuilder(body.text().length() * 2 + 512);
            md.append("---\ntitle: ").append(quoted(title)).append('\n');
            String url = when.atZoneSameInstant(o.zone()).toLocalDate() + "/" + titleKey(title);
            if (!urls.add(url)) {
                md.append("slug: ").append(quoted(fileId)).append('\n');
                slugs++;
            }
            md.append("date: ").append(when.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)).append("\ntags:\n");
            tags.forEach(t -> md.append("  - ").append(quoted(t)).append('\n'));
            md.append("source: ").append(quoted(source)).append("\ndateline: ").append(quoted(city))
                    .append("\nauthor: ").append(quoted(author)).append("\nsummary: ").append(quoted(summary))
                    .append("\n---\n\n").append(body.text());

            tags.forEach(t -> tagCounts.merge(t, 1, Integer::sum));
            words += body.words();
            tables += body.hasTable() ? 1 : 0;
            Path file = o.out().resolve(when.format(day) + "-" + fileId + ".md");
            byte[] bytes = md.toString().getBytes(StandardCharsets.UTF_8);
            pending.add(io.submit(() -> write(file, bytes)));
            if (pending.size() >= 256) {
                drain(pending);
            }
        }
        drain(pending);
        io.shutdown();
        io.awaitTermination(1, TimeUnit.MINUTES);

        String summary = String.format(Locale.ROOT, "articles %d\nslugs %d\nwords %d\ntables %d\ntags %d\n",
                o.n(), slugs, words, tables, tagCounts.size());
        System.err.println("GenCorpus: " + summary.strip().replace("\n", ", "));
        if (o.stats() != null) {
            StringBuilder stats = new StringBuilder(summary);
            tagCounts.forEach((t, n) -> stats.append("tag ").append(n).append(' ').append(t).append('\n'));
            Files.writeString(o.stats(), stats, StandardCharsets.UTF_8);
        }
    }

    static Void write(Path file, byte[] bytes) {
        try {
            Files.write(file, bytes);
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void drain(List<Future<?>> pending) throws Exception {
        for (Future<?> f : pending) {
            f.get();
        }
        pending.clear();
    }
}
