package org.portcullis.ui.requests;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import org.portcullis.core.model.RoleSpec;
import org.portcullis.requests.ChangeRequests;
import org.portcullis.ui.shell.MainLayout;
import org.portcullis.ui.shell.RequiresRole;

/** The request history, newest first, for security admins and auditors. */
@Route(value = "requests", layout = MainLayout.class)
@PageTitle("All requests · Portcullis")
@RequiresRole({RoleSpec.SECURITY_ADMIN, RoleSpec.AUDITOR})
@CdiComponent
public class AllRequestsView extends VerticalLayout {

    @Inject
    public AllRequestsView(ChangeRequests requests) {
        setSizeFull();
        add(new H2("All requests"), RequestList.grid("all-requests-grid", requests.all(1000), "No requests yet."));
    }
}
