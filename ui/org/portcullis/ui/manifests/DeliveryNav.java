package org.portcullis.ui.manifests;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.portcullis.core.model.RoleSpec;
import org.portcullis.security.Accounts;

/** The navigation group for what leaves the portal: manifests for everyone, push status for admins and auditors. */
public final class DeliveryNav {

    private DeliveryNav() {
    }

    public static SideNav create(Accounts accounts) {
        var nav = new SideNav("Delivery");
        nav.setId("nav-delivery");
        var manifests = new SideNavItem("Manifests", ManifestsView.class, VaadinIcon.FILE_CODE.create());
        manifests.setId("nav-manifests");
        var push = new SideNavItem("Push status", PushView.class, VaadinIcon.UPLOAD.create());
        push.setId("nav-push");
        push.setVisible(accounts.current().map(u -> u.roles().contains(RoleSpec.SECURITY_ADMIN)
                || u.roles().contains(RoleSpec.AUDITOR)).orElse(false));
        nav.addItem(manifests, push);
        return nav;
    }
}
