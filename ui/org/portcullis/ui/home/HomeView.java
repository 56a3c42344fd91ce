package org.portcullis.ui.home;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.cdi.annotation.CdiComponent;

@Route("")
@PageTitle("Portcullis")
@CdiComponent
public class HomeView extends VerticalLayout {
    public HomeView() {
        add(new H1("Portcullis"));
    }
}
