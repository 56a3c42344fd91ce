package org.portcullis.core.manifests;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A unified line diff (Myers' O((N+M)D) algorithm). Common leading and trailing lines are cut off first, so a small
 * change in a large manifest costs little.
 */
public final class LineDiff {

    public static final int DEFAULT_CONTEXT = 3;

    private LineDiff() {
    }

    /** One line of an edit script. */
    record Edit(char op, String line, int oldLine, int newLine) {
    }

    /**
     * The unified diff of two texts, with {@code ---}/{@code +++} headers, or the empty string when they are equal.
     */
    public static String unified(String before, String after, String beforeName, String afterName, int context) {
        List<Edit> edits = edits(lines(before), lines(after));
        if (edits.stream().allMatch(edit -> edit.op() == ' ')) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        out.append("--- ").append(beforeName).append('\n');
        out.append("+++ ").append(afterName).append('\n');
        for (int[] hunk : hunks(edits, context)) {
            appendHunk(out, edits, hunk[0], hunk[1]);
        }
        return out.toString();
    }

    static List<String> lines(String text) {
        if (text.isEmpty()) {
            return List.of();
        }
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        if (lines.getLast().isEmpty()) {
            lines.removeLast();
        }
        return lines;
    }

    /** The whole edit script: every line of both texts, in order, marked ' ', '-' or '+'. */
    static List<Edit> edits(List<String> a, List<String> b) {
        int prefix = 0;
        while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.size() - prefix && suffix < b.size() - prefix
                && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
            suffix++;
        }
        List<Edit> edits = new ArrayList<>();
        for (int i = 0; i < prefix; i++) {
            edits.add(new Edit(' ', a.get(i), i + 1, i + 1));
        }
        edits.addAll(myers(a.subList(prefix, a.size() - suffix), b.subList(prefix, b.size() - suffix), prefix));
        for (int i = suffix; i > 0; i--) {
            int ai = a.size() - i;
            int bi = b.size() - i;
            edits.add(new Edit(' ', a.get(ai), ai + 1, bi + 1));
        }
        return edits;
    }

    private static List<Edit> myers(List<String> a, List<String> b, int offset) {
        int n = a.size();
        int m = b.size();
        int max = n + m;
        int[] v = new int[2 * max + 2];
        List<int[]> trace = new ArrayList<>();
        found:
        for (int d = 0; d <= max; d++) {
            trace.add(v.clone());
            for (int k = -d; k <= d; k += 2) {
                int x = (k == -d || (k != d && v[max + k - 1] < v[max + k + 1])) ? v[max + k + 1] : v[max + k - 1] + 1;
                int y = x - k;
                while (x < n && y < m && a.get(x).equals(b.get(y))) {
                    x++;
                    y++;
                }
                v[max + k] = x;
                if (x >= n && y >= m) {
                    break found;
                }
            }
        }
        return backtrack(a, b, trace, max, offset);
    }

    private static List<Edit> backtrack(List<String> a, List<String> b, List<int[]> trace, int max, int offset) {
        List<Edit> reversed = new ArrayList<>();
        int x = a.size();
        int y = b.size();
        for (int d = trace.size() - 1; d >= 0; d--) {
            int[] v = trace.get(d);
            int k = x - y;
            int previousK = (k == -d || (k != d && v[max + k - 1] < v[max + k + 1])) ? k + 1 : k - 1;
            int previousX = d == 0 ? 0 : v[max + previousK];
            int previousY = previousX - previousK;
            while (x > previousX && y > previousY) {
                x--;
                y--;
                reversed.add(new Edit(' ', a.get(x), offset + x + 1, offset + y + 1));
            }
            if (d > 0) {
                if (x == previousX) {
                    y--;
                    reversed.add(new Edit('+', b.get(y), offset + x + 1, offset + y + 1));
                } else {
                    x--;
                    reversed.add(new Edit('-', a.get(x), offset + x + 1, offset + y + 1));
                }
            }
        }
        return reversed.reversed();
    }

    /** Ranges [from, to) of the edit script around changes, merged when their context overlaps. */
    private static List<int[]> hunks(List<Edit> edits, int context) {
        List<int[]> hunks = new ArrayList<>();
        for (int i = 0; i < edits.size(); i++) {
            if (edits.get(i).op() == ' ') {
                continue;
            }
            int from = Math.max(0, i - context);
            int last = i;
            while (last + 1 < edits.size() && edits.get(last + 1).op() != ' ') {
                last++;
            }
            int to = Math.min(edits.size(), last + 1 + context);
            if (!hunks.isEmpty() && hunks.getLast()[1] >= from) {
                hunks.getLast()[1] = to;
            } else {
                hunks.add(new int[]{from, to});
            }
            i = last;
        }
        return hunks;
    }

    private static void appendHunk(StringBuilder out, List<Edit> edits, int from, int to) {
        int oldCount = 0;
        int newCount = 0;
        for (int i = from; i < to; i++) {
            char op = edits.get(i).op();
            oldCount += op == '+' ? 0 : 1;
            newCount += op == '-' ? 0 : 1;
        }
        Edit first = edits.get(from);
        int oldStart = oldCount == 0 ? first.oldLine() - 1 : first.oldLine();
        int newStart = newCount == 0 ? first.newLine() - 1 : first.newLine();
        out.append("@@ -").append(range(oldStart, oldCount)).append(" +").append(range(newStart, newCount))
                .append(" @@\n");
        for (int i = from; i < to; i++) {
            out.append(edits.get(i).op()).append(edits.get(i).line()).append('\n');
        }
    }

    private static String range(int start, int count) {
        return count == 1 ? String.valueOf(start) : start + "," + count;
    }
}
