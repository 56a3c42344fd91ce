package org.portcullis.ui.shell;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A view only people holding one of these portal roles may open. Checked on the server before navigation
 * ({@link AccessGuard}); the facades the view calls check again.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RequiresRole {
    String[] value();
}
