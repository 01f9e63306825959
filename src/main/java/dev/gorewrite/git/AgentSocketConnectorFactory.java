package dev.gorewrite.git;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.function.UnaryOperator;
import org.eclipse.jgit.transport.sshd.agent.Connector;
import org.eclipse.jgit.transport.sshd.agent.ConnectorFactory;

/**
 * Lets JGit's sshd transport use a running ssh-agent. JGit's own connector lives in the separate
 * {@code org.eclipse.jgit.ssh.apache.agent} bundle, which needs JNA and is not published for 7.4;
 * since Java 16 the JDK speaks Unix domain sockets itself, which is all the agent protocol needs.
 * The socket is {@code SSH_AUTH_SOCK}, or an {@code IdentityAgent} from ~/.ssh/config.
 */
final class AgentSocketConnectorFactory implements ConnectorFactory {
    static final String SSH_AUTH_SOCK = "SSH_AUTH_SOCK";

    private static final ConnectorDescriptor DEFAULT = new ConnectorDescriptor() {
        @Override
        public String getIdentityAgent() {
            return SSH_AUTH_SOCK;
        }

        @Override
        public String getDisplayName() {
            return "ssh-agent (" + SSH_AUTH_SOCK + ")";
        }
    };

    private final UnaryOperator<String> env;

    AgentSocketConnectorFactory(UnaryOperator<String> env) {
        this.env = env;
    }

    @Override
    public Connector create(String identityAgent, File homeDir) throws IOException {
        return new AgentSocketConnector(socket(identityAgent, homeDir));
    }

    /** The agent's socket, or null when there is none to talk to. */
    Path socket(String identityAgent, File homeDir) {
        String where = identityAgent == null || identityAgent.isEmpty() ? SSH_AUTH_SOCK : identityAgent;
        if (where.equals(SSH_AUTH_SOCK) || where.startsWith("$")) {
            where = env.apply(where.equals(SSH_AUTH_SOCK) ? SSH_AUTH_SOCK : where.substring(1).replaceAll("[{}]", ""));
        } else if (where.equals("~") || where.startsWith("~/")) {
            where = homeDir + where.substring(1);
        }
        if (where == null || where.isEmpty() || where.equalsIgnoreCase("none")) {
            return null;
        }
        Path socket = Path.of(where);
        return Files.exists(socket) ? socket : null;
    }

    @Override
    public boolean isSupported() {
        return true;
    }

    @Override
    public String getName() {
        return "gorewrite-unix-socket";
    }

    @Override
    public Collection<ConnectorDescriptor> getSupportedConnectors() {
        return List.of(DEFAULT);
    }

    @Override
    public ConnectorDescriptor getDefaultConnector() {
        return DEFAULT;
    }
}
