package org.warraq.render;

/** The few words Warraq itself puts into titles, breadcrumbs and JSON-LD (the theme holds the rest). */
final class Labels {
    static final String HOME = "الرئيسية";
    static final String ARCHIVE = "الأرشيف";
    static final String TAGS = "الوسوم";
    static final String SOURCES = "المصادر";
    static final String PAGE = "الصفحة";
    static final String NOT_FOUND = "الصفحة غير موجودة";
    static final String SEPARATOR = " – ";

    private Labels() {
    }
}
