package org.portcullis.ui.requests;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import org.portcullis.requests.ChangeRequests;
import org.portcullis.ui.shell.MainLayout;

@Route(value = "requests/mine", layout = MainLayout.class)
@PageTitle("My requests · Portcullis")
@CdiComponent
public class MyRequestsView extends VerticalLayout {

    @Inject
    public MyRequestsView(ChangeRequests requests) {
        setSizeFull();
        add(new H2("My requests"), RequestList.grid("my-requests-grid", requests.mine(),
                "You have not requested anything yet. Start from Request access."));
    }
}
