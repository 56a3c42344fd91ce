package org.portcullis.ui.login;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.portcullis.bootstrap.DemoData;
import org.portcullis.security.Accounts;

/** Sign-in with a local account. In demo mode the demo people and their passwords are listed below the form. */
@Route("login")
@PageTitle("Sign in · Portcullis")
@CdiComponent
public class LoginView extends VerticalLayout {

    @Inject
    public LoginView(Accounts accounts, @ConfigProperty(name = "portcullis.demo", defaultValue = "false") boolean demo) {
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);
        var form = new LoginForm();
        form.setId("login-form");
        form.setForgotPasswordButtonVisible(false);
        var i18n = LoginI18n.createDefault();
        i18n.getErrorMessage().setTitle("Wrong username or password");
        i18n.getErrorMessage().setMessage("Check both and try again. Accounts are managed by your security admins.");
        form.setI18n(i18n);
        form.addLoginListener(event -> {
            var signedIn = accounts.signIn(event.getUsername(), event.getPassword());
            if (signedIn.isPresent()) {
                // a new session id after sign-in: a session id known before it is worth nothing after
                VaadinServletRequest.getCurrent().getHttpServletRequest().changeSessionId();
                UI.getCurrent().navigate("");
            } else {
                form.setError(true);
                form.setEnabled(true);
            }
        });
        add(new H1("Portcullis"), new Paragraph("Zero-trust policy administration"), form);
        if (demo) {
            add(demoPeople());
        }
    }

    private static VerticalLayout demoPeople() {
        var grid = new Grid<DemoData.DemoPerson>();
        grid.setId("demo-accounts");
        grid.addColumn(DemoData.DemoPerson::username).setHeader("Username");
        grid.addColumn(DemoData.DemoPerson::password).setHeader("Demo password");
        grid.addColumn(p -> p.role() == null ? "engineer" : p.role()).setHeader("Portal role");
        grid.setItems(DemoData.PEOPLE);
        grid.setAllRowsVisible(true);
        grid.setWidth("520px");
        var box = new VerticalLayout(new Paragraph("Demo mode: these accounts exist only in this demo database."), grid);
        box.setAlignItems(FlexComponent.Alignment.CENTER);
        box.setPadding(false);
        box.setWidth("auto");
        return box;
    }
}
