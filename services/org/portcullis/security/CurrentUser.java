package org.portcullis.security;

import jakarta.enterprise.context.SessionScoped;

import java.io.Serializable;
import java.util.Optional;

/**
 * Who is signed in to this HTTP session. Set only by {@link Accounts#signIn}; facades read it to decide, so a URL typed
 * by hand or a crafted request cannot act as someone else.
 */
@SessionScoped
public class CurrentUser implements Serializable {

    private String username;

    void signIn(String username) {
        this.username = username;
    }

    public void signOut() {
        this.username = null;
    }

    public Optional<String> username() {
        return Optional.ofNullable(username);
    }

    /** The signed-in username, or an {@link AccessDeniedException}. */
    public String require() {
        if (username == null) {
            throw new AccessDeniedException("Please sign in.");
        }
        return username;
    }
}
