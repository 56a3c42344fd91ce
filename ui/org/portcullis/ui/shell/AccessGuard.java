package org.portcullis.ui.shell;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.portcullis.platform.DomainException;
import org.portcullis.security.Accounts;
import org.portcullis.security.PortalRoles;
import org.portcullis.ui.components.Notifications;
import org.portcullis.ui.login.LoginView;

import java.util.Arrays;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs before every navigation: people who are not signed in go to the login page, and views marked
 * {@link RequiresRole} open only for holders of that role. Also turns facade refusals into one clear notification.
 */
@ApplicationScoped
public class AccessGuard {

    private static final Logger LOG = Logger.getLogger(AccessGuard.class.getName());

    @Inject
    Accounts accounts;
    @Inject
    PortalRoles portalRoles;

    void onServiceInit(@Observes ServiceInitEvent event) {
        event.addVaadinRequestInterceptor(new com.vaadin.flow.server.VaadinRequestInterceptor() {
            @Override
            public void requestStart(com.vaadin.flow.server.VaadinRequest request,
                                     com.vaadin.flow.server.VaadinResponse response) {
                org.portcullis.audit.ClientAddress.set(request.getRemoteAddr());
            }

            @Override
            public void handleException(com.vaadin.flow.server.VaadinRequest request,
                                        com.vaadin.flow.server.VaadinResponse response,
                                        com.vaadin.flow.server.VaadinSession session, Exception t) {
                // errors are shown by the session's error handler below
            }

            @Override
            public void requestEnd(com.vaadin.flow.server.VaadinRequest request,
                                   com.vaadin.flow.server.VaadinResponse response,
                                   com.vaadin.flow.server.VaadinSession session) {
                org.portcullis.audit.ClientAddress.clear();
            }
        });
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this::check));
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this::show));
    }

    /**
     * A facade's refusal becomes one notification; anything else is logged and the person is told nothing changed.
     * The handler runs with the session locked; it shows the notification only when a UI is current and never
     * schedules more work, so an error while showing it cannot call the handler again.
     */
    private void show(com.vaadin.flow.server.ErrorEvent error) {
        var domain = domainCause(error.getThrowable());
        if (domain == null) {
            LOG.log(Level.SEVERE, "Unexpected error in the UI", error.getThrowable());
        }
        if (com.vaadin.flow.component.UI.getCurrent() == null) {
            return;
        }
        try {
            Notifications.error(domain != null ? domain.getMessage()
                    : "Something went wrong and nothing was changed. The error is in the server log.");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not show an error notification", e);
        }
    }

    private void check(BeforeEnterEvent event) {
        var target = event.getNavigationTarget();
        if (target == LoginView.class) {
            return;
        }
        if (!accounts.isSignedIn()) {
            event.rerouteTo(LoginView.class);
            return;
        }
        var required = target.getAnnotation(RequiresRole.class);
        if (required != null) {
            var held = accounts.current().map(Accounts.SignedIn::roles).orElseThrow();
            if (Arrays.stream(required.value()).noneMatch(held::contains)) {
                event.rerouteToError(new org.portcullis.security.AccessDeniedException(
                        "This page is for " + String.join(" or ", required.value()) + "."), "");
            }
        }
    }

    private static DomainException domainCause(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof DomainException d) {
                return d;
            }
        }
        return null;
    }
}
