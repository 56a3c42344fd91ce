package org.portcullis.core.validation;

/** TCP ports a workload serves on or a permission allows: 1 to 65535. */
public final class Ports {
    public static final int MIN = 1;
    public static final int MAX = 65535;

    private Ports() {
    }

    public static boolean isValid(int port) {
        return port >= MIN && port <= MAX;
    }
}
