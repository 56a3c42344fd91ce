package org.portcullis.inventory;

/**
 * One page of a grid: rows {@code offset .. offset+limit}, sorted by {@code sortBy} (a column id the facade knows;
 * anything else falls back to the name) and filtered by free {@code text} (case-insensitive, matches any shown column).
 */
public record PageRequest(String text, int offset, int limit, String sortBy, boolean ascending) {
    public PageRequest {
        text = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
        limit = Math.max(1, Math.min(limit, 500));
        offset = Math.max(0, offset);
    }

    public static PageRequest first(int limit) {
        return new PageRequest("", 0, limit, null, true);
    }

    public boolean hasText() {
        return !text.isEmpty();
    }

    public String pattern() {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
