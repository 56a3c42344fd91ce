package org.portcullis.persistence.requests;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.portcullis.core.requests.ApprovalRequirement;
import org.portcullis.core.requests.ApprovalRules;
import org.portcullis.core.requests.Decision;
import org.portcullis.core.requests.RequestState;
import org.portcullis.persistence.StringListConverter;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A request to change the inventory: items with before and after, and the decisions taken on it. The inventory
 * changes only when a request is approved and applied.
 */
@Entity
@Table(name = "change_request")
@NamedQuery(name = ChangeRequest.COUNT_BY_STATE, query = "SELECT COUNT(r) FROM ChangeRequest r WHERE r.state = :state")
public class ChangeRequest {
    public static final String COUNT_BY_STATE = "ChangeRequest.countByState";
    public static final int TITLE_MAX = 300;
    public static final int JUSTIFICATION_MAX = 4000;

    @Id
    @SequenceGenerator(name = "change_request_seq", sequenceName = "change_request_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "change_request_seq")
    private Long id;
    @Version
    private long version;
    @Column(nullable = false, length = TITLE_MAX)
    private String title;
    @Column(nullable = false)
    private String requester;
    @Column(nullable = false, length = JUSTIFICATION_MAX)
    private String justification;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RequestState state;
    @Column(name = "required_approvals")
    private int requiredApprovals;
    @Convert(converter = StringListConverter.class)
    @Column(name = "owner_approvers", nullable = false)
    private List<String> ownerApprovers;
    @Column(name = "risk_reasons", nullable = false)
    private String riskReasons;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "decided_at")
    private Instant decidedAt;
    private String failure;

    @OneToMany(mappedBy = "request", cascade = CascadeType.PERSIST, orphanRemoval = false)
    @OrderBy("position")
    private List<ChangeItem> items = new ArrayList<>();
    @OneToMany(mappedBy = "request", cascade = CascadeType.PERSIST)
    @OrderBy("decidedAt")
    private List<RequestDecision> decisions = new ArrayList<>();

    protected ChangeRequest() {
    }

    public ChangeRequest(String title, String requester, String justification, ApprovalRequirement requirement,
                         Instant createdAt) {
        this.title = title;
        this.requester = requester;
        this.justification = justification;
        this.state = RequestState.PENDING;
        this.requiredApprovals = requirement.securityApprovals();
        this.ownerApprovers = requirement.ownerApprovers().stream().sorted().toList();
        this.riskReasons = String.join("\n", requirement.reasons());
        this.createdAt = createdAt;
    }

    public void addItem(ChangeItem item) {
        item.attachTo(this, items.size());
        items.add(item);
    }

    public void record(RequestDecision decision) {
        decision.attachTo(this);
        decisions.add(decision);
    }

    public ApprovalRules.Pending pending() {
        return new ApprovalRules.Pending(requester, requirement(),
                decisions.stream().map(RequestDecision::toDecision).toList());
    }

    public ApprovalRequirement requirement() {
        return new ApprovalRequirement(requiredApprovals, Set.copyOf(ownerApprovers),
                riskReasons.isEmpty() ? List.of() : List.of(riskReasons.split("\n")));
    }

    public boolean isRequestedBy(String username) {
        return requester.equals(username);
    }

    public void moveTo(RequestState next, Instant at) {
        this.state = next;
        if (next != RequestState.APPLIED) {
            this.decidedAt = at;
        }
    }

    public void fail(String reason, Instant at) {
        moveTo(RequestState.FAILED, at);
        this.failure = reason.length() > 4000 ? reason.substring(0, 4000) : reason;
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public String getTitle() { return title; }
    public String getRequester() { return requester; }
    public String getJustification() { return justification; }
    public RequestState getState() { return state; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getDecidedAt() { return decidedAt; }
    public String getFailure() { return failure; }
    public List<ChangeItem> getItems() { return List.copyOf(items); }
    public List<Decision> getDecisions() { return decisions.stream().map(RequestDecision::toDecision).toList(); }

    @Override
    public boolean equals(Object o) {
        return o instanceof ChangeRequest other && id != null && Objects.equals(id, other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
