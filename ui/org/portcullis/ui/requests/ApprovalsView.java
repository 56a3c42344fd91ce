package org.portcullis.ui.requests;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import org.portcullis.requests.ChangeRequests;
import org.portcullis.ui.shell.MainLayout;

/** Requests waiting for the signed-in person: all pending ones for security admins, owner approvals for owners. */
@Route(value = "approvals", layout = MainLayout.class)
@PageTitle("Approvals · Portcullis")
@CdiComponent
public class ApprovalsView extends VerticalLayout {

    @Inject
    public ApprovalsView(ChangeRequests requests) {
        setSizeFull();
        add(new H2("Approvals"),
                new Paragraph("Pending requests you can act on. You never approve your own requests."),
                RequestList.grid("approvals-grid", requests.queue(), "Nothing is waiting for you."));
    }
}
