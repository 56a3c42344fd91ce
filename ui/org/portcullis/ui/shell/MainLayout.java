package org.portcullis.ui.shell;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.server.VaadinSession;
import jakarta.inject.Inject;
import org.portcullis.core.model.RoleSpec;
import org.portcullis.requests.ChangeRequests;
import org.portcullis.security.Accounts;
import org.portcullis.ui.inventory.AssignmentsView;
import org.portcullis.ui.inventory.GrantsView;
import org.portcullis.ui.inventory.PeopleView;
import org.portcullis.ui.inventory.PermissionsView;
import org.portcullis.ui.inventory.RolesView;
import org.portcullis.ui.inventory.WorkloadsView;
import org.portcullis.ui.inventory.NamespacesView;
import org.portcullis.ui.inventory.ZonesView;
import org.portcullis.ui.requests.AllRequestsView;
import org.portcullis.ui.requests.ApprovalsView;
import org.portcullis.ui.requests.CatalogueView;
import org.portcullis.ui.requests.MyRequestsView;

/** The frame around every page: navigation, who is signed in, and the count of requests waiting for them. */
@CdiComponent
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final Accounts accounts;
    private final ChangeRequests requests;
    private final SideNavItem approvals = new SideNavItem("Approvals", ApprovalsView.class, VaadinIcon.CHECK_SQUARE_O.create());
    private final Span pendingBadge = new Span();
    private final Span who = new Span();

    @Inject
    public MainLayout(Accounts accounts, ChangeRequests requests) {
        this.accounts = accounts;
        this.requests = requests;
        var title = new Span("Portcullis");
        title.addClassName("portcullis-title");
        who.setId("signed-in-as");
        var signOut = new Button("Sign out", e -> signOut());
        signOut.setId("sign-out");
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var header = new HorizontalLayout(new DrawerToggle(), title, who, signOut);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.expand(who);
        header.getStyle().set("padding-right", "var(--lumo-space-m)");
        who.getStyle().set("text-align", "right");
        addToNavbar(header);

        pendingBadge.setId("pending-count");
        pendingBadge.getElement().getThemeList().add("badge contrast pill");
        approvals.setSuffixComponent(pendingBadge);

        var inventory = new SideNav("Inventory");
        inventory.addItem(new SideNavItem("Workloads", WorkloadsView.class, VaadinIcon.CLUSTER.create()),
                new SideNavItem("Trust zones", ZonesView.class, VaadinIcon.SHIELD.create()),
                new SideNavItem("Namespaces", NamespacesView.class,
                        VaadinIcon.FOLDER_O.create()),
                new SideNavItem("Service permissions", PermissionsView.class, VaadinIcon.CONNECT.create()),
                new SideNavItem("Cluster access", GrantsView.class, VaadinIcon.KEY.create()),
                new SideNavItem("People", PeopleView.class, VaadinIcon.USERS.create()),
                new SideNavItem("Roles", RolesView.class, VaadinIcon.TAGS.create()),
                new SideNavItem("Role assignments", AssignmentsView.class, VaadinIcon.USER_CHECK.create()));
        var changes = new SideNav("Changes");
        changes.addItem(new SideNavItem("Request access", CatalogueView.class, VaadinIcon.PLUS_CIRCLE.create()),
                new SideNavItem("My requests", MyRequestsView.class, VaadinIcon.LIST.create()),
                approvals);
        changes.setId("nav-changes");
        var all = new SideNavItem("All requests", AllRequestsView.class, VaadinIcon.ARCHIVE.create());
        all.setVisible(false);
        all.setId("nav-all-requests");
        changes.addItem(all);
        changes.addItem(org.portcullis.ui.sync.SyncView.navItem(accounts));
        var audit = new SideNavItem("Audit history", org.portcullis.ui.audit.AuditView.class, VaadinIcon.RECORDS.create());
        audit.setId("nav-audit");
        audit.setVisible(false);
        changes.addItem(audit);
        addToDrawer(inventory, changes);
        addToDrawer(org.portcullis.ui.manifests.DeliveryNav.create(accounts));
        accounts.current().ifPresent(u -> all.setVisible(u.roles().contains(RoleSpec.SECURITY_ADMIN)
                || u.roles().contains(RoleSpec.AUDITOR)));
        audit.setVisible(all.isVisible());
        setPrimarySection(Section.DRAWER);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        accounts.current().ifPresent(u -> who.setText(u.displayName() + " (" + u.username() + ")"
                + (u.roles().isEmpty() ? "" : " · " + String.join(", ", u.roles()))));
        refreshPendingCount();
    }

    public void refreshPendingCount() {
        long pending = requests.pendingCount();
        pendingBadge.setText(String.valueOf(pending));
        pendingBadge.setVisible(pending > 0);
    }

    private void signOut() {
        accounts.signOut();
        VaadinSession.getCurrent().getSession().invalidate();
        UI.getCurrent().getPage().setLocation("/login");
    }
}
