package org.portcullis.ui.manifests;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.portcullis.manifests.Manifests;
import org.portcullis.security.AccessDeniedException;

import java.io.IOException;

/**
 * The manifest bundle as a zip download. A plain servlet in the portal's web application: it shares the HTTP session,
 * so the facade sees the signed-in person; nobody signed in gets 401. (Not JAX-RS: see DESIGN.md, RESTEasy pitfall.)
 */
@WebServlet(urlPatterns = "/manifests/bundle.zip")
public class BundleDownload extends HttpServlet {

    @Inject
    Manifests manifests;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            manifests.bundle();
        } catch (AccessDeniedException e) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED, "Sign in to download the manifests.");
            return;
        }
        response.setContentType("application/zip");
        response.setHeader("Content-Disposition", "attachment; filename=\"portcullis-manifests.zip\"");
        response.setHeader("Cache-Control", "no-store");
        manifests.writeZip(response.getOutputStream());
        response.flushBuffer();
    }
}
