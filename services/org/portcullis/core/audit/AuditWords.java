package org.portcullis.core.audit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words an audit event is found by, and the words a person typed to find it: the free-text search of the audit
 * history looks words up in a derived index ({@code audit_word}) instead of scanning every event's JSON.
 *
 * <p>A word is a run of letters and digits, possibly joined by {@code - _ . @} ({@code llm-service},
 * {@code dave@example.com}, {@code 10.0.0.7}), lowercased, at most {@link #MAX_LENGTH} characters. An event is found
 * by the whole run and by each of its parts of two or more characters ({@code llm-service}, {@code llm},
 * {@code service}), so typing {@code service} finds {@code llm-service}. An event's words come from its actor, action,
 * object name and the <em>values</em> (not the keys) of its before/after JSON; a typed word matches every indexed word
 * it starts ({@code user-99} finds {@code user-996}).
 *
 * <p>The index is derived data, not part of the hash chain: {@link #of} depends only on hashed fields, so it can be
 * rebuilt from {@code audit_event} at any time.
 */
public final class AuditWords {

    /** Longer words are cut here (in the index and in a query alike). */
    public static final int MAX_LENGTH = 100;
    private static final String JOINERS = "-_.@";
    private static final java.util.regex.Pattern JOINER_RUNS = java.util.regex.Pattern.compile("[-_.@]+");

    private AuditWords() {
    }

    /** The words of one event, without duplicates. */
    public static Set<String> of(String actor, String action, String objectName, String beforeJson,
                                 String afterJson) {
        var words = new LinkedHashSet<String>();
        text(actor, words);
        text(action, words);
        text(objectName, words);
        json(beforeJson, words);
        json(afterJson, words);
        return words;
    }

    /** The words of an event as stored in the chain. */
    public static Set<String> of(AuditRecord r) {
        return of(r.actor(), r.action(), r.objectName(), r.before(), r.after());
    }

    /**
     * What a person typed, as the words to look for (each a prefix; all must match). Punctuation between words is
     * ignored: {@code "role-3 → person"} looks for {@code role-3} and {@code person}. Empty when nothing searchable
     * was typed.
     */
    public static List<String> query(String typed) {
        var words = new ArrayList<String>();
        if (typed != null) {
            runs(typed, run -> {
                if (!words.contains(run)) {
                    words.add(run);
                }
            });
        }
        return words;
    }

    /** Adds the words of plain text. */
    static void text(String text, Set<String> words) {
        if (text == null) {
            return;
        }
        runs(text, run -> {
            words.add(run);
            for (var part : JOINER_RUNS.split(run)) {
                if (part.length() >= 2) {
                    words.add(part);
                }
            }
        });
    }

    /**
     * Adds the words of the values in a JSON text: strings (unescaped) and numbers; keys and {@code true},
     * {@code false}, {@code null} are left out. Text that is not JSON is read as plain text.
     */
    static void json(String json, Set<String> words) {
        if (json == null) {
            return;
        }
        var trimmed = json.strip();
        if (!trimmed.startsWith("{") && !trimmed.startsWith("[")) {
            text(json, words);
            return;
        }
        int i = 0;
        int n = json.length();
        while (i < n) {
            char c = json.charAt(i);
            if (c == '"') {
                var value = new StringBuilder();
                i = string(json, i + 1, value);
                if (!isKey(json, i)) {
                    text(value.toString(), words);
                }
            } else if (c == '-' || Character.isDigit(c)) {
                int start = i;
                while (i < n && "0123456789+-.eE".indexOf(json.charAt(i)) >= 0) {
                    i++;
                }
                text(json.substring(start, i), words);
            } else {
                i++;
            }
        }
    }

    /** Reads a JSON string body from {@code i} (after the opening quote); returns the index after the closing one. */
    private static int string(String json, int i, StringBuilder value) {
        int n = json.length();
        while (i < n) {
            char c = json.charAt(i++);
            if (c == '"') {
                return i;
            }
            if (c == '\\' && i < n) {
                char e = json.charAt(i++);
                switch (e) {
                    case 'n', 'r', 't', 'b', 'f' -> value.append(' ');
                    case 'u' -> {
                        if (i + 4 <= n) {
                            try {
                                value.append((char) Integer.parseInt(json, i, i + 4, 16));
                            } catch (NumberFormatException bad) {
                                value.append(' ');
                            }
                            i += 4;
                        }
                    }
                    default -> value.append(e);
                }
            } else {
                value.append(c);
            }
        }
        return n;
    }

    private static boolean isKey(String json, int i) {
        while (i < json.length() && Character.isWhitespace(json.charAt(i))) {
            i++;
        }
        return i < json.length() && json.charAt(i) == ':';
    }

    /** Calls {@code sink} with each lowercased run of letters and digits joined by {@link #JOINERS}. */
    private static void runs(String text, java.util.function.Consumer<String> sink) {
        var lower = text.toLowerCase(Locale.ROOT);
        int n = lower.length();
        int i = 0;
        while (i < n) {
            while (i < n && !isWordChar(lower.codePointAt(i))) {
                i += Character.charCount(lower.codePointAt(i));
            }
            int start = i;
            while (i < n && (isWordChar(lower.codePointAt(i)) || JOINERS.indexOf(lower.charAt(i)) >= 0)) {
                i += Character.charCount(lower.codePointAt(i));
            }
            int end = i;
            while (end > start && JOINERS.indexOf(lower.charAt(end - 1)) >= 0) {
                end--;
            }
            if (end > start) {
                sink.accept(cut(lower.substring(start, end)));
            }
        }
    }

    private static boolean isWordChar(int codePoint) {
        return Character.isLetterOrDigit(codePoint);
    }

    /** At most {@link #MAX_LENGTH} chars, never half a surrogate pair. */
    static String cut(String word) {
        if (word.length() <= MAX_LENGTH) {
            return word;
        }
        int end = Character.isHighSurrogate(word.charAt(MAX_LENGTH - 1)) ? MAX_LENGTH - 1 : MAX_LENGTH;
        return word.substring(0, end);
    }
}
