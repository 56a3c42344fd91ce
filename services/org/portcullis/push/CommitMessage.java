package org.portcullis.push;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The message of a GitOps commit: a subject naming the change requests it delivers, then one paragraph per request
 * with its title, requester and approvers, so the Git history answers "who approved this" without the portal.
 */
public final class CommitMessage {

    /** One delivered request; {@code approvers} as shown, e.g. {@code "erin (owner)"}, {@code "alice"}. */
    public record Request(long id, String title, String requester, List<String> approvers) {
    }

    private CommitMessage() {
    }

    /** @param byHand who asked for a push by hand (none: empty) */
    public static String of(List<Request> requests, List<String> byHand) {
        StringBuilder message = new StringBuilder("Portcullis: ");
        if (requests.isEmpty()) {
            message.append("push requested by ").append(String.join(", ", byHand)).append('\n');
            return message.toString();
        }
        message.append(requests.size() == 1 ? "change request " : "change requests ")
                .append(requests.stream().map(r -> "#" + r.id()).collect(Collectors.joining(", "))).append("\n");
        for (Request request : requests) {
            message.append("\n#").append(request.id()).append(' ').append(request.title()).append('\n')
                    .append("    requested by ").append(request.requester()).append("; ")
                    .append(request.approvers().isEmpty() ? "applied by the portal itself"
                            : "approved by " + String.join(", ", request.approvers()))
                    .append('\n');
        }
        if (!byHand.isEmpty()) {
            message.append("\nPush requested by ").append(String.join(", ", byHand)).append('\n');
        }
        return message.toString();
    }
}
