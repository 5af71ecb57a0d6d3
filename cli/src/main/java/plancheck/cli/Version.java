package plancheck.cli;

import picocli.CommandLine.IVersionProvider;
import plancheck.report.ToolVersion;

/** {@code --version}: the version Maven built, the same one the reports name. */
public final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {ToolVersion.NAME + " " + ToolVersion.get()};
    }
}
