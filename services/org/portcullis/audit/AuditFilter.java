package org.portcullis.audit;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Which audit events to show or export. Every field is optional (null: no condition); blank text counts as null.
 *
 * @param from         events at or after this instant
 * @param to           events at or before this instant
 * @param actor        exactly this actor
 * @param action       exactly this action ({@link AuditActions})
 * @param objectType   exactly this object type (an {@code ObjectKind} name, "request", "person", ...)
 * @param objectName   exactly this object name; a trailing {@code *} makes it a prefix ({@code llm-*})
 * @param changeRequest events of this change request
 * @param text         words, each of which must start a word of the event's actor, action, object name or
 *                     before/after values; case-insensitive ({@code gate} finds {@code api-gateway}; see
 *                     {@link org.portcullis.core.audit.AuditWords})
 */
public record AuditFilter(Instant from, Instant to, String actor, String action, String objectType,
                          String objectName, Long changeRequest, String text) {

    public static final AuditFilter NONE = new AuditFilter(null, null, null, null, null, null, null, null);

    public AuditFilter {
        actor = blankToNull(actor);
        action = blankToNull(action);
        objectType = blankToNull(objectType);
        objectName = blankToNull(objectName);
        text = blankToNull(text);
    }

    public static AuditFilter object(String objectType, String objectName) {
        return new AuditFilter(null, null, null, null, objectType, objectName, null, null);
    }

    public AuditFilter withAction(String newAction) {
        return new AuditFilter(from, to, actor, newAction, objectType, objectName, changeRequest, text);
    }

    public boolean isEmpty() {
        return equals(NONE);
    }

    /** The filter as URL parameters (only the set ones), as {@link #fromParameters} reads them. */
    public Map<String, String> toParameters() {
        var p = new LinkedHashMap<String, String>();
        put(p, "from", from == null ? null : from.toString());
        put(p, "to", to == null ? null : to.toString());
        put(p, "actor", actor);
        put(p, "action", action);
        put(p, "objectType", objectType);
        put(p, "objectName", objectName);
        put(p, "changeRequest", changeRequest == null ? null : changeRequest.toString());
        put(p, "text", text);
        return p;
    }

    /** {@code actor=alice&action=request.approved}, URL-encoded; empty for no filter. */
    public String toQueryString() {
        return toParameters().entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /**
     * Reads a filter from request parameters.
     *
     * @throws IllegalArgumentException naming the parameter that is not a valid instant or number
     */
    public static AuditFilter fromParameters(Function<String, String> parameter) {
        return new AuditFilter(instant(parameter, "from"), instant(parameter, "to"), parameter.apply("actor"),
                parameter.apply("action"), parameter.apply("objectType"), parameter.apply("objectName"),
                number(parameter, "changeRequest"), parameter.apply("text"));
    }

    private static Instant instant(Function<String, String> parameter, String name) {
        var value = blankToNull(parameter.apply(name));
        try {
            return value == null ? null : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + " must be an ISO-8601 instant like 2026-03-01T12:00:00Z");
        }
    }

    private static Long number(Function<String, String> parameter, String name) {
        var value = blankToNull(parameter.apply(name));
        try {
            return value == null ? null : Long.valueOf(value.startsWith("#") ? value.substring(1) : value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a request number");
        }
    }

    private static void put(Map<String, String> p, String name, String value) {
        if (value != null) {
            p.put(name, value);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
