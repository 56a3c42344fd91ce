package org.portcullis.ui.components;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** The two kinds of message the portal shows: something worked, or why it did not. */
public final class Notifications {
    private Notifications() {
    }

    public static void success(String message) {
        var n = Notification.show(message, 4000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        n.setId("notification-success");
    }

    public static void error(String message) {
        var n = new Notification(message, 8000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        n.setId("notification-error");
        n.open();
    }
}
