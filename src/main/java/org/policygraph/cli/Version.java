package org.policygraph.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest ({@code development} when run from classes). */
class Version implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = Version.class.getPackage().getImplementationVersion();
        return new String[] {"policygraph " + (version == null ? "development" : version)};
    }
}
