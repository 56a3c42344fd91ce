package org.portcullis.requests;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.portcullis.audit.AuditActions;
import org.portcullis.audit.AuditTrail;
import org.portcullis.core.model.RoleAssignmentSpec;
import org.portcullis.core.model.RoleSpec;
import org.portcullis.core.model.SubjectKind;
import org.portcullis.core.requests.ApprovalRequirement;
import org.portcullis.core.requests.ApprovalRules;
import org.portcullis.core.requests.Operation;
import org.portcullis.core.requests.RequestState;
import org.portcullis.core.validation.FieldError;
import org.portcullis.persistence.requests.ChangeItem;
import org.portcullis.persistence.requests.ChangeRequest;
import org.portcullis.security.AccessDeniedException;
import org.portcullis.security.CurrentUser;
import org.portcullis.security.PortalRoles;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The only way the inventory changes: people submit requests, others approve or reject them, approved requests are
 * applied. Every method checks the caller on the server.
 */
@ApplicationScoped
public class ChangeRequests {

    public static final String SYSTEM = AuditTrail.SYSTEM;

    @PersistenceContext(unitName = "portcullis")
    EntityManager em;
    @Inject
    CurrentUser currentUser;
    @Inject
    PortalRoles portalRoles;
    @Inject
    InventoryChanges inventory;
    @Inject
    RequestDecisions decisions;
    @Inject
    RequestApplication application;
    @Inject
    Clock clock;
    @Inject
    AuditTrail audit;
    @Inject
    jakarta.enterprise.event.Event<InventoryChanged> changed;

    /** Submits a request as the signed-in person; returns its number. */
    @Transactional
    public long submit(String title, String justification, List<ItemDraft> items) {
        var requester = currentUser.require();
        if (justification == null || justification.isBlank()) {
            throw InvalidChangeException.of("justification", "Say why this change is needed: approvers decide on it.");
        }
        if (justification.length() > ChangeRequest.JUSTIFICATION_MAX) {
            throw InvalidChangeException.of("justification",
                    "Keep the justification under " + ChangeRequest.JUSTIFICATION_MAX + " characters.");
        }
        return create(title == null ? titleFor(items) : title, requester, justification.strip(), items).getId();
    }

    /** Asks for {@code role} for the signed-in person, for {@code duration} (null: permanently). */
    @Transactional
    public long requestRoleForMe(String role, Duration duration, String justification) {
        var me = currentUser.require();
        var expiresAt = duration == null ? null : clock.instant().plus(duration);
        var spec = new RoleAssignmentSpec(role, SubjectKind.PERSON, me, expiresAt);
        var title = "Grant " + role + " to " + me + (duration == null ? " permanently" : " for " + describe(duration));
        return submit(title, justification, List.of(ItemDraft.create(spec)));
    }

    /**
     * Submits and applies a request made by the portal itself (demo seed, bootstrap admin, expiry). It is recorded and
     * visible like any other, with "system" as requester and approver.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long applyAsSystem(String title, String justification, List<ItemDraft> items) {
        var request = create(title, SYSTEM, justification, items);
        request.moveTo(RequestState.APPROVED, clock.instant());
        application.applyItems(request, SYSTEM);
        request.moveTo(RequestState.APPLIED, clock.instant());
        audit.record(AuditTrail.Event.of(SYSTEM, AuditActions.REQUEST_APPLIED).about("request", "#" + request.getId())
                .request(request.getId()));
        changed.fire(new InventoryChanged(request.getId(), SYSTEM));
        return request.getId();
    }

    private ChangeRequest create(String title, String requester, String justification, List<ItemDraft> items) {
        if (items.isEmpty()) {
            throw InvalidChangeException.of("items", "A request needs at least one change.");
        }
        var errors = new ArrayList<FieldError>();
        Set<String> pendingCreates = new HashSet<>();
        for (ItemDraft item : items) {
            errors.addAll(inventory.check(item, clock.instant(), pendingCreates));
            if (item.operation() == Operation.CREATE) {
                pendingCreates.add(createdKey(item));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidChangeException(errors);
        }
        var requirement = SYSTEM.equals(requester)
                ? new ApprovalRequirement(0, Set.of(), List.of())
                : ApprovalRules.requirementFor(inventory.riskOf(items), requester);
        var request = new ChangeRequest(shorten(title), requester, justification, requirement, clock.instant());
        for (ItemDraft item : items) {
            var before = item.operation() == Operation.CREATE ? null : inventory.current(item.after());
            var after = item.operation() == Operation.DELETE ? null : item.after();
            request.addItem(new ChangeItem(item.kind(), item.operation(), item.key(), SpecJson.write(before),
                    SpecJson.write(after)));
        }
        em.persist(request);
        em.flush();
        audit.record(AuditTrail.Event.of(requester, AuditActions.REQUEST_SUBMITTED)
                .about("request", "#" + request.getId()).request(request.getId())
                .change(null, SpecJson.write(java.util.Map.of("title", request.getTitle(),
                        "justification", justification, "approvalsRequired", requirement.securityApprovals(),
                        "ownerApprovers", requirement.ownerApprovers().stream().sorted().toList()))));
        return request;
    }

    private static String createdKey(ItemDraft item) {
        return switch (item.kind()) {
            case TRUST_ZONE -> "zone:";
            case PERSON -> "person:";
            case ROLE -> "role:";
            case WORKLOAD -> "workload:";
            default -> item.kind().name() + ":";
        } + item.key();
    }

    /** Approves as the signed-in person; applies the request when it has all the approvals it needs. */
    public RequestState approve(long id, long expectedVersion, String comment) {
        var actor = currentUser.require();
        var state = decisions.approve(id, expectedVersion, actor, portalRoles.currentIsSecurityAdmin(), comment);
        if (state == RequestState.APPROVED) {
            try {
                application.apply(id);
                return RequestState.APPLIED;
            } catch (ApplyConflictException e) {
                application.markFailed(id, e.getMessage());
                return RequestState.FAILED;
            }
        }
        return state;
    }

    public void reject(long id, long expectedVersion, String comment) {
        decisions.reject(id, expectedVersion, currentUser.require(), portalRoles.currentIsSecurityAdmin(), comment);
    }

    public void withdraw(long id, long expectedVersion) {
        decisions.withdraw(id, expectedVersion, currentUser.require());
    }

    @Transactional
    public RequestViews.Detail detail(long id) {
        var viewer = currentUser.require();
        var request = em.find(ChangeRequest.class, id);
        if (request == null) {
            throw new AccessDeniedException("There is no request #" + id + ".");
        }
        var roles = portalRoles.of(viewer);
        var involved = request.isRequestedBy(viewer) || request.requirement().ownerApprovers().contains(viewer)
                || roles.contains(RoleSpec.SECURITY_ADMIN) || roles.contains(RoleSpec.AUDITOR);
        if (!involved) {
            throw new AccessDeniedException("Request #" + id + " is visible to its requester, the owners it waits for,"
                    + " security admins and auditors.");
        }
        var pending = request.getState() == RequestState.PENDING;
        var ruling = pending ? ApprovalRules.mayDecide(request.pending(), viewer, roles.contains(RoleSpec.SECURITY_ADMIN))
                : new ApprovalRules.Ruling(false, false, "This request is " + request.getState().name().toLowerCase() + ".");
        var items = request.getItems().stream().map(i -> new RequestViews.Item(i.getKind(), i.getOperation(),
                i.getObjectKey(), SpecJson.pretty(i.getBeforeJson()), SpecJson.pretty(i.getAfterJson()))).toList();
        return new RequestViews.Detail(summary(request), request.getVersion(), request.getJustification(),
                request.requirement().reasons(), request.requirement().ownerApprovers().stream().sorted().toList(),
                items, request.getDecisions(), request.getFailure(), ruling.allowed(), ruling.reason(),
                pending && request.isRequestedBy(viewer));
    }

    /** Requests of the signed-in person, newest first. */
    @Transactional
    public List<RequestViews.Summary> mine() {
        var me = currentUser.require();
        return em.createQuery("SELECT r FROM ChangeRequest r WHERE r.requester = :me ORDER BY r.id DESC",
                        ChangeRequest.class).setParameter("me", me).setMaxResults(500).getResultList()
                .stream().map(ChangeRequests::summary).toList();
    }

    /** Pending requests the signed-in person could act on: all pending ones for security admins, owner approvals otherwise. */
    @Transactional
    public List<RequestViews.Summary> queue() {
        var me = currentUser.require();
        var admin = portalRoles.has(me, RoleSpec.SECURITY_ADMIN);
        return em.createQuery("SELECT r FROM ChangeRequest r WHERE r.state = :state ORDER BY r.id", ChangeRequest.class)
                .setParameter("state", RequestState.PENDING).getResultList().stream()
                .filter(r -> admin ? !r.isRequestedBy(me) : r.pending().requirement().ownerApprovers().contains(me)
                        && r.getDecisions().stream().noneMatch(d -> d.actor().equals(me)))
                .map(ChangeRequests::summary).toList();
    }

    /** Every request, newest first, for security admins and auditors. */
    @Transactional
    public List<RequestViews.Summary> all(int limit) {
        portalRoles.requireAny(RoleSpec.SECURITY_ADMIN, RoleSpec.AUDITOR);
        return em.createQuery("SELECT r FROM ChangeRequest r ORDER BY r.id DESC", ChangeRequest.class)
                .setMaxResults(limit).getResultList().stream().map(ChangeRequests::summary).toList();
    }

    @Transactional
    public long pendingCount() {
        return currentUser.username().isEmpty() ? 0 : queue().size();
    }

    private static RequestViews.Summary summary(ChangeRequest r) {
        var pending = r.pending();
        var approvals = pending.decisions().stream().filter(d -> !d.asOwner()
                && d.verdict() == org.portcullis.core.requests.Decision.Verdict.APPROVE).count();
        String waitingFor = "";
        if (r.getState() == RequestState.PENDING) {
            var owners = new java.util.TreeSet<>(pending.requirement().ownerApprovers());
            pending.decisions().stream().filter(org.portcullis.core.requests.Decision::asOwner)
                    .forEach(d -> owners.remove(d.actor()));
            waitingFor = !owners.isEmpty() ? "owner " + String.join(", ", owners)
                    : (pending.requirement().securityApprovals() - approvals) + " security admin approval(s)";
        }
        return new RequestViews.Summary(r.getId(), r.getTitle(), r.getRequester(), r.getState(), r.getCreatedAt(),
                pending.requirement().securityApprovals(), approvals, waitingFor);
    }

    /** "Create workload llm-service", or "3 changes: create workload a, ..." */
    static String titleFor(List<ItemDraft> items) {
        var parts = items.stream().map(i -> i.operation().name().toLowerCase() + " "
                + i.kind().label().toLowerCase() + " " + i.key()).toList();
        var text = String.join(", ", parts);
        var title = items.size() == 1 ? text : items.size() + " changes: " + text;
        return Character.toUpperCase(title.charAt(0)) + title.substring(1);
    }

    private static String shorten(String title) {
        return title.length() <= ChangeRequest.TITLE_MAX ? title : title.substring(0, ChangeRequest.TITLE_MAX - 1) + "…";
    }

    static String describe(Duration duration) {
        if (duration.toDays() >= 1 && duration.toHoursPart() == 0) {
            return duration.toDays() == 1 ? "1 day" : duration.toDays() + " days";
        }
        return duration.toHours() == 1 ? "1 hour" : duration.toHours() + " hours";
    }
}
