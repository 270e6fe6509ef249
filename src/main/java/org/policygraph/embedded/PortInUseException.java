package org.policygraph.embedded;

/** A port the application needs is taken; the message names the setting that moves it. */
public class PortInUseException extends RuntimeException {

    public PortInUseException(int port, String setting) {
        super("port " + port + " is already in use; stop what holds it or set " + setting + " to another port");
    }
}
