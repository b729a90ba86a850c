package org.warraq.config;

/** What a feed entry carries: the whole article, or its summary only. */
public enum FeedContent { FULL, SUMMARY }
